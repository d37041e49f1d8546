import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mediaIdsOf, type ModuleContent, type SitePackManifest } from '@fit/shared';
import { DEMO_TABLET, DEMO_WORKER_PIN, DEMO_WORKERS } from '../demo/demo-content.js';
import { digestToken } from '../identity/secret-tokens.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { openSealed, registerTabletKey } from '../../test-support/tablet-key.js';
import type { KeyObject } from 'node:crypto';
import { queryRows } from '../../common/sql.js';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe('site pack of a tablet (REST on the real database)', () => {
  let sut: TestApp;
  let trainer: string;
  let manager: string;
  let siteId: string;
  let versions: { id: string; content: ModuleContent }[];
  let tabletKey: KeyObject;

  const pack = (device: string | undefined, headers: Record<string, string> = {}) =>
    fetch(`${sut.url}/site-pack`, { headers: { ...(device ? { 'x-device-token': device } : {}), ...headers } });
  const manifestOf = async (device: string) => {
    const res = await pack(device);
    expect(res.status).toBe(200);
    return (await res.json()) as SitePackManifest;
  };
  const assign = async (versionId: string) => {
    const result = await sut.gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: versionId, siteId, dueOn: tomorrow() } }, trainer);
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    manager = await sut.login('manager@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
    versions = await queryRows<(typeof versions)[number]>(sut.dataSource, `select id, content from module_versions where status = 'published' order by created_at, id`);
    // The first demo module with pictures, so the pack has files.
    versions.sort((a, b) => mediaIdsOf(b.content).length - mediaIdsOf(a.content).length);
    tabletKey = await registerTabletKey(sut, DEMO_TABLET.deviceToken);
  });
  afterAll(() => sut.close());

  it('needs a device token: none or a forged one gets 401 and nothing else', async () => {
    expect((await pack(undefined)).status).toBe(401);
    const forged = await pack('forged-device-token');
    expect(forged.status).toBe(401);
    expect(await forged.text()).not.toMatch(/argon2|Julien/);
  });

  it("holds the site's crew with PIN hashes sealed for the tablet, the assigned published versions and their media, with sizes", async () => {
    await assign(versions[0]!.id);
    const manifest = await manifestOf(DEMO_TABLET.deviceToken);
    expect(manifest.site.id).toBe(siteId);
    expect(manifest.roster.map((w) => w.displayName).sort()).toEqual(DEMO_WORKERS.map((w) => w.displayName).sort());
    const julien = manifest.roster.find((w) => w.displayName === 'Julien Moreau')!;
    expect(julien).toMatchObject({ language: 'fr', teams: ['Équipe isolation'], lockedUntil: null, hasPin: true });
    // PIN hashes only in the section sealed for this tablet's key.
    expect(JSON.stringify(manifest)).not.toMatch(/argon2/);
    expect(openSealed(manifest.signIn, tabletKey)[julien.id]).toMatch(/^\$argon2id\$/);
    expect(julien.assignments).toEqual([expect.objectContaining({ moduleVersionId: versions[0]!.id, dueOn: tomorrow() })]);
    const [badge] = await sut.dataSource.query<{ badge_code: string }[]>('select badge_code from memberships where user_id = $1', [julien.id]);
    expect(julien.badgeHash).toBe(sha256(badge!.badge_code));
    const raw = JSON.stringify(manifest);
    expect(raw).not.toContain(badge!.badge_code);
    expect(raw).not.toContain(`"${DEMO_WORKER_PIN}"`);

    expect(manifest.versions.map((v) => v.id)).toEqual([versions[0]!.id]);
    const expectedMedia = mediaIdsOf(versions[0]!.content);
    expect(expectedMedia.length).toBeGreaterThan(0);
    // Pictures as the player shows them: their tablet size (the demo's SVG diagrams are served as they are).
    const media = manifest.files.filter((f) => f.kind === 'media');
    expect(media.map((f) => f.url).sort()).toEqual(expectedMedia.map((id) => `/media/${id}/tablet`).sort());
    for (const file of media) {
      const bytes = Buffer.from(await (await fetch(`${sut.url}${file.url}`)).arrayBuffer());
      expect({ bytes: bytes.length, sha256: sha256(bytes) }).toEqual({ bytes: file.bytes, sha256: file.sha256 });
    }
    const version = manifest.versions[0]!;
    const res = await fetch(`${sut.url}${version.url}`, { headers: { 'x-device-token': DEMO_TABLET.deviceToken } });
    const body = await res.text();
    expect({ bytes: Buffer.byteLength(body), etag: sha256(body) }).toEqual({ bytes: version.bytes, etag: version.etag });
    expect((JSON.parse(body) as { content: ModuleContent }).content.title).toEqual(versions[0]!.content.title);
    const sum = manifest.versions.reduce((n, v) => n + v.bytes, 0) + manifest.files.reduce((n, f) => n + f.bytes, 0);
    expect(manifest.totalBytes).toBeGreaterThan(sum);
  });

  it('answers 304 when nothing changed; a new assignment adds only its items and keeps the etags of the others', async () => {
    const before = await manifestOf(DEMO_TABLET.deviceToken);
    const same = await pack(DEMO_TABLET.deviceToken, { 'if-none-match': `"${before.etag}"` });
    expect(same.status).toBe(304);
    await assign(versions[1]!.id);
    const after = await manifestOf(DEMO_TABLET.deviceToken);
    expect(after.etag).not.toBe(before.etag);
    expect(after.versions.map((v) => v.id).sort()).toEqual([versions[0]!.id, versions[1]!.id].sort());
    const old = after.versions.find((v) => v.id === versions[0]!.id)!;
    expect(old.etag).toBe(before.versions[0]!.etag);
    for (const file of before.files) expect(after.files).toContainEqual(file);
  });

  it("shows this tablet's wrong-PIN lock of a worker in the roster", async () => {
    const manifest = await manifestOf(DEMO_TABLET.deviceToken);
    const mehdi = manifest.roster.find((w) => w.displayName === 'Mehdi Haddad')!;
    for (let i = 0; i < 5; i++) {
      await sut.gql('mutation($w: ID!) { pinLogin(workerId: $w, pin: "0000") { accessToken } }', { w: mehdi.id }, undefined, { 'x-device-token': DEMO_TABLET.deviceToken });
    }
    const locked = (await manifestOf(DEMO_TABLET.deviceToken)).roster.find((w) => w.id === mehdi.id)!;
    expect(Date.parse(locked.lockedUntil!)).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(locked.etag).not.toBe(mehdi.etag);
  });

  it("gives another organisation's tablet only its own site, and never A's versions", async () => {
    const db = sut.dataSource;
    const [org] = await db.query<{ id: string }[]>(`insert into organisations (slug, name, kind) values ('other-sme', 'Autre PME', 'sme') returning id`);
    const [site] = await db.query<{ id: string }[]>(`insert into sites (organisation_id, name) values ($1, 'Chantier B') returning id`, [org!.id]);
    const [worker] = await db.query<{ id: string }[]>(`insert into users (display_name) values ('Ouvrier B') returning id`);
    await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [worker!.id, org!.id]);
    await db.query('insert into site_members (site_id, user_id) values ($1, $2)', [site!.id, worker!.id]);
    const device = 'tablet-of-organisation-b-0123456789';
    await db.query(`insert into tablets (organisation_id, site_id, label, token_hash) values ($1, $2, 'B', $3)`, [org!.id, site!.id, digestToken(device)]);
    // A worker of A put into B's site (a bad row) must still not bring A's data into B's pack.
    const [julien] = await db.query<{ id: string }[]>(`select id from users where display_name = 'Julien Moreau'`);
    await db.query('insert into site_members (site_id, user_id) values ($1, $2)', [site!.id, julien!.id]);
    await registerTabletKey(sut, device);

    const manifest = await manifestOf(device);
    expect(manifest.site).toEqual({ id: site!.id, name: 'Chantier B', timeZone: 'Europe/Paris' });
    expect(manifest.organisation).toMatchObject({ id: org!.id, name: 'Autre PME' });
    expect(manifest.roster.map((w) => w.displayName)).toEqual(['Ouvrier B']);
    expect(manifest.versions).toEqual([]);
    expect(manifest.files).toEqual([]);
    const res = await fetch(`${sut.url}/site-pack/versions/${versions[0]!.id}`, { headers: { 'x-device-token': device } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('title');
  });

  it("refuses a version that is not assigned to the tablet's crew", async () => {
    const unassigned = versions[versions.length - 1]!.id;
    const res = await fetch(`${sut.url}/site-pack/versions/${unassigned}`, { headers: { 'x-device-token': DEMO_TABLET.deviceToken } });
    expect(res.status).toBe(404);
    expect((await fetch(`${sut.url}/site-pack/versions/not-a-uuid`, { headers: { 'x-device-token': DEMO_TABLET.deviceToken } })).status).toBe(404);
  });

  it('gives a revoked tablet nothing', async () => {
    const [tablet] = await sut.dataSource.query<{ id: string }[]>('select id from tablets where token_hash = $1', [digestToken(DEMO_TABLET.deviceToken)]);
    const revoked = await sut.gql('mutation($t: ID!) { revokeTablet(id: $t) { revokedAt } }', { t: tablet!.id }, manager);
    expect(revoked.errors).toBeUndefined();
    const res = await pack(DEMO_TABLET.deviceToken);
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/revoked/);
    const version = await fetch(`${sut.url}/site-pack/versions/${versions[0]!.id}`, { headers: { 'x-device-token': DEMO_TABLET.deviceToken } });
    expect(version.status).toBe(401);
  });
});
