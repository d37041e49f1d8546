// Lists a zip's entries from its central directory, with what fflate does not report: symlinks, encryption, zip64.
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
const CENTRAL = 0x02014b50;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export class NotAZipError extends Error {}

export function listZipEntries(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  let end = data.length - 22;
  // The end record sits in the last 64 KiB (its comment is at most 65535 bytes).
  while (end >= 0 && u32(end) !== EOCD) {
    if (data.length - end > 65_557) throw new NotAZipError('no zip directory found');
    end--;
  }
  if (end < 0) throw new NotAZipError('no zip directory found');
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(at) !== CENTRAL) throw new NotAZipError('the zip directory is damaged');
    const madeBy = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    const name = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new NotAZipError('zip64 packages are not supported');
    entries.push({
      name,
      compressedSize,
      size,
      isDirectory: name.endsWith('/'),
      isSymlink: madeBy === UNIX && ((external >>> 16) & S_IFMT) === S_IFLNK,
      isEncrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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
