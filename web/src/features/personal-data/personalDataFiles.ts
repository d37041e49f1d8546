// A person's data as files: fetched with the session token (tablet or browser) and handed to the browser to keep.
import { downloadFile } from '../../common/downloadFile';

export type PersonalDataFile = 'export.json' | 'passport.pdf';

export function personalDataUrl(file: PersonalDataFile, workerId: string | undefined, lang: string): string {
  const query = new URLSearchParams();
  if (workerId) query.set('workerId', workerId);
  if (file === 'passport.pdf') query.set('lang', lang.startsWith('fr') ? 'fr' : 'en');
  const search = query.toString();
  return `/personal-data/${file}${search ? `?${search}` : ''}`;
}

export function downloadPersonalData(
  file: PersonalDataFile,
  workerId: string | undefined,
  lang: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const name = file === 'export.json' ? 'fit-personal-data.json' : 'fit-passport.pdf';
  return downloadFile(personalDataUrl(file, workerId, lang), token, name, fetchImpl, file === 'export.json' ? 'application/json' : 'application/pdf');
}
