import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ModuleContent } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { moduleContent } from '../../test-support/module-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { ImportResult, PackageManifest } from './package-format.js';

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4" cx="5" cy="5"/></svg>');
const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(128, 7)]);
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('module packages: export and import (REST on the real database)', () => {
  let sut: TestApp;
  let trainer: string;
  let otherTrainer: string;
  let publishedVersionId: string;
  let firstExport: Uint8Array;

  beforeAll(async () => {
    sut = await startTestApp({ seed: false });
    await addMember(sut.dataSource, 'pkg-source', 'trainer@pkg-source.test', 'trainer');
    await addMember(sut.dataSource, 'pkg-source', 'worker@pkg-source.test', 'worker');
    await addMember(sut.dataSource, 'pkg-target', 'trainer@pkg-target.test', 'trainer');
    trainer = await sut.login('trainer@pkg-source.test');
    otherTrainer = await sut.login('trainer@pkg-target.test');

    const upload = async (bytes: Buffer, type: string) =>
      ((await (await fetch(`${sut.url}/media`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${trainer}` }, body: bytes })).json()) as { id: string }).id;
    const image = await upload(SVG, 'image/svg+xml');
    const audio = await upload(MP3, 'audio/mpeg');
    const content = moduleContent();
    content.steps.push(
      { id: 'pic', kind: 'image', mediaId: image, alt: { fr: 'Schéma', en: 'Diagram' } },
      { id: 'listen', kind: 'audio', mediaId: audio, transcript: { fr: 'Écoutez', en: 'Listen' } },
      { id: 'again', kind: 'image', mediaId: image, alt: { fr: 'Encore', en: 'Again' } },
    );
    const created = await sut.gql<{ createModule: { id: string } }>('mutation($c: JSON!) { createModule(input: { content: $c, slug: "window-sealing" }) { id } }', { c: content }, trainer);
    const published = await sut.gql<{ publishModule: { latestPublished: { id: string } } }>(
      'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }',
      { id: created.data!.createModule.id },
      trainer,
    );
    publishedVersionId = published.data!.publishModule.latestPublished.id;
    firstExport = await exportVersion(publishedVersionId, trainer);
  });
  afterAll(() => sut.close());

  async function exportVersion(id: string, token: string): Promise<Uint8Array> {
    const res = await fetch(`${sut.url}/modules/versions/${id}/export`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  }
  async function importZip(bytes: Uint8Array, token = otherTrainer, type = 'application/zip') {
    const res = await fetch(`${sut.url}/modules/import`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body: bytes });
    return { status: res.status, body: (await res.json()) as ImportResult };
  }
  const manifestOf = (zip: Uint8Array) => JSON.parse(strFromU8(unzipSync(zip)['module.json']!)) as PackageManifest;
  const withEntries = (extra: Zippable, change?: (m: PackageManifest) => void): Uint8Array => {
    const files = unzipSync(firstExport) as Zippable;
    const manifest = manifestOf(firstExport);
    change?.(manifest);
    return zipSync({ ...files, 'module.json': strToU8(JSON.stringify(manifest)), ...extra });
  };

  it('exports a zip with module.json and each media file once, named by its hash', () => {
    const files = unzipSync(firstExport);
    const manifest = manifestOf(firstExport);
    expect(Object.keys(files).sort()).toEqual(['module.json', ...manifest.media.map((m) => m.path)].sort());
    expect(manifest).toMatchObject({ format: 'fit.module-package', formatVersion: 1, source: { slug: 'window-sealing', version: 1, status: 'published' } });
    expect(manifest.media).toHaveLength(2);
    expect(Buffer.from(files[manifest.media.find((m) => m.contentType === 'image/svg+xml')!.path]!)).toEqual(SVG);
  });

  it('round trip: export → import into another organisation → export gives identical content and media', async () => {
    const { status, body } = await importZip(firstExport);
    expect(status).toBe(201);
    expect(body.rejected).toEqual([]);
    expect(body.imported).toMatchObject({ slug: 'window-sealing' });

    const draft = await sut.gql<{ moduleVersion: { status: string; content: ModuleContent } }>(
      'query($id: ID!) { moduleVersion(id: $id) { status content } }',
      { id: body.imported!.draftVersionId },
      otherTrainer,
    );
    expect(draft.data!.moduleVersion.status).toBe('draft');

    const secondExport = await exportVersion(body.imported!.draftVersionId, otherTrainer);
    const [first, second] = [manifestOf(firstExport), manifestOf(secondExport)];
    expect(second.content).toEqual(first.content);
    expect(second.media).toEqual(first.media);
    const [a, b] = [unzipSync(firstExport), unzipSync(secondExport)];
    for (const m of first.media) expect(Buffer.from(b[m.path]!)).toEqual(Buffer.from(a[m.path]!));
  });

  it('refuses export to workers (403) and to another organisation (404)', async () => {
    const worker = await sut.login('worker@pkg-source.test');
    const asWorker = await fetch(`${sut.url}/modules/versions/${publishedVersionId}/export`, { headers: { authorization: `Bearer ${worker}` } });
    expect(asWorker.status).toBe(403);
    const asOther = await fetch(`${sut.url}/modules/versions/${publishedVersionId}/export`, { headers: { authorization: `Bearer ${otherTrainer}` } });
    expect(asOther.status).toBe(404);
  });

  it.each([
    ['a zip-slip path', '../../evil.sh', 'paths with ".." are not allowed'],
    ['an absolute path', '/etc/cron.d/evil', 'absolute paths are not allowed'],
    ['a Windows path', 'C:\\evil.bat', 'absolute paths are not allowed'],
    ['a stray file', 'notes.txt', 'not part of a module package'],
  ])('rejects %s with its reason and imports the module without it', async (_label, path, reason) => {
    const { status, body } = await importZip(withEntries({ [path]: strToU8('echo owned') }));
    expect(status).toBe(201);
    expect(body.rejected).toEqual([{ path, reason: expect.stringContaining(reason) }]);
  });

  it('rejects a symbolic link', async () => {
    const link: Zippable = { 'media/link': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] };
    const { body } = await importZip(withEntries(link));
    expect(body.rejected).toContainEqual({ path: 'media/link', reason: 'symbolic links are not allowed' });
  });

  it('refuses a package without module.json (422)', async () => {
    const { status, body } = await importZip(zipSync({ 'media/readme.txt': strToU8('hi') }));
    expect(status).toBe(422);
    expect(body).toEqual({
      imported: null,
      rejected: expect.arrayContaining([{ path: 'module.json', reason: 'the package has no module.json' }]),
    });
  });

  it('refuses a package with an invalid step, naming the step and field (422)', async () => {
    const zip = withEntries({}, (m) => {
      (m.content.steps[1] as { question: { correct: string[] } }).question.correct = ['nowhere'];
    });
    const { status, body } = await importZip(zip);
    expect(status).toBe(422);
    expect(body.rejected).toContainEqual({
      path: 'module.json#content.steps[1].question.correct[0]',
      reason: expect.stringContaining('Step 2 (quiz) correct answer: "nowhere" is not one of the options'),
    });
  });

  it('refuses an oversized image entry with the limit, and the module that needs it', async () => {
    const big = Buffer.concat([PNG_HEADER, Buffer.alloc(16 * 1024 * 1024)]);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(big).digest('hex');
    const path = `media/${sha}.png`;
    const zip = withEntries({ [path]: [big, { level: 0 }] }, (m) => {
      m.media.push({ path, contentType: 'image/png', byteSize: big.length, sha256: sha });
      m.content.steps.push({ id: 'big', kind: 'image', mediaId: path, alt: { fr: 'Gros', en: 'Big' } });
    });
    const { status, body } = await importZip(zip);
    expect(status).toBe(422);
    expect(body.rejected).toContainEqual({ path, reason: expect.stringContaining('image files may be at most 15 MB') });
    expect(body.rejected).toContainEqual({ path: 'module.json#content', reason: expect.stringContaining(path) });
  });

  it('refuses an entry compressed like a zip bomb without inflating it', async () => {
    const path = `media/${'0'.repeat(64)}.png`;
    const { body } = await importZip(withEntries({ [path]: [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }));
    expect(body.rejected).toContainEqual({ path, reason: expect.stringContaining('zip bomb') });
  });

  it('stops inflating an entry at the size its header declares (a bomb that declares 1 MiB)', async () => {
    const path = `media/${'1'.repeat(64)}.png`;
    const zip = declareSize(withEntries({ [path]: [new Uint8Array(64 * 1024 * 1024), { level: 1 }] }), path, 1024 * 1024);
    const started = Date.now();
    const { status, body } = await importZip(zip);
    expect(status).toBe(422);
    expect(body.rejected).toContainEqual({ path, reason: expect.stringContaining('inflates to more than the 1048576 bytes its header declares') });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses entries hidden by a zip directory that under-counts them, without inflating them', async () => {
    const hidden: Zippable = {};
    for (let i = 0; i < 5; i++) hidden[`media/${String(i).repeat(64)}.png`] = [new Uint8Array(32 * 1024 * 1024), { level: 1 }];
    const honest = withEntries(hidden);
    const zip = withEntryCount(honest, entryCount(honest) - 5);
    const { status, body } = await importZip(zip);
    expect(status).toBe(422);
    expect(body.imported).toBeNull();
    expect(body.rejected).toContainEqual({ path: `media/${'0'.repeat(64)}.png`, reason: expect.stringContaining('not listed in the zip directory') });
  });

  it('refuses media whose bytes do not match module.json', async () => {
    const manifest = manifestOf(firstExport);
    const svgPath = manifest.media.find((m) => m.contentType === 'image/svg+xml')!.path;
    const { status, body } = await importZip(withEntries({ [svgPath]: strToU8('<svg xmlns="http://www.w3.org/2000/svg"></svg>') }));
    expect(status).toBe(422);
    expect(body.rejected).toContainEqual({ path: svgPath, reason: expect.stringContaining('do not match') });
  });

  it('refuses something that is not a zip (422) and a body that is not declared as a zip (415)', async () => {
    const notZip = await importZip(strToU8('hello'));
    expect(notZip.status).toBe(422);
    expect(notZip.body.rejected[0]!.reason).toContain('not a readable zip file');
    expect((await importZip(firstExport, otherTrainer, 'text/plain')).status).toBe(415);
  });
});

// Zip surgery for the bomb tests: the end record and the size fields the importer must not trust.
const EOCD = 0x06054b50;
function endRecord(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new Error('no end record');
}

function entryCount(zip: Uint8Array): number {
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint16(endRecord(zip) + 10, true);
}

function withEntryCount(zip: Uint8Array, count: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const end = endRecord(copy);
  view.setUint16(end + 8, count, true);
  view.setUint16(end + 10, count, true);
  return copy;
}

/** Writes `size` as the uncompressed size of `name` in both its central and local headers. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const end = endRecord(copy);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = strFromU8(copy.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      view.setUint32(at + 24, size, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
      return copy;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`${name} is not in the zip`);
}
