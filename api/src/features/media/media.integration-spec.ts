import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { addMember } from '../../test-support/accounts.js';
import { moduleContent } from '../../test-support/module-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#1f6f3f' } });
let PNG: Buffer;
let JPEG: Buffer;
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(64)]);

describe('media upload and serving (REST on the real database)', () => {
  let sut: TestApp;
  let trainer: string;

  beforeAll(async () => {
    PNG = await picture(40, 30).png().toBuffer();
    JPEG = await picture(40, 30).jpeg().toBuffer();
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
  });
  afterAll(() => sut.close());

  const upload = (body: Buffer, type: string, token = trainer) =>
    fetch(`${sut.url}/media?name=test`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  it.each([
    ['a PNG', () => PNG, 'image/png'],
    ['a JPEG declared as image/jpg', () => JPEG, 'image/jpg'],
    ['a clean SVG', () => SVG, 'image/svg+xml'],
    ['an MP3', () => MP3, 'audio/mpeg'],
    ['an MP4 video', () => MP4, 'video/mp4'],
  ])('accepts %s and serves it back byte for byte', async (_label, file, type) => {
    const bytes = file();
    const res = await upload(bytes, type);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; url: string; contentType: string; byteSize: number };
    expect(body.byteSize).toBe(bytes.length);
    const served = await fetch(`${sut.url}${body.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe(body.contentType);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a type outside the allow-list with 415 and the list of accepted types', async () => {
    const res = await upload(GIF, 'image/gif');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('Accepted: PNG, JPEG') });
  });

  it('refuses a file whose bytes are not what its type says (415)', async () => {
    const res = await upload(JPEG, 'image/png');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ message: 'The file says it is image/png but its content is image/jpeg.' });
  });

  it('refuses a GIF renamed as PNG (415)', async () => {
    expect((await upload(GIF, 'image/png')).status).toBe(415);
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'contains a script'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'event handler'],
    ['a javascript link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)">x</a></svg>', 'script link'],
    ['foreign HTML', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', 'foreign content'],
  ])('refuses an SVG with %s (415, with the reason)', async (_label, svg, reason) => {
    const res = await upload(Buffer.from(svg), 'image/svg+xml');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { message: string }).message).toContain(reason);
  });

  it('refuses an image over 15 MB with 413 and the limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(15 * 1024 * 1024)]);
    const res = await upload(big, 'image/png');
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('15 MB') });
  });

  it('lets audio be larger than an image limit, up to 30 MB', async () => {
    const sixteen = Buffer.concat([MP3, Buffer.alloc(16 * 1024 * 1024)]);
    expect((await upload(sixteen, 'audio/mpeg')).status).toBe(201);
  });

  it('refuses uploads without a token (401) and from workers (403)', async () => {
    expect((await upload(PNG, 'image/png', '')).status).toBe(401);
    await addMember(sut.dataSource, 'demo', 'worker-media@fit.test', 'worker');
    const worker = await sut.login('worker-media@fit.test');
    expect((await upload(PNG, 'image/png', worker)).status).toBe(403);
  });

  it('serves byte ranges for video players and answers 304 when the tablet already has the file', async () => {
    const video = (await (await upload(MP4, 'video/mp4')).json()) as { url: string };
    const part = await fetch(`${sut.url}${video.url}`, { headers: { range: 'bytes=4-11' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 4-11/${MP4.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('ftypisom');
    expect((await fetch(`${sut.url}${video.url}`, { headers: { range: `bytes=${MP4.length}-` } })).status).toBe(416);
    const etag = (await fetch(`${sut.url}${video.url}`)).headers.get('etag')!;
    expect((await fetch(`${sut.url}${video.url}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('answers 404 for an unknown or malformed media id', async () => {
    expect((await fetch(`${sut.url}/media/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${sut.url}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it("lets a module use the organisation's media but not another organisation's", async () => {
    const own = (await (await upload(SVG, 'image/svg+xml')).json()) as { id: string };
    await addMember(sut.dataSource, 'media-other', 'trainer@media-other.test', 'trainer');
    const otherToken = await sut.login('trainer@media-other.test');
    const theirs = (await (await upload(SVG, 'image/svg+xml', otherToken)).json()) as { id: string };
    const withImage = (mediaId: string) =>
      moduleContent({ steps: [{ id: 'pic', kind: 'image', mediaId, alt: { fr: 'Schéma', en: 'Diagram' } }] });
    const create = 'mutation($c: JSON!) { createModule(input: { content: $c }) { id } }';

    expect((await sut.gql(create, { c: withImage(own.id) }, trainer)).errors).toBeUndefined();
    const refused = await sut.gql(create, { c: withImage(theirs.id) }, trainer);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining(`Media "${theirs.id}": no uploaded file of this organisation has this id`),
    });
  });
});
