// The SHA-256 of some bytes as lower-case hex: how the server names a file's content (site pack files, evidence uploads).
export async function sha256Hex(data: Blob | BufferSource): Promise<string> {
  // Not `instanceof Blob`: a photo read back from IndexedDB may come from another realm's Blob.
  const bytes = 'arrayBuffer' in data ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
