// Lists a zip's entries from its central directory, zip64 included (the module package reader refuses zip64;
// authoring tools write it for large courses): the zip64 end record gives the count and directory offset, each
// entry's zip64 extra field its real sizes. Names, symlinks and encryption are reported as the package reader does.
import { NotAZipError, type ZipEntry } from '../module-packages/zip-reader.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MAX32 = 0xffffffff;

export function listEntriesWithZip64(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const inside = (at: number, length: number) => at >= 0 && at + length <= data.length;

  let end = data.length - 22;
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
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    if (!inside(at + 46, nameLength + extraLength)) throw new NotAZipError('the zip directory is damaged');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(at + 46, at + 46 + nameLength));
    if (size === MAX32 || compressedSize === MAX32) {
      // The zip64 extra field holds, in this order, only the values whose 32-bit field is 0xFFFFFFFF.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      let found = false;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const length = u16(extra + 2);
        if (id === ZIP64_EXTRA) {
          let field = extra + 4;
          if (size === MAX32) {
            size = u64(field);
            field += 8;
          }
          if (compressedSize === MAX32) compressedSize = u64(field);
          found = true;
          break;
        }
        extra += 4 + length;
      }
      if (!found) throw new NotAZipError('a zip64 entry has no zip64 sizes');
    }
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
