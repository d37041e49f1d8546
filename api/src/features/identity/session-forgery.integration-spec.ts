// Sessions and secrets tried as an attacker would: account capture by e-mail, revoked sessions at every door,
// racing the rate limits, the tablet's reach into other sites, and existence oracles.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addMember } from '../../test-support/accounts.js';
import { VERB, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { SiteEntity } from '../sites/site.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { hashSecret } from './passwords.js';
import type { SitePackManifest } from '@fit/shared';
import { openSealed, registerTabletKey } from '../../test-support/tablet-key.js';
import { querySingle } from '../../common/sql.js';

const PIN_LOGIN = 'mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken me { id memberships { organisation { slug } } } } }';
const ADD_WORKER = 'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id } invitation { id email role } } }';
const ME = '{ me { id memberships { organisation { slug } } } }';

describe('sessions and secrets under attack (real PostgreSQL)', () => {
  let sut: TestApp;
  let manager: string;
  let demoSiteId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    demoSiteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
  });
  afterAll(() => sut.close());

  const onTablet = (deviceToken: string) => ({ 'x-device-token': deviceToken });

  async function enrol(siteId: string, token = manager): Promise<{ id: string; deviceToken: string }> {
    const result = await sut.gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(
      'mutation($s: ID!, $l: String!) { enrolTablet(siteId: $s, label: $l) { deviceToken tablet { id } } }',
      { s: siteId, l: 'Tablette test' },
      token,
    );
    expect(result.errors).toBeUndefined();
    return { id: result.data!.enrolTablet.tablet.id, deviceToken: result.data!.enrolTablet.deviceToken };
  }

  async function newSite(name: string, organisationId?: string): Promise<string> {
    const orgId = organisationId ?? (await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' })).id;
    return (await sut.dataSource.getRepository(SiteEntity).save({ organisationId: orgId, name, address: '' })).id;
  }

  /** A new demo worker with a PIN, the only crew of `siteId`. */
  async function crewWorker(displayName: string, siteId: string, pin = '482913'): Promise<string> {
    const added = await sut.gql<{ addWorker: { worker: { id: string } } }>(ADD_WORKER, { i: { displayName, language: 'fr', trade: 'maçon' } }, manager);
    expect(added.errors).toBeUndefined();
    const id = added.data!.addWorker.worker.id;
    expect((await sut.gql('mutation($w: ID!, $p: String!) { setWorkerPin(workerId: $w, pin: $p) { id } }', { w: id, p: pin }, manager)).errors).toBeUndefined();
    expect((await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [id] }, manager)).errors).toBeUndefined();
    return id;
  }

  async function pinLogin(deviceToken: string, workerId: string, pin = '482913') {
    const result = await sut.gql<{ pinLogin: { accessToken: string; me: { id: string; memberships: { organisation: { slug: string } }[] } } }>(
      PIN_LOGIN,
      { w: workerId, p: pin },
      undefined,
      onTablet(deviceToken),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.pinLogin;
  }

  describe('account capture by e-mail (finding 5)', () => {
    it("adding a worker with an existing account's e-mail invites that person and links nothing", async () => {
      await addMember(sut.dataSource, 'capture-b', 'capture-b-manager@b.fr', 'manager');
      const bManager = await sut.login('capture-b-manager@b.fr');
      const result = await sut.gql<{ addWorker: { worker: { id: string } | null; invitation: { id: string; email: string; role: string } | null } }>(
        ADD_WORKER,
        { i: { displayName: 'Manon', language: 'fr', trade: 'gérante', email: 'manager@fit.demo' } },
        bManager,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.addWorker.worker).toBeNull();
      expect(result.data!.addWorker.invitation).toMatchObject({ email: 'manager@fit.demo', role: 'worker' });
      const linked = await sut.dataSource.query<{ n: number }[]>(
        `select count(*)::int as n from memberships m join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id
          where u.email = 'manager@fit.demo' and o.slug = 'capture-b'`,
      );
      expect(linked[0]!.n).toBe(0);
      // B cannot give that account a PIN: it is not B's worker.
      const { id: managerId } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where email = 'manager@fit.demo'`);
      const pin = await sut.gql('mutation($w: ID!, $p: String!) { setWorkerPin(workerId: $w, pin: $p) { id } }', { w: managerId, p: '482913' }, bManager);
      expect(pin.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('the invited account joins as a worker only once its owner accepts with their own password', async () => {
      await addMember(sut.dataSource, 'capture-c', 'capture-c-manager@c.fr', 'manager');
      await addMember(sut.dataSource, 'capture-home', 'invitee@home.fr', 'trainer');
      const cManager = await sut.login('capture-c-manager@c.fr');
      const invited = await sut.gql<{ addWorker: { invitation: { id: string } } }>(
        'mutation($i: AddWorkerInput!) { addWorker(input: $i) { invitation { id link } } }',
        { i: { displayName: 'Invitee', language: 'fr', trade: 'plaquiste', email: 'invitee@home.fr' } },
        cManager,
      );
      expect(invited.errors).toBeUndefined();
      const link = (invited.data!.addWorker.invitation as unknown as { link: string }).link;
      const token = link.split('/invite/')[1]!;
      const wrong = await sut.gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }', { i: { token, password: 'not-theirs' } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      const accepted = await sut.gql<{ acceptInvitation: { me: { role: string } } }>(
        'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { me { role } } }',
        { i: { token, password: 'fit-demo' } },
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptInvitation.me.role).toBe('worker');
      const rows = await sut.dataSource.query<{ trade: string; badge_code: string | null }[]>(
        `select m.trade, m.badge_code from memberships m join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id
          where u.email = 'invitee@home.fr' and o.slug = 'capture-c'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.trade).toBe('plaquiste');
      expect(rows[0]!.badge_code).toBeTruthy();
    });

    it("a tablet session sees only the tablet's organisation and signs out only there", async () => {
      const siteId = await newSite('Chantier portée');
      const tablet = await enrol(siteId);
      const id = await crewWorker('Double Appartenance', siteId);
      // The same person also manages another organisation, with a password of their own.
      const home = await sut.dataSource.getRepository(OrganisationEntity).save({ slug: 'scope-home', name: 'Scope home', kind: 'sme' as const });
      await sut.dataSource.query(`update users set email = 'double@home.fr', password_hash = $2 where id = $1`, [id, await hashSecret('fit-demo')]);
      await sut.dataSource.getRepository(MembershipEntity).save({ userId: id, organisationId: home.id, role: 'manager' as const });
      const web = await sut.gql<{ switchOrganisation: { accessToken: string } }>(
        'mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }',
        { o: home.id },
        await sut.login('double@home.fr'),
      );
      const webToken = web.data?.switchOrganisation.accessToken ?? (await sut.login('double@home.fr'));

      const onSite = await pinLogin(tablet.deviceToken, id);
      expect(onSite.me.memberships.map((m) => m.organisation.slug)).toEqual(['demo']);
      const me = await sut.gql<{ me: { memberships: { organisation: { slug: string } }[] } }>(ME, {}, onSite.accessToken);
      expect(me.data!.me.memberships.map((m) => m.organisation.slug)).toEqual(['demo']);

      expect((await sut.gql('mutation { logoutEverywhere }', {}, onSite.accessToken)).errors).toBeUndefined();
      expect((await sut.gql(ME, {}, onSite.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Their session in the other organisation is theirs, not the tablet's to end.
      expect((await sut.gql(ME, {}, webToken)).errors).toBeUndefined();
    });
  });

  describe('one session check at every door (finding 6)', () => {
    async function doors(token: string) {
      const xapi = xapiClient(sut.url, `Bearer ${token}`);
      const { id: userId } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where email = 'trainer@fit.demo'`);
      const statement = statementBy(userId, VERB.attempted, 'https://fit.example/activities/door-check');
      const upload = await fetch(`${sut.url}/media/evidence/uploads/${randomUUID()}`, { headers: { authorization: `Bearer ${token}` } });
      return {
        graphql: (await sut.gql(ME, {}, token)).errors?.[0]?.extensions?.code ?? 'OK',
        xapiGet: (await xapi('GET', '?limit=1')).status,
        xapiPost: (await xapi('POST', '', statement)).status,
        evidence: (await fetch(`${sut.url}/media/evidence/${randomUUID()}`, { headers: { authorization: `Bearer ${token}` } })).status,
        upload: upload.status,
      };
    }

    it('after logoutEverywhere the old token is refused by GraphQL, xAPI GET and POST, evidence and uploads', async () => {
      const token = await sut.login('trainer@fit.demo');
      expect((await doors(token)).xapiGet).toBe(200);
      expect((await sut.gql('mutation { logoutEverywhere }', {}, token)).errors).toBeUndefined();
      expect(await doors(token)).toEqual({ graphql: 'UNAUTHENTICATED', xapiGet: 401, xapiPost: 401, evidence: 401, upload: 401 });
    });

    it('after revokeTablet the worker token and the device token are refused everywhere', async () => {
      const siteId = await newSite('Chantier révoqué');
      const tablet = await enrol(siteId);
      const id = await crewWorker('Tablette Perdue', siteId);
      const { accessToken } = await pinLogin(tablet.deviceToken, id);
      const xapi = xapiClient(sut.url, `Bearer ${accessToken}`);
      expect((await xapi('GET', '?limit=1')).status).toBe(200);
      expect((await sut.gql('mutation($t: ID!) { revokeTablet(id: $t) { id } }', { t: tablet.id }, manager)).errors).toBeUndefined();
      expect((await xapi('GET', '?limit=1')).status).toBe(401);
      expect((await xapi('POST', '', statementBy(id, VERB.attempted, 'https://fit.example/activities/revoked'))).status).toBe(401);
      expect((await sut.gql(ME, {}, accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const uploads = await fetch(`${sut.url}/media/evidence/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ uploadId: randomUUID(), byteSize: 10, contentType: 'image/png', sha256: 'a'.repeat(64) }),
      });
      expect(uploads.status).toBe(401);
      expect((await fetch(`${sut.url}/site-pack`, { headers: onTablet(tablet.deviceToken) })).status).toBe(401);
    });

    it('an unknown or forged token is 401 at the xAPI door', async () => {
      const forged = xapiClient(sut.url, 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
      expect((await forged('GET', '?limit=1')).status).toBe(401);
    });
  });

  describe('limits hold under concurrency (finding 7)', () => {
    it('40 concurrent wrong passwords for one e-mail: at most 10 are checked', async () => {
      await addMember(sut.dataSource, 'race-org', 'race@race.fr', 'trainer');
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          sut.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: 'race@race.fr', p: 'wrong-password' }),
        ),
      );
      const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(10);
      expect(codes.filter((c) => c !== 'INVALID_CREDENTIALS' && c !== 'RATE_LIMITED')).toEqual([]);
      const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from auth_failures where key = 'login:email:race@race.fr'`);
      expect(n).toBeLessThanOrEqual(10);
    });

    it('40 concurrent wrong PINs for one worker: at most 5 are checked and managers are told once', async () => {
      const siteId = await newSite('Chantier course');
      const tablet = await enrol(siteId);
      const id = await crewWorker('Course Aux Codes', siteId);
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          sut.gql('mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken } }', { w: id, p: '000000' }, undefined, onTablet(tablet.deviceToken)),
        ),
      );
      const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
      const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from auth_failures where key = $1', [`pin:${tablet.id}:${id}`]);
      expect(n).toBeLessThanOrEqual(5);
      const notices = await sut.dataSource.query<{ user_id: string; n: number }[]>(
        `select user_id, count(*)::int as n from notifications where kind = 'worker_locked_out' and message like '%Course Aux Codes%' group by user_id`,
      );
      expect(notices.length).toBeGreaterThan(0);
      expect(notices.every((row) => row.n === 1)).toBe(true);
    });
  });

  describe('a stolen site pack yields no PINs (finding 8)', () => {
    it("seals the PIN hashes for the tablet's own key: the pack alone holds none, the tablet's key opens them", async () => {
      const siteId = await newSite('Chantier scellé');
      const tablet = await enrol(siteId);
      const id = await crewWorker('Scellé Sûr', siteId);
      // Before the device registers its key there is no pack to take.
      const early = await fetch(`${sut.url}/site-pack`, { headers: onTablet(tablet.deviceToken) });
      expect(early.status).toBe(409);
      expect(await early.json()).toMatchObject({ code: 'CONFLICT', reason: 'TABLET_KEY_MISSING' });
      const key = await registerTabletKey(sut, tablet.deviceToken);
      const res = await fetch(`${sut.url}/site-pack`, { headers: onTablet(tablet.deviceToken) });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(/argon2/);
      const manifest = JSON.parse(text) as SitePackManifest;
      expect(manifest.roster.find((w) => w.id === id)).toMatchObject({ hasPin: true });
      const hashes = openSealed(manifest.signIn, key);
      expect(hashes[id]).toMatch(/^\$argon2id\$v=19\$m=73728,p=1,t=2\$/);
      // Someone else's key (a copied device token) cannot take the tablet's place.
      await expect(registerTabletKey(sut, tablet.deviceToken)).rejects.toThrow(/CONFLICT/);
    });

    it('new PINs have six digits; a four-digit PIN set before still signs in until reset', async () => {
      const siteId = await newSite('Chantier six chiffres');
      const tablet = await enrol(siteId);
      const id = await crewWorker('Six Chiffres', siteId);
      const four = await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "4821") { id } }', { w: id }, manager);
      expect(four.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // A PIN from before: four digits, the older hash parameters.
      await sut.dataSource.query(`update memberships set pin_hash = $2 where user_id = $1 and role = 'worker'`, [id, await hashSecret('4821')]);
      await pinLogin(tablet.deviceToken, id, '4821');
    });

    it('a tablet enrolled before keys existed is asked to enrol again, once, and cannot register a key itself', async () => {
      const siteId = await newSite('Chantier ancien');
      const tablet = await enrol(siteId);
      await sut.dataSource.query(`update tablets set key_state = 'reenrol' where id = $1`, [tablet.id]);
      const res = await fetch(`${sut.url}/site-pack`, { headers: onTablet(tablet.deviceToken) });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ reason: 'TABLET_REENROL' });
      await expect(registerTabletKey(sut, tablet.deviceToken)).rejects.toThrow(/TABLET_REENROL|enrol it again/);
      const again = await enrol(siteId);
      await registerTabletKey(sut, again.deviceToken);
      expect((await fetch(`${sut.url}/site-pack`, { headers: onTablet(again.deviceToken) })).status).toBe(200);
    });
  });

  describe('oracles and reach (finding 10)', () => {
    it("revoking another organisation's invitation answers exactly as a random id", async () => {
      await addMember(sut.dataSource, 'oracle-b', 'oracle-b-manager@b.fr', 'manager');
      const bManager = await sut.login('oracle-b-manager@b.fr');
      const { id: bOrg } = await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'oracle-b'`);
      const created = await sut.gql<{ createInvitation: { id: string } }>(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }',
        { i: { organisationId: bOrg, email: 'someone@b.fr', role: 'trainer' } },
        bManager,
      );
      expect(created.errors).toBeUndefined();
      const theirs = await sut.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: created.data!.createInvitation.id }, manager);
      const random = await sut.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: randomUUID() }, manager);
      expect(theirs.errors?.[0]).toEqual(random.errors?.[0]);
      expect(random.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it("a worker on site A's tablet cannot list or download the building model of a site they are not crew of", async () => {
      const siteA = await newSite('Chantier A');
      const tablet = await enrol(siteA);
      const id = await crewWorker('Curieux Du Voisin', siteA);
      const { accessToken } = await pinLogin(tablet.deviceToken, id);
      const [model] = await sut.dataSource.query<{ id: string }[]>('select id from bim_models where site_id = $1 limit 1', [demoSiteId]);
      expect(model).toBeDefined();
      // The demo site's model is there for its own crew's staff…
      // As the 3D viewer asks (a browser navigation to /sites/… is the web app's page instead).
      const asViewer = (token: string) => ({ authorization: `Bearer ${token}`, accept: 'application/x-step, application/octet-stream' });
      const staff = await fetch(`${sut.url}/sites/${demoSiteId}/models/${model!.id}/file`, { headers: asViewer(manager) });
      expect(staff.status).toBe(200);
      await staff.arrayBuffer();
      // …not for a worker of another site of the same organisation.
      const list = await sut.gql('query($s: ID!) { siteModels(siteId: $s) { id } }', { s: demoSiteId }, accessToken);
      expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const file = await fetch(`${sut.url}/sites/${demoSiteId}/models/${model!.id}/file`, { headers: asViewer(accessToken) });
      expect(file.status).toBe(404);
      const geometry = await fetch(`${sut.url}/sites/${demoSiteId}/models/${model!.id}/geometry`, { headers: asViewer(accessToken) });
      expect(geometry.status).toBe(404);
      // Their own site still answers.
      expect((await sut.gql('query($s: ID!) { siteModels(siteId: $s) { id } }', { s: siteA }, accessToken)).errors).toBeUndefined();
    });
  });
});
