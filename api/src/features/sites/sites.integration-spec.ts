import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { hashSecret } from '../identity/passwords.js';

const SITE_FIELDS = 'id name address startsOn endsOn timeZone client contractReference status closedAt';
const CREATE = `mutation($i: SiteInput!) { createSite(input: $i) { ${SITE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: SiteInput!) { updateSite(id: $id, input: $i) { ${SITE_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeSite(id: $id) { ${SITE_FIELDS} } }`;
const SITES = `query($s: SiteStatus) { sites(status: $s) { id name status } }`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface SiteAnswer {
  id: string;
  name: string;
  status: string;
  closedAt: string | null;
  client: string;
  contractReference: string | null;
  endsOn: string | null;
}

const input = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  address: '4 rue des Artisans, 69003 Lyon',
  startsOn: '2026-03-02',
  endsOn: '2026-10-30',
  timeZone: 'Europe/Paris',
  client: 'OPH Lyon Métropole',
  contractReference: 'MP-2026-014',
  ...extra,
});

describe('sites: create, edit, close (through /graphql on the real database)', () => {
  let sut: TestApp;
  let manager: string;
  let trainer: string;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    trainer = await sut.login('trainer@fit.demo');
  });
  afterAll(() => sut.close());

  const create = (name: string, extra: Record<string, unknown> = {}, token = manager) =>
    sut.gql<{ createSite: SiteAnswer }>(CREATE, { i: input(name, extra) }, token);
  const siteCount = async () => Number((await sut.dataSource.query<{ n: string }[]>('select count(*) as n from sites'))[0]!.n);

  it('lets a manager create a site with its address, dates, time zone, client and contract', async () => {
    const result = await create('Résidence Les Tilleuls');
    expect(result.errors).toBeUndefined();
    expect(result.data!.createSite).toMatchObject({
      name: 'Résidence Les Tilleuls',
      address: '4 rue des Artisans, 69003 Lyon',
      startsOn: '2026-03-02',
      endsOn: '2026-10-30',
      timeZone: 'Europe/Paris',
      client: 'OPH Lyon Métropole',
      contractReference: 'MP-2026-014',
      status: 'active',
      closedAt: null,
    });
    const listed = await sut.gql<{ sites: { name: string }[] }>(SITES, { s: 'active' }, manager);
    expect(listed.data!.sites.map((s) => s.name)).toContain('Résidence Les Tilleuls');
  });

  it('refuses an end before the start, on the end field, and saves nothing', async () => {
    const before = await siteCount();
    const result = await create('Chantier à l’envers', { startsOn: '2026-06-01', endsOn: '2026-05-31' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The end date cannot be before the start date.',
      extensions: { code: 'BAD_USER_INPUT', field: 'endsOn', problem: 'endBeforeStart' },
    });
    expect(await siteCount()).toBe(before);
  });

  it('refuses a time zone that does not exist, on the time zone field', async () => {
    const result = await create('Chantier hors du temps', { timeZone: 'Europe/Atlantis' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone', problem: 'unknownTimeZone' });
  });

  it('refuses a second site of the same name in the organisation, whatever its case, but not in another organisation', async () => {
    expect((await create('Gymnase Jean Macé')).errors).toBeUndefined();
    const again = await create('  gymnase jean macé ');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name', problem: 'duplicateName' });

    const other = await otherOrganisationManager('Other SME');
    expect((await create('Gymnase Jean Macé', {}, other)).errors).toBeUndefined();
  });

  it('edits a site, and refuses to rename it onto another one', async () => {
    const site = (await create('École Pasteur')).data!.createSite;
    const edited = await sut.gql<{ updateSite: SiteAnswer }>(UPDATE, { id: site.id, i: input('École Pasteur — bâtiment B', { endsOn: '2026-12-18', contractReference: '' }) }, manager);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateSite).toMatchObject({ name: 'École Pasteur — bâtiment B', endsOn: '2026-12-18', contractReference: null });
    const clash = await sut.gql(UPDATE, { id: site.id, i: input('Résidence Les Tilleuls') }, manager);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('lets only managers and admins of the organisation write sites', async () => {
    const byTrainer = await create('Chantier du formateur', {}, trainer);
    expect(byTrainer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const site = (await create('Halle Tony Garnier')).data!.createSite;
    const other = await otherOrganisationManager('Another SME');
    for (const [query, variables] of [
      [UPDATE, { id: site.id, i: input('Pris') }],
      [CLOSE, { id: site.id }],
    ] as const) {
      const answer = await sut.gql(query, variables, other);
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const theirs = await sut.gql<{ sites: { name: string }[] }>(SITES, {}, other);
    expect(theirs.data!.sites.map((s) => s.name)).not.toContain('Halle Tony Garnier');
  });

  it('closes a site: its tablets are refused, its open assignments end, its records stay readable, nothing new starts there', async () => {
    const site = (await create('Collège Jean Moulin')).data!.createSite;
    const enrolled = await sut.gql<{ enrolTablet: { deviceToken: string } }>(
      'mutation($s: ID!) { enrolTablet(siteId: $s, label: "Tablette vestiaire") { deviceToken } }',
      { s: site.id },
      manager,
    );
    const deviceToken = enrolled.data!.enrolTablet.deviceToken;
    const workers = await sut.gql<{ workers: { id: string }[] }>('{ workers { id } }', {}, manager);
    const crew = workers.data!.workers.slice(0, 2).map((w) => w.id);
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: site.id, w: crew }, manager);
    const modules = await sut.gql<{ modules: { latestPublished: { id: string } | null }[] }>('{ modules { latestPublished { id } } }', {}, manager);
    const versionId = modules.data!.modules.find((m) => m.latestPublished)!.latestPublished!.id;
    const assigned = await sut.gql<{ assignModule: { assigned: number } }>(
      'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }',
      { i: { moduleVersionId: versionId, siteId: site.id, dueOn: inDays(5) } },
      manager,
    );
    expect(assigned.data?.assignModule.assigned).toBe(2);
    const onTablet = { 'x-device-token': deviceToken };
    expect((await sut.gql('{ tabletCrew { id } }', {}, undefined, onTablet)).errors).toBeUndefined();

    const closed = await sut.gql<{ closeSite: SiteAnswer }>(CLOSE, { id: site.id }, manager);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeSite.status).toBe('closed');
    expect(closed.data!.closeSite.closedAt).not.toBeNull();

    const refused = await sut.gql('{ tabletCrew { id } }', {}, undefined, onTablet);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await sut.dataSource.query<{ state: string; closed_reason: string }[]>('select state, closed_reason from assignments where site_id = $1', [site.id]);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.state === 'closed' && r.closed_reason === 'site_closed')).toBe(true);

    // The site itself, its crew and its tablets stay readable to staff.
    expect((await sut.gql<{ sites: { name: string }[] }>(SITES, { s: 'closed' }, manager)).data!.sites.map((s) => s.name)).toEqual(['Collège Jean Moulin']);
    expect((await sut.gql<{ sites: { name: string }[] }>(SITES, { s: 'active' }, manager)).data!.sites.map((s) => s.name)).not.toContain('Collège Jean Moulin');
    const readable = await sut.gql<{ workers: unknown[]; tablets: { revokedAt: string | null }[] }>(
      'query($s: ID!) { workers(siteId: $s) { id } tablets(siteId: $s) { revokedAt } }',
      { s: site.id },
      manager,
    );
    expect(readable.data!.workers).toHaveLength(2);
    expect(readable.data!.tablets.every((t) => t.revokedAt !== null)).toBe(true);

    const newCode = await sut.gql('mutation($s: ID!) { createTabletEnrolmentCode(siteId: $s, label: "Autre") { code } }', { s: site.id }, manager);
    expect(newCode.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', problem: 'siteClosed' });
    const newAssignment = await sut.gql(
      'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }',
      { i: { moduleVersionId: versionId, siteId: site.id, dueOn: inDays(5) } },
      manager,
    );
    expect(newAssignment.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', problem: 'siteClosed' });
  });

  /** A manager of a fresh organisation, signed in. */
  async function otherOrganisationManager(name: string): Promise<string> {
    const [org] = await sut.dataSource.query<{ id: string }[]>(`insert into organisations (slug, name, kind) values ($1, $2, 'sme') returning id`, [
      name.toLowerCase().replace(/\s+/g, '-'),
      name,
    ]);
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`;
    const [user] = await sut.dataSource.query<{ id: string }[]>(
      'insert into users (email, display_name, password_hash) values ($1, $2, $3) returning id',
      [email, name, await hashSecret('fit-demo')],
    );
    await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager')`, [user!.id, org!.id]);
    return sut.login(email);
  }
});
