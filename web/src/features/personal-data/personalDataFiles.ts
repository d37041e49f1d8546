// A person's data as files: fetched with the session token (tablet or browser) and handed to the browser to keep.
export type PersonalDataFile = 'export.json' | 'passport.pdf';

export function personalDataUrl(file: PersonalDataFile, workerId: string | undefined, lang: string): string {
  const query = new URLSearchParams();
  if (workerId) query.set('workerId', workerId);
  if (file === 'passport.pdf') query.set('lang', lang.startsWith('fr') ? 'fr' : 'en');
  const search = query.toString();
  return `/personal-data/${file}${search ? `?${search}` : ''}`;
}

export async function downloadPersonalData(
  file: PersonalDataFile,
  workerId: string | undefined,
  lang: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const response = await fetchImpl(personalDataUrl(file, workerId, lang), {
    headers: { accept: file === 'export.json' ? 'application/json' : 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file === 'export.json' ? 'fit-personal-data.json' : 'fit-passport.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
