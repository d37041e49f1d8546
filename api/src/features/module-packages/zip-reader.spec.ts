import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
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
