// The AFEST traceability file (PDF) and its timeline (CSV), fetched with the session token and handed to the browser.
export type AfestFile = 'file.pdf' | 'file.csv';

export const afestFileUrl = (afestId: string, file: AfestFile, lang: string) => `/afest-files/${afestId}/${file}?lang=${lang.startsWith('fr') ? 'fr' : 'en'}`;

export async function downloadAfestFile(afestId: string, file: AfestFile, lang: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(afestFileUrl(afestId, file, lang), {
    headers: { accept: file === 'file.pdf' ? 'application/pdf' : 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `afest-${afestId.slice(0, 8)}.${file === 'file.pdf' ? 'pdf' : 'csv'}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A ULO as a label: its code and its title in the reader's language. */
export const uloLabel = (u: { code: string; title: string; titleFr?: string | null }, lang: string) => `${u.code} · ${lang.startsWith('fr') ? (u.titleFr ?? u.title) : u.title}`;
