import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { zip64 } from '../../test-support/zip64.js';
import { NotAZipError, listZipEntries, unsafeNameReason } from './zip-reader.js';

describe('listZipEntries', () => {
  it('lists names and sizes, and flags symbolic links', () => {
    const zip = zipSync({
      'module.json': strToU8('{"a":1}'),
      link: [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    const entries = listZipEntries(zip);
    expect(entries.find((e) => e.name === 'module.json')).toMatchObject({ size: 7, isSymlink: false, isDirectory: false });
    expect(entries.find((e) => e.name === 'link')).toMatchObject({ isSymlink: true });
  });

  it('reads zip64: the count and directory from the zip64 end record, the sizes from each entry\'s zip64 field', () => {
    const entries = listZipEntries(zip64({ 'cmi5.xml': '<courseStructure/>', 'au/index.html': 'x'.repeat(1000) }));
    expect(entries.map((e) => [e.name, e.size, e.compressedSize])).toEqual([
      ['cmi5.xml', 18, 18],
      ['au/index.html', 1000, 1000],
    ]);
  });

  it('refuses a zip64 archive whose zip64 record or sizes are damaged', () => {
    const archive = zip64({ 'a.txt': 'hello' });
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    const locator = archive.length - 22 - 20;
    const forgedRecord = archive.slice();
    new DataView(forgedRecord.buffer).setBigUint64(locator + 8, BigInt(archive.length * 4), true);
    expect(() => listZipEntries(forgedRecord)).toThrow('the zip64 directory record is damaged');
    // The entry's zip64 extra field renamed: its sizes (0xFFFFFFFF in the 32-bit fields) are nowhere.
    const directory = Number(view.getBigUint64(Number(view.getBigUint64(locator + 8, true)) + 48, true));
    const noSizes = archive.slice();
    const extraAt = directory + 46 + view.getUint16(directory + 28, true);
    new DataView(noSizes.buffer).setUint16(extraAt, 0x7075, true);
    expect(() => listZipEntries(noSizes)).toThrow('a zip64 entry has no zip64 sizes');
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => listZipEntries(strToU8('not a zip at all, just some text that is long enough'))).toThrow(NotAZipError);
    expect(() => listZipEntries(new Uint8Array(3))).toThrow(NotAZipError);
  });
});

describe('unsafeNameReason', () => {
  it.each([
    ['../x', '".."'],
    ['media/../../x', '".."'],
    ['/etc/passwd', 'absolute'],
    ['C:/x', 'absolute'],
    ['media\\x.png', 'backslashes'],
    ['a\u0000b', 'control characters'],
    ['', 'empty'],
  ])('refuses %j', (name, reason) => {
    expect(unsafeNameReason(name)).toContain(reason);
  });

  it('accepts plain relative names', () => {
    expect(unsafeNameReason('media/abc.png')).toBeUndefined();
    expect(unsafeNameReason('module.json')).toBeUndefined();
  });
});
