import { describe, expect, it } from '@jest/globals';
import { byteRange } from './media.controller.js';
import { MEDIA_TYPES, declaredType, sniffType, unsafeSvgReason } from './media-types.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('media types', () => {
  it.each([
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xdb])],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['video/webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0])],
    ['audio/ogg', bytes('OggS', [0])],
    ['audio/mpeg', bytes('ID3', [4, 0])],
    ['audio/mpeg', bytes([0xff, 0xfb, 0x90])],
    ['audio/mp4', bytes([0, 0, 0, 32], 'ftypM4A ')],
    ['video/mp4', bytes([0, 0, 0, 32], 'ftypisom')],
    ['image/svg+xml', Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'utf8')],
  ])('recognises %s by its first bytes', (type, content) => {
    expect(sniffType(content)?.contentType).toBe(type);
  });

  it('recognises nothing in a GIF, a PDF or an HTML page', () => {
    expect(sniffType(bytes('GIF89a'))).toBeUndefined();
    expect(sniffType(bytes('%PDF-1.7'))).toBeUndefined();
    expect(sniffType(bytes('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('reads MP4 audio as M4A when the upload says audio', () => {
    expect(sniffType(bytes([0, 0, 0, 32], 'ftypisom'), MEDIA_TYPES['audio/mp4'])?.contentType).toBe('audio/mp4');
  });

  it('accepts common aliases and parameters in Content-Type', () => {
    expect(declaredType('image/jpg')?.contentType).toBe('image/jpeg');
    expect(declaredType('audio/x-m4a')?.contentType).toBe('audio/mp4');
    expect(declaredType('image/svg+xml; charset=utf-8')?.contentType).toBe('image/svg+xml');
    expect(declaredType('text/html')).toBeUndefined();
  });

  it('refuses SVGs that could run code or load other sites', () => {
    expect(unsafeSvgReason(bytes('<svg><SCRIPT>x</SCRIPT></svg>'))).toContain('script');
    expect(unsafeSvgReason(bytes('<svg><image href="https://evil.test/x.png"/></svg>'))).toContain('another site');
    expect(unsafeSvgReason(bytes('<!DOCTYPE svg [<!ENTITY a "b">]><svg/>'))).toContain('entities');
    expect(unsafeSvgReason(bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toBeUndefined();
  });
});

describe('byteRange', () => {
  it.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=0-1,5-6', undefined],
    [undefined, undefined],
  ])('reads %s of a 100-byte file', (header, expected) => {
    expect(byteRange(header, 100)).toEqual(expected);
  });
});
