// Pictures uploaded for modules come back in a tablet size and a thumbnail: upright, smaller, without metadata.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { queryRows } from '../../common/sql.js';

interface Uploaded {
  id: string;
  url: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  renditions: Record<string, { url: string; width: number; height: number; byteSize: number; contentType: string }>;
}

/** A photo-like picture (gradients with a little grain), so encoders cannot shrink it to nothing and sizes mean something. */
async function photo(width: number, height: number): Promise<ReturnType<typeof sharp>> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const grain = ((i * 2654435761) >>> 28) - 8;
      pixels[i] = Math.max(0, Math.min(255, (x * 255) / width + grain));
      pixels[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + grain));
      pixels[i + 2] = 128 + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

describe('image renditions (REST on the real database)', () => {
  let sut: TestApp;
  let trainer: string;

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
  });
  afterAll(() => sut.close());

  const upload = async (body: Buffer, type: string) =>
    fetch(`${sut.url}/media?name=photo`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${trainer}` }, body });
  const fetchBytes = async (path: string) => {
    const res = await fetch(`${sut.url}${path}`);
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('a large PNG gets a 1600 px WebP for tablets and a 320 px thumbnail; the original is kept byte for byte', async () => {
    const original = await (await photo(3200, 2000)).png({ compressionLevel: 1 }).toBuffer();
    const res = await upload(original, 'image/png');
    expect(res.status).toBe(201);
    const body = (await res.json()) as Uploaded;
    expect({ width: body.width, height: body.height }).toEqual({ width: 3200, height: 2000 });
    expect(body.renditions.tablet).toMatchObject({ url: `/media/${body.id}/tablet`, width: 1600, height: 1000, contentType: 'image/webp' });
    expect(body.renditions.thumb).toMatchObject({ url: `/media/${body.id}/thumb`, width: 320, height: 200 });

    const tablet = await fetchBytes(body.renditions.tablet!.url);
    expect(tablet.res.status).toBe(200);
    expect(tablet.res.headers.get('content-type')).toBe('image/webp');
    expect(tablet.bytes.length).toBeLessThan(original.length / 4);
    expect(body.renditions.tablet!.byteSize).toBe(tablet.bytes.length);
    expect(await sharp(tablet.bytes).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1000 });
    const thumb = await fetchBytes(`/media/${body.id}/thumb`);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 320, height: 200 });
    // Buffer.equals: Jest's deep equality walks megabytes byte by byte and takes minutes.
    expect((await fetchBytes(body.url)).bytes.equals(original)).toBe(true);
  });

  it('a camera JPEG is turned upright by its EXIF orientation and loses its metadata', async () => {
    // Stored 2400×1800 landscape with "rotate 90°" in EXIF, as phones do: it is a 1800×2400 portrait.
    const original = await (await photo(2400, 1800)).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const body = (await (await upload(original, 'image/jpeg')).json()) as Uploaded;
    expect({ width: body.width, height: body.height }).toEqual({ width: 1800, height: 2400 });
    expect(body.renditions.tablet).toMatchObject({ width: 1200, height: 1600 });
    const tablet = await sharp((await fetchBytes(body.renditions.tablet!.url)).bytes).metadata();
    expect({ width: tablet.width, height: tablet.height, exif: tablet.exif, orientation: tablet.orientation }).toEqual({
      width: 1200,
      height: 1600,
      exif: undefined,
      orientation: undefined,
    });
  });

  it('a small picture is not enlarged', async () => {
    const body = (await (await upload(await (await photo(200, 100)).png().toBuffer(), 'image/png')).json()) as Uploaded;
    expect(body.renditions.tablet).toMatchObject({ width: 200, height: 100 });
    expect(body.renditions.thumb).toMatchObject({ width: 200, height: 100 });
  });

  it('refuses a corrupt picture with a clear message and stores nothing', async () => {
    const whole = await (await photo(800, 600)).jpeg().toBuffer();
    const damaged = Buffer.concat([whole.subarray(0, 600), Buffer.alloc(400, 0x55)]);
    const before = await queryRows<{ n: number }>(sut.dataSource, 'select count(*)::int as n from media_assets');
    const res = await upload(damaged, 'image/jpeg');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('This picture cannot be read: it is damaged or incomplete') });
    expect(await queryRows(sut.dataSource, 'select count(*)::int as n from media_assets')).toEqual(before);
  });

  it('serves the original for media without renditions, and 404 for an unknown size', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>');
    const body = (await (await upload(svg, 'image/svg+xml')).json()) as Uploaded;
    expect(body.renditions).toEqual({});
    const served = await fetchBytes(`/media/${body.id}/tablet`);
    expect(served.res.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.bytes.equals(svg)).toBe(true);
    expect((await fetch(`${sut.url}/media/${body.id}/huge`)).status).toBe(404);
  });
});
