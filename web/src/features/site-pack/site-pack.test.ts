// The site pack on the tablet against a stubbed server: size first, quota, incremental and resumable download,
// and the offline PIN sign-in with its local lock (the real argon2id check on a hash made by the server's library, sealed
// for the tablet's own key as the server seals it).
import 'fake-indexeddb/auto';
import { createCipheriv, createHash, randomBytes, webcrypto } from 'node:crypto';
import type { ModuleContent, SealedSection, SitePackManifest, SitePackWorker } from '@fit/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPin } from './argon2';
import { signInOffline } from './offline-sign-in';
import { checkPack, downloadPack, PackError, type PackDeps } from './pack-download';
import { openPackDb, type PackDb } from './pack-db';
import { openSealed } from './tablet-key';

// PIN 2468, hashed by the API's argon2 with its parameters (argon2id, 19 MiB, t=2).
const PIN_HASH = '$argon2id$v=19$m=19456,p=1,t=2$yEAp4BSn21+iweV4gKJpHA$pgW0BwEqtKV5z96H4sw8VEk3+UrWzbLRy+efB4JbF+s';
const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');
const content = (title: string) => ({ title: { fr: title }, languages: ['fr'], steps: [] }) as unknown as ModuleContent;

function worker(id: string, extra: Partial<SitePackWorker> = {}): SitePackWorker {
  return { id, displayName: `Worker ${id}`, language: 'fr', teams: [], hasPin: true, badgeHash: null, lockedUntil: null, assignments: [{ id: `a-${id}`, moduleVersionId: 'v1', dueOn: '2099-01-01', reason: '' }], etag: id, ...extra };
}

// The tablet's key pair (non-extractable private key, as tablet-key.ts makes it) and the roster's PIN hashes sealed
// for it the way the server seals them (RSA-OAEP-256 wrapping an AES-256-GCM key).
const tabletKeys = (await webcrypto.subtle.generateKey(
  { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  false,
  ['encrypt', 'decrypt'],
)) as CryptoKeyPair;
const sealed: SealedSection = await (async () => {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ w1: PIN_HASH, w2: PIN_HASH, w3: PIN_HASH }), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const wrapped = Buffer.from(await webcrypto.subtle.encrypt({ name: 'RSA-OAEP' }, tabletKeys.publicKey, key));
  return { alg: 'RSA-OAEP-256+A256GCM', wrappedKey: wrapped.toString('base64'), iv: iv.toString('base64'), ciphertext: body.toString('base64') };
})();
const open = (section: SealedSection) => openSealed(section, tabletKeys.privateKey, webcrypto.subtle as SubtleCrypto);

/** A server holding versions and files; `manifest()` is rebuilt from them, with its etag. */
function fakeServer() {
  const versions = new Map<string, string>([['v1', JSON.stringify({ id: 'v1', content: content('Module 1') })]]);
  const files = new Map<string, Uint8Array<ArrayBuffer>>([['/media/f1', new Uint8Array(3000).fill(1)], ['/media/f2', new Uint8Array(5000).fill(2)]]);
  const roster = [worker('w1'), worker('w2')];
  const requests: string[] = [];
  let failFile: string | null = null;
  let model: SitePackManifest['model'] = null;
  const manifest = (): SitePackManifest => {
    const m = {
      format: 2 as const,
      site: { id: 's', name: 'Chantier' },
      organisation: { id: 'o', slug: 'o', name: 'Org', kind: 'sme' },
      tabletId: 't',
      generatedAt: '',
      versions: [...versions].map(([id, body]) => ({ id, moduleId: `m-${id}`, version: 1, etag: sha(body), bytes: body.length, url: `/site-pack/versions/${id}` })),
      files: [...files].map(([url, bytes]) => ({ url, bytes: bytes.length, sha256: sha(bytes), kind: 'media' as const, contentType: 'image/png' })),
      model,
      roster,
      signIn: sealed,
      totalBytes: 0,
      etag: '',
    };
    return { ...m, etag: sha(JSON.stringify([m.versions, m.files, roster])), totalBytes: 9000 };
  };
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push(url);
    const headers = new Headers(init?.headers);
    if (url === '/site-pack') {
      const m = manifest();
      if (headers.get('if-none-match') === `"${m.etag}"`) return new Response(null, { status: 304 });
      return new Response(JSON.stringify(m), { headers: { 'content-type': 'application/json' } });
    }
    if (url.startsWith('/site-pack/versions/')) return new Response(versions.get(url.split('/').pop()!)!);
    if (url === failFile) throw new TypeError('Failed to fetch');
    return new Response(files.get(url)!);
  });
  return {
    versions,
    files,
    roster,
    requests,
    fetchImpl: fetchImpl as unknown as typeof fetch,
    failOn: (url: string | null) => (failFile = url),
    setModel: (m: SitePackManifest['model']) => (model = m),
  };
}

