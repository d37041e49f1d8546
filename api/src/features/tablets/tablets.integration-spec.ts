import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import type { SitePackManifest } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { newTabletKey, openSealed, registerTabletKey } from '../../test-support/tablet-key.js';
import { queryChanged, queryRows, querySingle } from '../../common/sql.js';

const PIN_LOGIN = 'mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken refreshToken expiresAt me { displayName role } } }';

interface Login {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  me: { displayName: string; role: string };
}

describe('site tablets (through /graphql on the real database)', () => {
  let sut: TestApp;
  let manager: string;
  let siteId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
  });
  afterAll(() => sut.close());

  async function enrol(label = 'Tablette A'): Promise<{ id: string; deviceToken: string }> {
    const result = await sut.gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(
      'mutation($s: ID!, $l: String!) { enrolTablet(siteId: $s, label: $l) { deviceToken tablet { id label siteId } } }',
      { s: siteId, l: label },
      manager,
    );
    expect(result.errors).toBeUndefined();
    return { id: result.data!.enrolTablet.tablet.id, deviceToken: result.data!.enrolTablet.deviceToken };
  }

  /** A worker with a PIN, in the site's crew (the crew is replaced with just them plus `others`). */
  async function crewWorker(displayName: string, pin = '123400', others: string[] = []): Promise<string> {
    const added = await sut.gql<{ addWorker: { worker: { id: string } } }>(
      'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id } } }',
      { i: { displayName, language: 'fr', trade: 'électricien' } },
      manager,
    );
    const id = added.data!.addWorker.worker.id;
    await sut.gql('mutation($w: ID!, $p: String!) { setWorkerPin(workerId: $w, pin: $p) { id } }', { w: id, p: pin }, manager);
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [id, ...others] }, manager);
    return id;
  }

  const onTablet = (deviceToken: string) => ({ 'x-device-token': deviceToken });
  const pinLogin = (deviceToken: string, workerId: string, pin: string) =>
    sut.gql<{ pinLogin: Login }>(PIN_LOGIN, { w: workerId, p: pin }, undefined, onTablet(deviceToken));

  it('enrols a tablet: the device token is returned once and stored only as a hash', async () => {
    const { deviceToken } = await enrol();
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await sut.dataSource.query<{ token_hash: string }[]>('select token_hash from tablets');
    expect(JSON.stringify(rows)).not.toContain(deviceToken);
    const list = await sut.gql<{ tablets: { label: string }[] }>('query($s: ID!) { tablets(siteId: $s) { label } }', { s: siteId }, manager);
    expect(list.data?.tablets.map((t) => t.label)).toContain('Tablette A');
  });

  it("tabletCrew gives the names of the site's crew only, and needs a device token", async () => {
    const { deviceToken } = await enrol();
    const id = await crewWorker('Nadia Crew');
    const crew = await sut.gql<{ tabletCrew: { id: string; displayName: string }[] }>('{ tabletCrew { id displayName } }', {}, undefined, onTablet(deviceToken));
    expect(crew.data?.tabletCrew).toEqual([{ id, displayName: 'Nadia Crew' }]);
    const without = await sut.gql('{ tabletCrew { id } }');
    expect(without.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/not an enrolled site tablet/) });
    const forged = await sut.gql('{ tabletCrew { id } }', {}, undefined, onTablet('forged-device-token'));
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a worker signs in with the right PIN: a short-lived worker token with a tablet session claim, plus a refresh token', async () => {
    const { deviceToken, id: tabletId } = await enrol();
    const id = await crewWorker('Hugo Pin', '246800');
    const result = await pinLogin(deviceToken, id, '246800');
    expect(result.errors).toBeUndefined();
    const login = result.data!.pinLogin;
    expect(login.me).toEqual({ displayName: 'Hugo Pin', role: 'worker' });
    expect(login.refreshToken).toBeTruthy();
    const claims = decodeJwt(login.accessToken);
    expect(claims).toMatchObject({ sub: id, sessionKind: 'tablet', tab: tabletId, role: 'worker' });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(600);
    expect((await sut.gql('{ me { id } }', {}, login.accessToken)).errors).toBeUndefined();
  });

  it('refuses a wrong PIN with INVALID_CREDENTIALS, a worker outside the crew with NOT_FOUND', async () => {
    const { deviceToken } = await enrol();
    const id = await crewWorker('Wrong Pin', '135700');
    expect((await pinLogin(deviceToken, id, '000000')).errors?.[0]).toMatchObject({ message: 'Wrong PIN. Try again.', extensions: { code: 'INVALID_CREDENTIALS' } });
    await crewWorker('Someone Else'); // replaces the crew
    expect((await pinLogin(deviceToken, id, '135700')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('five wrong PINs lock that worker on that tablet for 15 minutes and tell the managers; a PIN reset lifts it', async () => {
    const first = await enrol('Tablette 1');
    const second = await enrol('Tablette 2');
    const id = await crewWorker('Lucas Verrou', '975300');
    for (let i = 0; i < 4; i++) expect((await pinLogin(first.deviceToken, id, '000000')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await pinLogin(first.deviceToken, id, '000000');
    expect(fifth.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/locked out on this tablet for 15 more minutes/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    // Even the right PIN is refused now, on this tablet only.
    expect((await pinLogin(first.deviceToken, id, '975300')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await pinLogin(second.deviceToken, id, '975300')).errors).toBeUndefined();

    const notes = await sut.gql<{ myNotifications: { kind: string; message: string }[] }>('{ myNotifications { kind message } }', {}, manager);
    expect(notes.data?.myNotifications[0]).toMatchObject({ kind: 'worker_locked_out', message: expect.stringContaining('Lucas Verrou') });
    expect(JSON.stringify(notes)).not.toContain('975300');

    await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "112200") { id } }', { w: id }, manager);
    expect((await pinLogin(first.deviceToken, id, '112200')).errors).toBeUndefined();
  });

  it('a lock that happened offline, reported once back online, tells the managers once however often it is sent', async () => {
    const tablet = await enrol('Tablette hors ligne');
    const id = await crewWorker('Inès Horsligne', '482600');
    const REPORT = 'mutation($w: ID!, $at: DateTime!) { reportOfflineLockout(workerId: $w, lockedAt: $at) }';
    const report = (workerId: string, at: string, token: string | null = tablet.deviceToken) =>
      sut.gql<{ reportOfflineLockout: boolean }>(REPORT, { w: workerId, at }, undefined, token ? onTablet(token) : {});
    const lockedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const count = async () =>
      (await sut.gql<{ myNotifications: { message: string }[] }>('{ myNotifications { message } }', {}, manager)).data!.myNotifications.filter((n) =>
        n.message.includes('Inès Horsligne'),
      ).length;

    expect((await report(id, lockedAt)).data).toEqual({ reportOfflineLockout: true });
    // Sent again after a dropped connection: recorded already, nobody is told twice.
    expect((await report(id, lockedAt)).data).toEqual({ reportOfflineLockout: false });
    expect(await count()).toBe(1);
    const [note] = (await sut.gql<{ myNotifications: { kind: string; message: string }[] }>('{ myNotifications { kind message } }', {}, manager)).data!.myNotifications;
    expect(note).toMatchObject({ kind: 'worker_locked_out', message: expect.stringMatching(/Inès Horsligne .*Tablette hors ligne.*hors ligne/) });

    // Without the tablet's token, for someone outside its crew, or at an implausible time: refused, nothing recorded.
    expect((await report(id, lockedAt, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const outsider = (await sut.gql<{ addWorker: { worker: { id: string } } }>('mutation { addWorker(input: { displayName: "Hors équipe", language: "fr", trade: "maçon" }) { worker { id } } }', {}, manager)).data!.addWorker.worker.id;
    expect((await report(outsider, lockedAt)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await report(id, new Date(Date.now() + 86_400_000).toISOString())).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report(id, '2020-01-01T00:00:00Z')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report(id, 'yesterday')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from offline_lockouts where worker_id = $1', [id]);
    expect(n).toBe(1);
    expect(await count()).toBe(1);

    // The same lock reported with other times inside its lock window (a forged or jittery clock): still one notice.
    for (let s = 1; s <= 5; s++) {
      expect((await report(id, new Date(Date.parse(lockedAt) + s * 60_000).toISOString())).data).toEqual({ reportOfflineLockout: false });
    }
    expect(await count()).toBe(1);
    // A lock after that window is another lock.
    expect((await report(id, new Date(Date.parse(lockedAt) + 20 * 60_000).toISOString())).data).toEqual({ reportOfflineLockout: true });
    expect(await count()).toBe(2);
  });

  it('a worker signs in by scanning their badge QR; an unknown badge is refused', async () => {
    const { deviceToken } = await enrol();
    const id = await crewWorker('Chloé Badge');
    const sheet = await sut.gql<{ badgeSheet: { workerId: string; qrPayload: string }[] }>('{ badgeSheet { workerId qrPayload } }', {}, manager);
    const qr = sheet.data!.badgeSheet.find((b) => b.workerId === id)!.qrPayload;
    const ok = await sut.gql<{ badgeLogin: Login }>('mutation($c: String!) { badgeLogin(code: $c) { accessToken me { displayName } } }', { c: qr }, undefined, onTablet(deviceToken));
    expect(ok.data?.badgeLogin.me.displayName).toBe('Chloé Badge');
    const bad = await sut.gql('mutation { badgeLogin(code: "fit:badge:nope") { accessToken } }', {}, undefined, onTablet(deviceToken));
    expect(bad.errors?.[0]).toMatchObject({ message: 'This badge is not valid on this tablet.', extensions: { code: 'INVALID_CREDENTIALS' } });
  });

  it('revoking a lost tablet kills its device token and the worker sessions opened on it', async () => {
    const tablet = await enrol('Tablette perdue');
    const id = await crewWorker('Rayan Perdu', '444400');
    const login = (await pinLogin(tablet.deviceToken, id, '444400')).data!.pinLogin;
    const revoked = await sut.gql<{ revokeTablet: { revokedAt: string } }>('mutation($t: ID!) { revokeTablet(id: $t) { revokedAt } }', { t: tablet.id }, manager);
    expect(revoked.data?.revokeTablet.revokedAt).toBeTruthy();
    expect((await sut.gql('{ tabletCrew { id } }', {}, undefined, onTablet(tablet.deviceToken))).errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/revoked/),
    });
    expect((await sut.gql('{ me { id } }', {}, login.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await sut.gql('mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: login.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a tablet session ends after inactivity: its refresh token lives 30 minutes, then refresh says the session expired', async () => {
    const { deviceToken } = await enrol();
    const id = await crewWorker('Inès Pause', '864200');
    const login = (await pinLogin(deviceToken, id, '864200')).data!.pinLogin;
    const [row] = await sut.dataSource.query<{ minutes: number }[]>(
      `select extract(epoch from (expires_at - created_at)) / 60 as minutes from refresh_tokens order by created_at desc limit 1`,
    );
    expect(Math.round(Number(row!.minutes))).toBe(30);
    await sut.dataSource.query(`update refresh_tokens set expires_at = now() - interval '1 second'`);
    const result = await sut.gql('mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: login.refreshToken });
    expect(result.errors?.[0]).toMatchObject({ message: 'Your session has expired. Please sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('a tablet session cannot switch organisation', async () => {
    const { deviceToken } = await enrol();
    const id = await crewWorker('Sami Fixe', '555500');
    const login = (await pinLogin(deviceToken, id, '555500')).data!.pinLogin;
    const result = await sut.gql('mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }', { o: siteId }, login.accessToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('only managers revoke tablets; workers and trainers cannot', async () => {
    const tablet = await enrol();
    const trainer = await sut.login('trainer@fit.demo');
    const result = await sut.gql('mutation($t: ID!) { revokeTablet(id: $t) { id } }', { t: tablet.id }, trainer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('setting up a tablet with a one-time code', () => {
    const CREATE = 'mutation($s: ID!, $l: String!) { createTabletEnrolmentCode(siteId: $s, label: $l) { code expiresAt } }';
    const REDEEM = 'mutation($c: String!) { enrolTabletWithCode(code: $c) { deviceToken siteName tablet { id label siteId } } }';
    const createCode = async (label = 'Tablette code', token = manager) =>
      sut.gql<{ createTabletEnrolmentCode: { code: string; expiresAt: string } }>(CREATE, { s: siteId, l: label }, token);
    const redeem = (code: string) =>
      sut.gql<{ enrolTabletWithCode: { deviceToken: string; siteName: string; tablet: { id: string; label: string; siteId: string } } }>(REDEEM, { c: code });

    it('gives a short code valid 15 minutes; the tablet trades it once for a working device token', async () => {
      const created = await createCode('Tablette benne');
      expect(created.errors).toBeUndefined();
      const { code, expiresAt } = created.data!.createTabletEnrolmentCode;
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      const minutesLeft = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutesLeft).toBeGreaterThan(14);
      expect(minutesLeft).toBeLessThanOrEqual(15);
      const stored = await queryRows<Record<string, unknown>>(sut.dataSource, 'select * from tablet_enrolment_codes');
      expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));

      // Typed in lower case with a space: still the same code.
      const first = await redeem(code.toLowerCase().replace('-', ' '));
      expect(first.errors).toBeUndefined();
      const { deviceToken, siteName, tablet } = first.data!.enrolTabletWithCode;
      expect(tablet).toMatchObject({ label: 'Tablette benne', siteId });
      expect(siteName).toMatch(/Tilleuls/);
      const crew = await sut.gql<{ tabletCrew: unknown[] }>('{ tabletCrew { id } }', {}, undefined, onTablet(deviceToken));
      expect(crew.errors).toBeUndefined();

      const again = await redeem(code);
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_CREDENTIALS' }, message: expect.stringMatching(/expired or been used/) });
      const [row] = await sut.dataSource.query<{ tablet_id: string; used_at: Date }[]>('select tablet_id, used_at from tablet_enrolment_codes');
      expect(row).toMatchObject({ tablet_id: tablet.id, used_at: expect.any(Date) });
    });

    it('used by two tablets at the same instant, the code sets up only one', async () => {
      const { code } = (await createCode()).data!.createTabletEnrolmentCode;
      const results = await Promise.all([redeem(code), redeem(code), redeem(code)]);
      expect(results.filter((r) => r.data?.enrolTabletWithCode).length).toBe(1);
    });

    it('refuses a code after its 15 minutes', async () => {
      const { code } = (await createCode()).data!.createTabletEnrolmentCode;
      await sut.dataSource.query(`update tablet_enrolment_codes set expires_at = now() - interval '1 second'`);
      expect((await redeem(code)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    });

    it('only staff of the site\'s organisation create codes', async () => {
      const other = await sut.gql<{ createTabletEnrolmentCode: unknown }>(CREATE, { s: siteId, l: 'x' });
      expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const id = await crewWorker('Paul Sanscode', '808080');
      const { deviceToken } = await enrol();
      const worker = (await pinLogin(deviceToken, id, '808080')).data!.pinLogin.accessToken;
      expect((await createCode('x', worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('guessing codes from one address is stopped after 20 wrong ones', async () => {
      // The wrong codes of the tests above come from the same address.
      await sut.dataSource.query(`delete from auth_failures where key like 'enrol-code:%'`);
      for (let i = 0; i < 20; i++) expect((await redeem(`ZZZZ-ZZ${String(i).padStart(2, '2')}`)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      const { code } = (await createCode()).data!.createTabletEnrolmentCode;
      expect((await redeem(code)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });
  });

  describe("the tablet's own key comes with its enrolment", () => {
    const WITH_CODE = 'mutation($c: String!, $k: String) { enrolTabletWithCode(code: $c, publicKey: $k) { deviceToken tablet { id } } }';
    const BY_MANAGER = 'mutation($s: ID!, $l: String!, $k: String) { enrolTablet(siteId: $s, label: $l, publicKey: $k) { deviceToken tablet { id } } }';
    const newCode = async () =>
      (await sut.gql<{ createTabletEnrolmentCode: { code: string } }>('mutation($s: ID!, $l: String!) { createTabletEnrolmentCode(siteId: $s, label: $l) { code } }', { s: siteId, l: 'Clé' }, manager))
        .data!.createTabletEnrolmentCode.code;
    // The guessing test above locked this address out of codes.
    beforeAll(() => queryChanged(sut.dataSource, `delete from auth_failures where key like 'enrol-code:%'`));
    const stored = async (tabletId: string) =>
      (await sut.dataSource.query<{ public_key: string | null; key_state: string }[]>('select public_key, key_state from tablets where id = $1', [tabletId]))[0]!;
    // The first pack download: sealed for the key sent at enrolment, with no registration in between.
    const firstPackOpensWith = async (deviceToken: string, privateKey: ReturnType<typeof newTabletKey>['privateKey'], workerId: string) => {
      const res = await fetch(`${sut.url}/site-pack`, { headers: onTablet(deviceToken) });
      expect(res.status).toBe(200);
      const manifest = (await res.json()) as SitePackManifest;
      expect(openSealed(manifest.signIn, privateKey)[workerId]).toMatch(/^\$argon2id\$/);
    };

    it('set up with a code: the key is stored at enrolment, the first pack is sealed for it, no other key can follow', async () => {
      const worker = await crewWorker('Clé Au Code', '246810');
      const key = newTabletKey();
      const result = await sut.gql<{ enrolTabletWithCode: { deviceToken: string; tablet: { id: string } } }>(WITH_CODE, { c: await newCode(), k: key.publicKeyJwk });
      expect(result.errors).toBeUndefined();
      const { deviceToken, tablet } = result.data!.enrolTabletWithCode;
      expect(await stored(tablet.id)).toEqual({ public_key: key.publicKeyJwk, key_state: 'ready' });
      await firstPackOpensWith(deviceToken, key.privateKey, worker);
      // A copied device token cannot swap in its own key.
      await expect(registerTabletKey(sut, deviceToken)).rejects.toThrow(/CONFLICT/);
    });

    it('set up by a manager signed in on the tablet: the same', async () => {
      const worker = await crewWorker('Clé Du Chef', '135790');
      const key = newTabletKey();
      const result = await sut.gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(BY_MANAGER, { s: siteId, l: 'Tablette clé', k: key.publicKeyJwk }, manager);
      expect(result.errors).toBeUndefined();
      const { deviceToken, tablet } = result.data!.enrolTablet;
      expect(await stored(tablet.id)).toEqual({ public_key: key.publicKeyJwk, key_state: 'ready' });
      await firstPackOpensWith(deviceToken, key.privateKey, worker);
    });

    it('a key that is not an RSA public key is refused, and the code is not spent', async () => {
      const code = await newCode();
      const { privateKey } = newTabletKey();
      const privateJwk = JSON.stringify({ ...privateKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256' });
      for (const bad of ['not json', '{"kty": "EC"}', privateJwk]) {
        const refused = await sut.gql(WITH_CODE, { c: code, k: bad });
        expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/RSA-OAEP-256 public key/) });
      }
      const key = newTabletKey();
      expect((await sut.gql(WITH_CODE, { c: code, k: key.publicKeyJwk })).errors).toBeUndefined();
    });

    it('a tablet enrolled without its key (before keys came with enrolment) registers it once, at its next pack download', async () => {
      const worker = await crewWorker('Clé Plus Tard', '975310');
      const result = await sut.gql<{ enrolTabletWithCode: { deviceToken: string; tablet: { id: string } } }>(WITH_CODE, { c: await newCode() });
      const { deviceToken, tablet } = result.data!.enrolTabletWithCode;
      expect(await stored(tablet.id)).toEqual({ public_key: null, key_state: 'awaiting_key' });
      expect((await fetch(`${sut.url}/site-pack`, { headers: onTablet(deviceToken) })).status).toBe(409);
      const privateKey = await registerTabletKey(sut, deviceToken);
      await firstPackOpensWith(deviceToken, privateKey, worker);
      await expect(registerTabletKey(sut, deviceToken)).rejects.toThrow(/CONFLICT/);
    });
  });
});
