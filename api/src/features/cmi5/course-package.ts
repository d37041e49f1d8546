// Opens an uploaded cmi5 course: a zip with cmi5.xml at its root, or a bare cmi5.xml whose AU URLs are absolute.
// The zip goes through the module package import's guards (unsafe names, symlinks, encryption, bombs: entries are
// inflated only up to their declared size and the total), zip64 included.
import { inflateEntries, listZipEntries, NotAZipError, unsafeNameReason, ZipLimitError, type ZipEntry } from '../module-packages/zip-reader.js';

export const COURSE_LIMITS = {
  maxPackageBytes: 300 * 1024 * 1024,
  /** A course of 1,000 AUs with a few files each fits. */
  maxEntries: 20_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxXmlBytes: 16 * 1024 * 1024,
  maxCompressionRatio: 200,
} as const;

export const CMI5_XML = 'cmi5.xml';

export type OpenedPackage =
  | { ok: true; xml: string; files: Map<string, Uint8Array> | undefined }
  | { ok: false; problems: string[] };

export async function openZip(data: Uint8Array): Promise<OpenedPackage> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(data);
  } catch (error) {
    if (error instanceof NotAZipError) return { ok: false, problems: [`Not a readable zip file (${error.message}).`] };
    throw error;
  }
  if (entries.length > COURSE_LIMITS.maxEntries) return { ok: false, problems: [`The package has more than ${COURSE_LIMITS.maxEntries} files.`] };
  const problems: string[] = [];
  const wanted = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const problem = entryProblem(entry, wanted);
    if (problem) problems.push(`${entry.name}: ${problem}`);
    else if (!entry.isDirectory) {
      wanted.add(entry.name);
      total += entry.size;
    }
  }
  if (total > COURSE_LIMITS.maxTotalBytes) problems.push(`The package unpacks to more than ${COURSE_LIMITS.maxTotalBytes / 1024 / 1024} MB.`);
  if (!wanted.has(CMI5_XML)) problems.push('The package has no cmi5.xml at its root.');
  if (problems.length) return { ok: false, problems };
  let inflated: Record<string, Uint8Array>;
  try {
    const declared = new Map(entries.map((entry) => [entry.name, entry.size]));
    inflated = await inflateEntries(data, declared, wanted, { maxEntries: COURSE_LIMITS.maxEntries, maxTotalBytes: COURSE_LIMITS.maxTotalBytes });
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, problems: [`${error.path ? `${error.path}: ` : ''}${error.message}`] };
    throw error;
  }
  const files = new Map(Object.entries(inflated));
  const xml = files.get(CMI5_XML)!;
  if (xml.length > COURSE_LIMITS.maxXmlBytes) return { ok: false, problems: ['cmi5.xml is larger than 16 MB.'] };
  files.delete(CMI5_XML);
  return { ok: true, xml: new TextDecoder().decode(xml), files };
}

function entryProblem(entry: ZipEntry, seen: Set<string>): string | undefined {
  const unsafe = unsafeNameReason(entry.name);
  if (unsafe) return unsafe;
  if (entry.isSymlink) return 'symbolic links are not allowed';
  if (entry.isEncrypted) return 'encrypted files are not supported';
  if (entry.isDirectory) return undefined;
  if (seen.has(entry.name)) return 'the package has two files with this name';
  if (entry.size > 1024 * 1024 && entry.size / Math.max(1, entry.compressedSize) > COURSE_LIMITS.maxCompressionRatio) {
    return `compressed more than ${COURSE_LIMITS.maxCompressionRatio}:1, which only zip bombs do`;
  }
  return undefined;
}
