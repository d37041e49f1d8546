// BCF files over REST with the session token: a site's validations downloaded as .bcf, and a .bcf sent to import.
import { downloadFile } from '../../common/downloadFile';

export interface BcfImportResult {
  created: number;
  updated: number;
  skipped: string[];
}

export function downloadSiteBcf(siteId: string, period: { from: string; to: string }, token: string | null, fetchImpl: typeof fetch = fetch): Promise<void> {
  const query = new URLSearchParams(Object.entries(period).filter(([, v]) => v));
  return downloadFile(`/sites/${encodeURIComponent(siteId)}/validations.bcf?${query}`, token, 'validations.bcf', fetchImpl);
}

export async function importSiteBcf(siteId: string, file: File, token: string | null, fetchImpl: typeof fetch = fetch): Promise<BcfImportResult> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetchImpl(`/sites/${encodeURIComponent(siteId)}/review-items/bcf?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers,
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as Partial<BcfImportResult> & { message?: string };
  if (!response.ok) throw new Error(body.message ?? String(response.status));
  return { created: body.created ?? 0, updated: body.updated ?? 0, skipped: body.skipped ?? [] };
}
