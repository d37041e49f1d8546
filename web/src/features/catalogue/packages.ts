// Module packages over REST: download a version's zip with the session token, and send a zip to import.
export interface ImportResult {
  imported: { moduleId: string; slug: string; draftVersionId: string } | null;
  rejected: { path: string; reason: string }[];
}

export async function downloadPackage(versionId: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(`/modules/versions/${encodeURIComponent(versionId)}/export`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(String(response.status));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `module-${versionId}.zip`;
  // A link with the token cannot be followed by the browser, so the zip comes through fetch and a blob URL.
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function importPackage(file: Blob, token: string | null, fetchImpl: typeof fetch = fetch): Promise<ImportResult> {
  const headers: Record<string, string> = { 'content-type': 'application/zip' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetchImpl('/modules/import', { method: 'POST', headers, body: file });
  const body = (await response.json().catch(() => ({}))) as Partial<ImportResult> & { message?: string };
  if (response.status === 201 || response.status === 422) return { imported: body.imported ?? null, rejected: body.rejected ?? [] };
  return { imported: null, rejected: [{ path: '', reason: body.message ?? String(response.status) }] };
}
