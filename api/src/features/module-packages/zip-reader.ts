// Lists a zip's entries from its central directory, with what fflate does not report: symlinks, encryption, zip64.
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
