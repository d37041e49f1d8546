// A course published as a folder on a web server: FIT fetches its cmi5.xml through the fetcher credential
// verification uses (public addresses only unless FIT_VERIFY_ALLOW_HOSTS allows the host, checked redirects, a
// timeout, a size cap), and the AUs stay on that server: their URLs are kept as absolute URLs under the folder.
import { z } from 'zod';
import { DocumentUnavailable, type PublicFetcher } from '../credentials/public-fetch.js';
import { messagesIn } from '../credentials/verification-messages.js';
import { CMI5_XML, COURSE_LIMITS } from './course-package.js';

const folderInput = z.object({ url: z.string().trim().min(1).max(2000) });

export type FolderXml = { ok: true; folder: string; xml: string } | { ok: false; problems: string[] };

/** The folder's URL (ending with "/"), or the problem with what was sent. */
export function folderUrl(body: unknown): { ok: true; folder: string } | { ok: false; problems: string[] } {
  const input = folderInput.safeParse(body);
  if (!input.success) return { ok: false, problems: ['Send {"url": "https://…/course/"}: the web folder that holds the course\'s cmi5.xml.'] };
  let url: URL;
  try {
    url = new URL(input.data.url);
  } catch {
    return { ok: false, problems: [`url "${input.data.url}" is not a valid URL.`] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problems: [`url "${input.data.url}" must be http or https.`] };
  if (url.username || url.password) return { ok: false, problems: ['url must not carry a user name or password.'] };
  url.search = '';
  url.hash = '';
  // A folder: "…/course" and "…/course/" both name the folder the course's files are in.
  if (url.pathname.endsWith(`/${CMI5_XML}`)) url.pathname = url.pathname.slice(0, -CMI5_XML.length);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, folder: url.href };
}

export async function fetchCourseXml(fetcher: PublicFetcher, body: unknown): Promise<FolderXml> {
  const folder = folderUrl(body);
  if (!folder.ok) return folder;
  const where = new URL(CMI5_XML, folder.folder).href;
  try {
    const { text } = await fetcher.text(where, { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1', maxBytes: COURSE_LIMITS.maxXmlBytes });
    return { ok: true, folder: folder.folder, xml: text };
  } catch (error) {
    if (!(error instanceof DocumentUnavailable)) throw error;
    return { ok: false, problems: [`FIT could not fetch the course's cmi5.xml: ${error.say(messagesIn('en'))}.`] };
  }
}
