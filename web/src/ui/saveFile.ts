// Fetches a file with the session token (tablet or browser) and hands it to the browser to keep under `name`.
export async function saveAuthorisedFile(url: string, name: string, accept: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(url, { headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) throw new Error(String(response.status));
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