function fakeCaches() {
  const store = new Map<string, Response>();
  const cache = { put: async (url: string, res: Response) => void store.set(url, res), delete: async (url: string) => store.delete(url) };
  return { store, cacheStorage: { open: async () => cache } as unknown as CacheStorage };
}

let db: PackDb;
beforeEach(() => {
  db = openPackDb(`pack-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('downloading the site pack', () => {
  const setup = (quota = 1e9) => {
    const server = fakeServer();
    const { store, cacheStorage } = fakeCaches();
    const persist = vi.fn(async () => true);
    const deps: PackDeps = { db, deviceToken: 'dev', fetchImpl: server.fetchImpl, cacheStorage, storage: { estimate: async () => ({ quota, usage: 0 }), persist } };
    return { server, store, deps, persist };
  };

  it('tells the size first, then downloads with progress in bytes, asks for persistent storage, and is then up to date', async () => {
    const { server, store, deps, persist } = setup();
    const check = await checkPack(deps);
    if (check.status !== 'changes') throw new Error('expected changes');
    const versionBytes = server.versions.get('v1')!.length;
    expect(check.plan.bytes).toBe(versionBytes + 8000);
    const progress: number[] = [];
    const meta = await downloadPack(deps, check.plan, (p) => progress.push(p.done));
    expect(progress.at(-1)).toBe(check.plan.bytes);
    expect(persist).toHaveBeenCalled();
    expect([...store.keys()].sort()).toEqual(['/media/f1', '/media/f2']);
    expect((await db.versions.get('v1'))?.content.title).toEqual({ fr: 'Module 1' });
    expect((await db.workers.toArray()).map((w) => w.id).sort()).toEqual(['w1', 'w2']);
    expect(meta.site.name).toBe('Chantier');

    server.requests.length = 0;
    expect((await checkPack(deps)).status).toBe('upToDate');
    expect(server.requests).toEqual(['/site-pack']);
  });

  it('fetches only what changed, and forgets what left the pack', async () => {
    const { server, store, deps } = setup();
    const first = await checkPack(deps);
    if (first.status === 'changes') await downloadPack(deps, first.plan, () => undefined);
    server.versions.set('v2', JSON.stringify({ id: 'v2', content: content('Module 2') }));
    server.files.delete('/media/f2');
    server.files.set('/media/f3', new Uint8Array(700).fill(3));
    server.requests.length = 0;
    const second = await checkPack(deps);
    if (second.status !== 'changes') throw new Error('expected changes');
    expect(second.plan.versions.map((v) => v.id)).toEqual(['v2']);
    expect(second.plan.files.map((f) => f.url)).toEqual(['/media/f3']);
    await downloadPack(deps, second.plan, () => undefined);
    expect(server.requests).toEqual(['/site-pack', '/site-pack/versions/v2', '/media/f3']);
    expect([...store.keys()].sort()).toEqual(['/media/f1', '/media/f3']);
  });

  it('resumes a cut download where it stopped', async () => {
    const { server, deps } = setup();
    server.failOn('/media/f2');
    const check = await checkPack(deps);
    if (check.status !== 'changes') throw new Error('expected changes');
    await expect(downloadPack(deps, check.plan, () => undefined)).rejects.toMatchObject({ reason: 'offline' });
    expect(await db.meta.get('pack')).toBeUndefined();
    server.failOn(null);
    const again = await checkPack(deps);
    if (again.status !== 'changes') throw new Error('expected changes');
    expect(again.plan.files.map((f) => f.url)).toEqual(['/media/f2']);
    expect(again.plan.versions).toEqual([]);
    await downloadPack(deps, again.plan, () => undefined);
    expect((await checkPack(deps)).status).toBe('upToDate');
  });

  it("fetches the 3D viewer's engine with the pack only when the site has a model and a module has a BIM step", async () => {
    const { server, deps } = setup();
    const viewerEngine = vi.fn(async () => undefined);
    const packDeps = { ...deps, viewerEngine };
    const download = async () => {
      const check = await checkPack(packDeps);
      if (check.status === 'changes') await downloadPack(packDeps, check.plan, () => undefined);
    };
    server.setModel({ id: 'm', versionId: 'mv', fileName: 'house.ifc', geometry: { url: '/geo', bytes: 10 } } as unknown as SitePackManifest['model']);
    await download();
    expect(viewerEngine).not.toHaveBeenCalled();

    const bim = { ...content('BIM'), steps: [{ id: 's', kind: 'bim', title: { fr: 'Maquette' }, bindings: [] }] };
    server.versions.set('v2', JSON.stringify({ id: 'v2', content: bim }));
    await download();
    expect(viewerEngine).toHaveBeenCalledTimes(1);

    viewerEngine.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    server.versions.set('v3', JSON.stringify({ id: 'v3', content: content('Module 3') }));
    const check = await checkPack(packDeps);
    if (check.status !== 'changes') throw new Error('expected changes');
    // Without the engine the BIM step would not draw offline: the pack is not complete.
    await expect(downloadPack(packDeps, check.plan, () => undefined)).rejects.toMatchObject({ reason: 'server' });
  });

  it('refuses to start when the storage quota cannot hold the pack', async () => {
    const { deps } = setup(5000);
    const check = await checkPack(deps);
    if (check.status !== 'changes') throw new Error('expected changes');
    const error = await downloadPack(deps, check.plan, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackError);
    expect(error).toMatchObject({ reason: 'quota', details: { needed: check.plan.bytes, available: 5000 } });
    expect(await db.versions.count()).toBe(0);
  });
});

describe('signing in offline from the pack', () => {
  beforeEach(async () => {
    const server = fakeServer();
    const { cacheStorage } = fakeCaches();
    server.roster.push(worker('w3', { lockedUntil: new Date(Date.now() + 10 * 60_000).toISOString() }));
    const deps: PackDeps = { db, deviceToken: 'dev', fetchImpl: server.fetchImpl, cacheStorage, storage: { estimate: async () => ({ quota: 1e9, usage: 0 }), persist: async () => true } };
    const check = await checkPack(deps);
    if (check.status === 'changes') await downloadPack(deps, check.plan, () => undefined);
  });

  it("checks the PIN against the server's argon2id hash and opens a worker session with their day and module", async () => {
    expect(await verifyPin('2468', PIN_HASH)).toBe(true);
    expect(await verifyPin('1357', PIN_HASH)).toBe(false);
    const result = await signInOffline(db, 'w1', '2468', verifyPin, Date.now(), open);
    if (result.status !== 'signedIn') throw new Error(result.status);
    expect(result.session).toMatchObject({ kind: 'tablet', offline: true, user: { id: 'w1', role: 'worker', displayName: 'Worker w1' } });
    expect(result.answers.day.myAssignments[0]!.moduleVersion?.title.text).toBe('Module 1');
    expect(result.answers.players).toMatchObject([{ moduleVersion: { id: 'v1', status: 'published' } }]);
  }, 20_000);

  it('locks a worker after five wrong PINs, as the server does; the server lock in the roster counts too', async () => {
    const wrong = async () => false;
    for (let left = 4; left >= 1; left--) expect(await signInOffline(db, 'w2', '0000', wrong, Date.now(), open)).toEqual({ status: 'wrong', triesLeft: left });
    expect(await signInOffline(db, 'w2', '0000', wrong, Date.now(), open)).toEqual({ status: 'locked', minutes: 15 });
    expect(await signInOffline(db, 'w2', '2468', async () => true, Date.now(), open)).toEqual({ status: 'locked', minutes: 15 });
    // The lock waits to be reported to the managers, once, whatever is typed while it lasts.
    expect((await db.lockouts.toArray()).map((l) => l.workerId)).toEqual(['w2']);
    expect(await signInOffline(db, 'w3', '2468', async () => true, Date.now(), open)).toEqual({ status: 'locked', minutes: 10 });
    expect(await signInOffline(db, 'nobody', '2468', async () => true, Date.now(), open)).toEqual({ status: 'unavailable' });
  });
});
