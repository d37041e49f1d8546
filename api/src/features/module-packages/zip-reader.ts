// Lists a zip's entries from its central directory, with what fflate does not report: symlinks, encryption, zip64.
// Used by module packages and cmi5 courses alike.
import { Unzip, UnzipInflate } from 'fflate';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  isDirectory: boolean;
  isSymlink: boolean;
  isEncrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MAX32 = 0xffffffff;

export class NotAZipError extends Error {}

/**
 * The central directory's entries. Zip64 is read (authoring tools write it for large packages): the zip64 end record
 * gives the count and directory offset, each entry's zip64 extra field its real sizes. Every offset is bounds-checked:
 * a damaged or forged directory is a NotAZipError, never a read outside the data.
 */
export function listZipEntries(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const inside = (at: number, length: number) => at >= 0 && at + length <= data.length;
  let end = data.length - 22;
  // The end record sits in the last 64 KiB (its comment is at most 65535 bytes).
  while (end >= 0 && u32(end) !== EOCD) {
    if (data.length - end > 65_557) throw new NotAZipError('no zip directory found');
    end--;
  }
  if (end < 0) throw new NotAZipError('no zip directory found');
  let count = u16(end + 10);
  let at = u32(end + 16);
  const locator = end - 20;
  if (inside(locator, 20) && u32(locator) === ZIP64_LOCATOR) {
    const record = u64(locator + 8);
    if (!inside(record, 56) || u32(record) !== ZIP64_EOCD) throw new NotAZipError('the zip64 directory record is damaged');
    count = u64(record + 32);
    at = u64(record + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (!inside(at, 46) || u32(at) !== CENTRAL) throw new NotAZipError('the zip directory is damaged');
    const madeBy = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    if (!inside(at + 46, nameLength + extraLength)) throw new NotAZipError('the zip directory is damaged');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(at + 46, at + 46 + nameLength));
    const sizes = entrySizes(u32(at + 24), u32(at + 20), at + 46 + nameLength, extraLength, u16, u64);
    entries.push({
      name,
      ...sizes,
      isDirectory: name.endsWith('/'),
      isSymlink: madeBy === UNIX && ((external >>> 16) & S_IFMT) === S_IFLNK,
      isEncrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's sizes: a 32-bit field of 0xFFFFFFFF means "in the zip64 extra field", which holds them in this order. */
function entrySizes(size: number, compressedSize: number, extraAt: number, extraLength: number, u16: (at: number) => number, u64: (at: number) => number) {
  if (size !== MAX32 && compressedSize !== MAX32) return { size, compressedSize };
  const extraEnd = extraAt + extraLength;
  for (let extra = extraAt; extra + 4 <= extraEnd; extra += 4 + u16(extra + 2)) {
    if (u16(extra) !== ZIP64_EXTRA) continue;
    const wanted = (size === MAX32 ? 8 : 0) + (compressedSize === MAX32 ? 8 : 0);
    if (u16(extra + 2) < wanted || extra + 4 + wanted > extraEnd) break;
    let field = extra + 4;
    if (size === MAX32) {
      size = u64(field);
      field += 8;
    }
    if (compressedSize === MAX32) compressedSize = u64(field);
    return { size, compressedSize };
  }
  throw new NotAZipError('a zip64 entry has no zip64 sizes');
}

/** Why an entry name is unsafe to use, or undefined: absolute paths, parent segments and odd characters escape folders. */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0 || name.length > 200) return 'the name is empty or too long';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute paths are not allowed';
  if (name.includes('\\')) return 'backslashes are not allowed in paths';
  if (name.split('/').some((part) => part === '..')) return 'paths with ".." are not allowed';
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return 'control characters are not allowed in paths';
  return undefined;
}

export class ZipLimitError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface InflateLimits {
  /** Files found by walking the archive itself, whatever its directory says. */
  maxEntries: number;
  /** Sum of the inflated bytes of the entries taken. */
  maxTotalBytes: number;
}

// 16 KiB of deflate inflates to at most ~16.5 MiB: the most one synchronous step can produce before we check.
const INPUT_STEP = 16 * 1024;
const STEPS_BETWEEN_YIELDS = 16;

/**
 * Inflates the wanted entries by walking the archive's local headers with fflate's streaming Unzip, counting
 * inflated bytes as they come: an entry that inflates beyond its size in `declared` (from the directory), or past
 * the total, is stopped there. Entries the directory does not list (a forged entry count hides them) are counted,
 * never inflated, and make the package refused. Yields to the event loop as it goes, so other requests are served.
 */
export async function inflateEntries(
  data: Uint8Array,
  declared: Map<string, number>,
  wanted: Set<string>,
  limits: InflateLimits,
): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  const seen = new Set<string>();
  let total = 0;
  let failure: ZipLimitError | undefined;
  const fail = (path: string, message: string) => (failure ??= new ZipLimitError(path, message));

  const unzip = new Unzip((file) => {
    if (failure) return;
    if (seen.has(file.name)) return fail(file.name, 'the package has two files with this name');
    seen.add(file.name);
    if (seen.size > limits.maxEntries) return fail('', `the package holds more than ${limits.maxEntries} files`);
    if (!declared.has(file.name)) return fail(file.name, 'this file is not listed in the zip directory (a forged directory hides it)');
    if (!wanted.has(file.name)) return;
    const limit = declared.get(file.name)!;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(file.name, 'the zip data is damaged');
      size += chunk.length;
      total += chunk.length;
      if (size > limit) {
        file.terminate();
        return fail(file.name, `inflates to more than the ${limit} bytes its header declares, which only zip bombs do`);
      }
      if (total > limits.maxTotalBytes) {
        file.terminate();
        return fail('', `the package unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MB`);
      }
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  for (let at = 0, step = 0; at < data.length && !failure; at += INPUT_STEP, step++) {
    try {
      unzip.push(data.subarray(at, at + INPUT_STEP), at + INPUT_STEP >= data.length);
    } catch {
      fail('', 'the zip data is damaged');
    }
    if (step % STEPS_BETWEEN_YIELDS === STEPS_BETWEEN_YIELDS - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  if (failure) throw failure;
  for (const name of wanted) if (!files[name]) throw new ZipLimitError(name, 'the zip data is damaged (the file could not be read)');
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
