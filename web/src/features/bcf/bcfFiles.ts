// BCF files over REST with the session token: a site's validations downloaded as .bcf, and a .bcf sent to import.
export interface BcfImportResult {
  created: number;
  updated: number;
  skipped: string[];
}

export async function downloadSiteBcf(siteId: string, period: { from: string; to: string }, token: string | null, fetchImpl: typeof fetch = fetch): Promise<void> {
  const query = new URLSearchParams(Object.entries(period).filter(([, v]) => v));
  const response = await fetchImpl(`/sites/${encodeURIComponent(siteId)}/validations.bcf?${query}`, {
    // Not HTML: the server answers HTML requests on /sites/... with the app shell.
    headers: { accept: 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(String(response.status));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'validations.bcf';
  // A link with the token cannot be followed by the browser, so the file comes through fetch and a blob URL.
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
