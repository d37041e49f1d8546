import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { querySingle } from '../../common/sql.js';

const ADD = 'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id displayName language trade email hasPin } invitation { email role } } }';
const WORKER_FIELDS = 'id displayName trade hasPin';

describe('workers, teams and crews (through /graphql on the real database)', () => {
  let sut: TestApp;
  let manager: string;
  let trainer: string;
  let siteId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
  });
  afterAll(() => sut.close());

  async function addWorker(displayName: string, extra: Record<string, unknown> = {}, token = manager) {
    const result = await sut.gql<{ addWorker: { worker: { id: string; hasPin: boolean; email: string | null } } }>(
      ADD,
      { i: { displayName, language: 'fr', trade: 'plaquiste', ...extra } },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.addWorker.worker;
  }

  it('a manager adds a worker without email; the worker has no PIN yet', async () => {
    const worker = await addWorker('Karim Benali');
    expect(worker).toMatchObject({ hasPin: false, email: null });
  });

  it('a trainer can add workers too', async () => {
    await expect(addWorker('Inès Moreau', { language: 'pt', trade: 'menuisier' }, trainer)).resolves.toBeTruthy();
  });

  it('a worker cannot add workers', async () => {
    const worker = await addWorker('Paulo Sousa');
    await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "482100") { id } }', { w: worker.id }, manager);
    const deviceToken = await enrol();
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [worker.id] }, manager);
    const login = await sut.gql<{ pinLogin: { accessToken: string } }>(
      'mutation($w: ID!) { pinLogin(workerId: $w, pin: "482100") { accessToken } }',
      { w: worker.id },
      undefined,
      { 'x-device-token': deviceToken },
    );
    const result = await sut.gql(ADD, { i: { displayName: 'X Y', language: 'fr', trade: 'x1' } }, login.data!.pinLogin.accessToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad worker input with BAD_USER_INPUT', async () => {
    const result = await sut.gql(ADD, { i: { displayName: 'A', language: 'french!', trade: 'x' } }, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adding an existing account by email invites that person instead of creating a second account or linking it', async () => {
    // A worker who moves from another employer keeps one account, and so one learning record, once they accept.
    const [mover] = await sut.dataSource.query<{ id: string }[]>(
      `insert into users (email, display_name) values ('mover@elsewhere.fr', 'Mehdi Mobile') returning id`,
    );
    const result = await sut.gql<{ addWorker: { worker: unknown; invitation: { email: string; role: string } } }>(
      ADD,
      { i: { displayName: 'Another Name', language: 'fr', trade: 'plaquiste', email: 'MOVER@elsewhere.fr' } },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.addWorker).toEqual({ worker: null, invitation: { email: 'mover@elsewhere.fr', role: 'worker' } });
    const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from memberships where user_id = $1', [mover!.id]);
    expect(n).toBe(0);
    const { accounts } = await querySingle<{ accounts: number }>(sut.dataSource, `select count(*)::int as accounts from users where email = 'mover@elsewhere.fr'`);
    expect(accounts).toBe(1);
  });

  it('adding by email someone already in the organisation is CONFLICT', async () => {
    const again = await sut.gql(ADD, { i: { displayName: 'Again', language: 'fr', trade: 'x1', email: 'trainer@fit.demo' } }, manager);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('sets a PIN (stored as argon2id) and refuses a PIN that is not 6 digits', async () => {
    const worker = await addWorker('Sophie Lambert');
    const bad = await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "12a4") { id } }', { w: worker.id }, manager);
    expect(bad.errors?.[0]).toMatchObject({ message: 'The PIN must be exactly 6 digits.', extensions: { code: 'BAD_USER_INPUT' } });
    const ok = await sut.gql<{ setWorkerPin: { hasPin: boolean } }>(
      'mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "258000") { hasPin } }',
      { w: worker.id },
      trainer,
    );
    expect(ok.data?.setWorkerPin.hasPin).toBe(true);
    const [row] = await sut.dataSource.query<{ pin_hash: string }[]>('select pin_hash from memberships where user_id = $1', [worker.id]);
    expect(row!.pin_hash).toMatch(/^\$argon2id\$/);
  });

  it('creates teams, sets their members and lists them with their workers', async () => {
    const a = await addWorker('Aline Team');
    const b = await addWorker('Bruno Team');
    const team = await sut.gql<{ createTeam: { id: string } }>('mutation { createTeam(name: "Équipe étanchéité") { id } }', {}, manager);
    const set = await sut.gql<{ setTeamMembers: { members: { displayName: string }[] } }>(
      `mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { members { ${WORKER_FIELDS} } } }`,
      { t: team.data!.createTeam.id, w: [b.id, a.id] },
      manager,
    );
    expect(set.data?.setTeamMembers.members.map((m) => m.displayName)).toEqual(['Aline Team', 'Bruno Team']);
    const list = await sut.gql<{ teams: { name: string; members: unknown[] }[] }>(`{ teams { name members { ${WORKER_FIELDS} } } }`, {}, trainer);
    expect(list.data?.teams.find((t) => t.name === 'Équipe étanchéité')?.members).toHaveLength(2);
    const dup = await sut.gql('mutation { createTeam(name: "Équipe étanchéité") { id } }', {}, manager);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a team member who is not a worker of the organisation, and an id that is not an id, with NOT_FOUND', async () => {
    const team = await sut.gql<{ createTeam: { id: string } }>('mutation { createTeam(name: "Équipe vide") { id } }', {}, manager);
    const me = await sut.gql<{ me: { id: string } }>('{ me { id } }', {}, manager);
    for (const ids of [[me.data!.me.id], ['not-a-uuid']]) {
      const result = await sut.gql('mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { id } }', { t: team.data!.createTeam.id, w: ids }, manager);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it("sets a site's crew; workers(siteId) lists only the crew; the badge sheet gives each a fit:badge QR payload", async () => {
    const a = await addWorker('Crew Alpha');
    const b = await addWorker('Crew Beta');
    await addWorker('Not In Crew');
    const crew = await sut.gql<{ setSiteCrew: { displayName: string }[] }>(
      'mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { displayName } }',
      { s: siteId, w: [a.id, b.id] },
      manager,
    );
    expect(crew.data?.setSiteCrew.map((w) => w.displayName)).toEqual(['Crew Alpha', 'Crew Beta']);
    const listed = await sut.gql<{ workers: { displayName: string }[] }>('query($s: ID) { workers(siteId: $s) { displayName } }', { s: siteId }, trainer);
    expect(listed.data?.workers.map((w) => w.displayName)).toEqual(['Crew Alpha', 'Crew Beta']);
    const sheet = await sut.gql<{ badgeSheet: { displayName: string; qrPayload: string }[] }>(
      'query($s: ID) { badgeSheet(siteId: $s) { displayName qrPayload } }',
      { s: siteId },
      manager,
    );
    expect(sheet.data?.badgeSheet).toEqual([
      { displayName: 'Crew Alpha', qrPayload: expect.stringMatching(/^fit:badge:[A-Za-z0-9_-]{20}$/) },
      { displayName: 'Crew Beta', qrPayload: expect.stringMatching(/^fit:badge:[A-Za-z0-9_-]{20}$/) },
    ]);
  });

  it('regenerating a badge changes its QR payload', async () => {
    const a = await addWorker('Badge Lost');
    const before = await sut.gql<{ badgeSheet: { workerId: string; qrPayload: string }[] }>('{ badgeSheet { workerId qrPayload } }', {}, manager);
    const after = await sut.gql<{ regenerateBadge: { qrPayload: string } }>('mutation($w: ID!) { regenerateBadge(workerId: $w) { qrPayload } }', { w: a.id }, manager);
    expect(after.data?.regenerateBadge.qrPayload).not.toBe(before.data?.badgeSheet.find((x) => x.workerId === a.id)?.qrPayload);
  });

  it("removing a worker ends the organisation's view of them but keeps their account", async () => {
    const a = await addWorker('Léo Départ');
    expect((await sut.gql('mutation($w: ID!) { removeWorker(workerId: $w) }', { w: a.id }, manager)).data).toEqual({ removeWorker: true });
    const list = await sut.gql<{ workers: { id: string }[] }>('{ workers { id } }', {}, manager);
    expect(list.data?.workers.map((w) => w.id)).not.toContain(a.id);
    const again = await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "111100") { id } }', { w: a.id }, manager);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [user] = await sut.dataSource.query<unknown[]>('select id from users where id = $1', [a.id]);
    expect(user).toBeTruthy();
  });

  async function enrol(): Promise<string> {
    const result = await sut.gql<{ enrolTablet: { deviceToken: string } }>(
      'mutation($s: ID!) { enrolTablet(siteId: $s, label: "Tablette test") { deviceToken } }',
      { s: siteId },
      manager,
    );
    return result.data!.enrolTablet.deviceToken;
  }
});
