// Workers' evidence photos: uploaded by the worker, served only to them and their organisation's staff, never publicly.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { addMember } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { queryRows } from '../../common/sql.js';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
let PNG: Buffer;
const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]);

describe('evidence photos (REST on the real database)', () => {
  let sut: TestApp;
  let worker: string;
  let otherWorker: string;
  let trainer: string;
  let outsider: string;

  beforeAll(async () => {
    PNG = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
    sut = await startTestApp();
    await addMember(sut.dataSource, 'demo', 'evidence-worker@fit.test', 'worker');
    await addMember(sut.dataSource, 'demo', 'evidence-colleague@fit.test', 'worker');
    await addMember(sut.dataSource, 'other-sme', 'evidence-outsider@fit.test', 'trainer');
    worker = await sut.login('evidence-worker@fit.test');
    otherWorker = await sut.login('evidence-colleague@fit.test');
    trainer = await sut.login('trainer@fit.demo');
    outsider = await sut.login('evidence-outsider@fit.test');
  }, 60_000);
  afterAll(() => sut.close());

  const upload = (body: Buffer, type: string, token: string) =>
    fetch(`${sut.url}/media/evidence`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body });
  const get = (path: string, token?: string) => fetch(`${sut.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('a worker uploads a photo that they and their trainer can see, and nobody else', async () => {
    const res = await upload(PNG, 'image/png', worker);
    expect(res.status).toBe(201);
    const { id, url } = (await res.json()) as { id: string; url: string };
    expect(url).toBe(`/media/evidence/${id}`);

    const own = await get(url, worker);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(PNG);
    expect((await get(url, trainer)).status).toBe(200);
    expect((await get(url, otherWorker)).status).toBe(404);
    expect((await get(url, outsider)).status).toBe(404);
    expect((await get(url)).status).toBe(401);
    // The public media route does not serve evidence, whoever knows the id.
    expect((await get(`/media/${id}`)).status).toBe(404);
  });

  it('refuses anything but a photo', async () => {
    expect((await upload(MP3, 'audio/mpeg', worker)).status).toBe(400);
  });

  it('refuses a PNG header followed by garbage, as content uploads do, and stores nothing', async () => {
    const before = await queryRows<{ n: number }>(sut.dataSource, 'select count(*)::int as n from media_assets');
    const res = await upload(Buffer.concat([PNG_HEADER, Buffer.alloc(2_000, 0x55)]), 'image/png', worker);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('This picture cannot be read') });
    expect(await queryRows(sut.dataSource, 'select count(*)::int as n from media_assets')).toEqual(before);
  });
});
