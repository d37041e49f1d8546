// Resumable evidence uploads on the real database: chunks, resume from the server's offset, one media asset however
// often the tablet asks, checksum and type checks on the last chunk, and nobody else's upload.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { addMember } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { EvidenceUploadEntity } from './evidence-upload.entity.js';
import { EvidenceUploadsService } from './evidence-uploads.service.js';
import { MediaAssetEntity } from './media-asset.entity.js';
import { querySingle } from '../../common/sql.js';

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('resumable evidence uploads (REST on the real database)', () => {
  let sut: TestApp;
  let worker: string;
  let workerId: string;
  let colleague: string;
  let outsider: string;
  let PHOTO: Buffer;

  beforeAll(async () => {
    // Noise so the PNG does not compress: big enough for several chunks.
    const noise = Buffer.from(Array.from({ length: 600 * 600 * 3 }, (_, i) => (i * 7919) % 251));
    PHOTO = await sharp(noise, { raw: { width: 600, height: 600, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    sut = await startTestApp();
    await addMember(sut.dataSource, 'demo', 'chunk-worker@fit.test', 'worker');
    workerId = (await querySingle<{ id: string }>(sut.dataSource, `select id from users where email = 'chunk-worker@fit.test'`)).id;
    await addMember(sut.dataSource, 'demo', 'chunk-colleague@fit.test', 'worker');
    await addMember(sut.dataSource, 'other-sme', 'chunk-outsider@fit.test', 'worker');
    worker = await sut.login('chunk-worker@fit.test');
    colleague = await sut.login('chunk-colleague@fit.test');
    outsider = await sut.login('chunk-outsider@fit.test');
  }, 60_000);
  afterAll(() => sut.close());

  const start = (facts: Record<string, unknown>, token = worker) =>
    fetch(`${sut.url}/media/evidence/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(facts),
    });
  const chunk = (uploadId: string, offset: number, body: Buffer, token = worker) =>
    fetch(`${sut.url}/media/evidence/uploads/${uploadId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset), authorization: `Bearer ${token}` },
      body,
    });
  const factsOf = (bytes: Buffer, uploadId = randomUUID()) => ({ uploadId, byteSize: bytes.length, contentType: 'image/png', sha256: digest(bytes) });
  const mediaRows = (uploadId: string) =>
    sut.dataSource.manager.query<{ n: string }[]>(`select count(*) as n from media_assets m join evidence_uploads u on u.media_id = m.id where u.id = $1`, [uploadId]);
  const SIZE = 256 * 1024;

  it('takes a photo in chunks, in order, and makes one media asset the worker can see', async () => {
    expect(PHOTO.length).toBeGreaterThan(2 * SIZE);
    const facts = factsOf(PHOTO);
    const created = await start(facts);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ uploadId: facts.uploadId, offset: 0, complete: false });
    let answer: { offset: number; complete: boolean; id?: string; url?: string } = { offset: 0, complete: false };
    for (let at = 0; at < PHOTO.length; at += SIZE) {
      const res = await chunk(facts.uploadId, at, PHOTO.subarray(at, at + SIZE));
      expect(res.status).toBe(200);
      answer = (await res.json()) as typeof answer;
      expect(answer.offset).toBe(Math.min(at + SIZE, PHOTO.length));
    }
    expect(answer).toMatchObject({ complete: true, id: expect.any(String), url: `/media/evidence/${answer.id}` });
    const served = await fetch(`${sut.url}${answer.url}`, { headers: { authorization: `Bearer ${worker}` } });
    expect(digest(Buffer.from(await served.arrayBuffer()))).toBe(digest(PHOTO));
    const asset = await sut.dataSource.manager.findOneByOrFail(MediaAssetEntity, { id: answer.id! });
    expect(asset).toMatchObject({ purpose: 'evidence', createdBy: workerId, sha256: facts.sha256 });
    // The partial file is gone once the asset exists.
    expect(existsSync(join(sut.dataDir, 'evidence-uploads', `${facts.uploadId}.part`))).toBe(false);
  });

  it('resumes after a cut: the tablet asks the offset and continues; a wrong offset is a 409 with the right one', async () => {
    const facts = factsOf(PHOTO);
    await start(facts);
    expect((await chunk(facts.uploadId, 0, PHOTO.subarray(0, SIZE))).status).toBe(200);
    // Connection cut here. The retry of the same start answers the same session with where it got to.
    const again = await start(facts);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ offset: SIZE, complete: false });
    const asked = await fetch(`${sut.url}/media/evidence/uploads/${facts.uploadId}`, { headers: { authorization: `Bearer ${worker}` } });
    expect(await asked.json()).toMatchObject({ offset: SIZE });

    // A resend of the first chunk (its answer was lost) and a gap are both refused with the server's offset.
    for (const wrong of [0, 2 * SIZE]) {
      const res = await chunk(facts.uploadId, wrong, PHOTO.subarray(wrong, wrong + SIZE));
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT', offset: SIZE });
    }
    let last: { id?: string } = {};
    for (let at = SIZE; at < PHOTO.length; at += SIZE) last = (await (await chunk(facts.uploadId, at, PHOTO.subarray(at, at + SIZE))).json()) as { id?: string };
    expect(last.id).toEqual(expect.any(String));
    const served = await fetch(`${sut.url}/media/evidence/${last.id}`, { headers: { authorization: `Bearer ${worker}` } });
    expect(digest(Buffer.from(await served.arrayBuffer()))).toBe(digest(PHOTO));
  });

  it('answers the same media id when the last answer was lost, and keeps one media row', async () => {
    const facts = factsOf(PHOTO);
    await start(facts);
    const before = await sut.dataSource.manager.count(MediaAssetEntity);
    await chunk(facts.uploadId, 0, PHOTO.subarray(0, 900_000));
    const done = (await (await chunk(facts.uploadId, 900_000, PHOTO.subarray(900_000))).json()) as { id: string };
    // The tablet never saw that answer: it starts again, and resends the last chunk.
    const restarted = (await (await start(facts)).json()) as { id: string; complete: boolean; offset: number };
    expect(restarted).toMatchObject({ id: done.id, complete: true, offset: PHOTO.length });
    const resent = await chunk(facts.uploadId, 900_000, PHOTO.subarray(900_000));
    expect(resent.status).toBe(200);
    expect(await resent.json()).toMatchObject({ id: done.id });
    expect(await mediaRows(facts.uploadId)).toEqual([{ n: '1' }]);
    expect(await sut.dataSource.manager.count(MediaAssetEntity)).toBe(before + 1);
  });

  it('the same id with different facts is a 409', async () => {
    const facts = factsOf(PHOTO);
    await start(facts);
    const res = await start({ ...facts, byteSize: PHOTO.length - 1 });
    expect(res.status).toBe(409);
  });

  it('refuses a photo that does not match its SHA-256 with a clear error, and keeps nothing of it', async () => {
    const facts = { ...factsOf(PHOTO), sha256: digest(Buffer.from('something else')) };
    await start(facts);
    const before = await sut.dataSource.manager.count(MediaAssetEntity);
    await chunk(facts.uploadId, 0, PHOTO.subarray(0, 900_000));
    const res = await chunk(facts.uploadId, 900_000, PHOTO.subarray(900_000));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('SHA-256') });
    expect(await sut.dataSource.manager.count(MediaAssetEntity)).toBe(before);
    expect(await sut.dataSource.manager.findOneByOrFail(EvidenceUploadEntity, { id: facts.uploadId })).toMatchObject({ receivedBytes: 0, mediaId: null });
    expect(existsSync(join(sut.dataDir, 'evidence-uploads', `${facts.uploadId}.part`))).toBe(false);
  });

  it('checks the bytes are the announced photo type, like the whole-file upload', async () => {
    const notPng = Buffer.from('this is not a picture at all');
    const facts = factsOf(notPng);
    await start(facts);
    const res = await chunk(facts.uploadId, 0, notPng);
    expect(res.status).toBe(415);
    expect((await start({ ...factsOf(notPng), contentType: 'image/svg+xml' })).status).toBe(400);
    expect((await start({ ...factsOf(notPng), contentType: 'audio/mpeg' })).status).toBe(400);
  });

  it("hides a worker's upload from another worker and another organisation (404)", async () => {
    const facts = factsOf(PHOTO);
    await start(facts);
    for (const token of [colleague, outsider]) {
      expect((await chunk(facts.uploadId, 0, PHOTO.subarray(0, SIZE), token)).status).toBe(404);
      const asked = await fetch(`${sut.url}/media/evidence/uploads/${facts.uploadId}`, { headers: { authorization: `Bearer ${token}` } });
      expect(asked.status).toBe(404);
      // Starting under someone else's id answers like any clash, and takes nothing over.
      expect((await start(facts, token)).status).toBe(409);
    }
    expect(await sut.dataSource.manager.findOneByOrFail(EvidenceUploadEntity, { id: facts.uploadId })).toMatchObject({ receivedBytes: 0 });
  });

  it('refuses a photo over the limit and a chunk over 1 MiB (413), and a chunk past the announced size', async () => {
    expect((await start({ ...factsOf(PHOTO), byteSize: 16 * 1024 * 1024 })).status).toBe(413);
    const big = Buffer.alloc(1024 * 1024 + 1);
    const facts = { ...factsOf(big) };
    await start(facts);
    expect((await chunk(facts.uploadId, 0, big)).status).toBe(413);
    const small = factsOf(PHOTO.subarray(0, 100));
    await start(small);
    expect((await chunk(small.uploadId, 0, PHOTO.subarray(0, 101))).status).toBe(400);
  });

  it('clears uploads left unfinished for two weeks, with their partial bytes', async () => {
    const facts = factsOf(PHOTO);
    await start(facts);
    await chunk(facts.uploadId, 0, PHOTO.subarray(0, SIZE));
    const service = sut.app.get(EvidenceUploadsService);
    expect(await service.removeStale(new Date(Date.now() + 15 * 24 * 3600 * 1000))).toBeGreaterThanOrEqual(1);
    expect(await sut.dataSource.manager.findOneBy(EvidenceUploadEntity, { id: facts.uploadId })).toBeNull();
    expect(readdirSync(join(sut.dataDir, 'evidence-uploads')).filter((f) => f.startsWith(facts.uploadId))).toEqual([]);
    // Finished uploads stay: a late retry still gets its media id.
    expect(await sut.dataSource.manager.countBy(EvidenceUploadEntity, {})).toBeGreaterThan(0);
  });
});
