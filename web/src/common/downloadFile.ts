// A file from the API with the session token: fetched (a link cannot carry the token), then saved through a blob URL.
// `accept`: the type asked for; never HTML, which the server answers on app paths with the app shell.
export async function downloadFile(
  path: string,
  token: string | null,
  fallbackName: string,
  fetchImpl: typeof fetch = fetch,
  accept = 'application/octet-stream',
): Promise<void> {
  const response = await fetchImpl(path, { headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) throw new Error(String(response.status));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
