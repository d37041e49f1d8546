// The A4 PDF sheet of element QR labels, fetched with the session token and handed to the browser to print or keep.
export async function downloadLabelSheet(
  siteId: string,
  filter: { moduleId: string; ifcClass: string; storey: string },
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
  const response = await fetchImpl(`/sites/${encodeURIComponent(siteId)}/element-labels.pdf?${query}`, {
    headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'element-labels.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
