import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const TERRITORY = 'id name codes';
const CREATE = `mutation($i: TerritoryInput!) { createTerritory(input: $i) { ${TERRITORY} } }`;
const UPDATE = `mutation($id: ID!, $i: TerritoryInput!) { updateTerritory(id: $id, input: $i) { ${TERRITORY} } }`;
const DELETE = `mutation($id: ID!) { deleteTerritory(id: $id) }`;
const TERRITORIES = `{ territories { ${TERRITORY} } }`;
const AGREEMENT = 'id company { id name } network { id name } startedAt endedAt';
const AGREEMENTS = `{ sharingAgreements { ${AGREEMENT} } }`;
const START = `mutation($n: ID!) { startSharing(networkOrganisationId: $n) { ${AGREEMENT} } }`;
const END = `mutation($id: ID!) { endSharing(id: $id) { ${AGREEMENT} } }`;

interface Agreement {
  id: string;
  company: { id: string; name: string };
  network: { id: string; name: string };
  endedAt: string | null;
}

describe('network bodies: territories and sharing agreements (through /graphql on the real database)', () => {
  let sut: TestApp;
  let facilitator: string;
  let planner: string;
  let manager: string;
  let networkId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    facilitator = await sut.login('facilitator@fit.demo');
    planner = await sut.login('planner@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const [network] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo-network'`);
    networkId = network!.id;
  });
  afterAll(() => sut.close());

  it('seeds the demo network body with its facilitator, planner, territory and the demo SME sharing with it', async () => {
    const territories = await sut.gql<{ territories: { name: string; codes: string[] }[] }>(TERRITORIES, {}, planner);
    expect(territories.errors).toBeUndefined();
    expect(territories.data!.territories).toEqual([expect.objectContaining({ name: 'Lyon Est' })]);
    expect(territories.data!.territories[0]!.codes).toContain('69383');
    const seen = await sut.gql<{ sharingAgreements: Agreement[] }>(AGREEMENTS, {}, facilitator);
    // The demo SME and the two SMEs of the social-clause demo.
    expect(seen.data!.sharingAgreements.map((a) => [a.company.name, a.endedAt]).sort()).toEqual([
      ['Bâtiment Est Lyonnais', null],
      ['Menuiserie Rhône Insertion', null],
      ['Rénovation Démo SARL', null],
    ]);
  });

  it('lets a facilitator create and edit a territory, with codes cleaned and checked', async () => {
    const created = await sut.gql<{ createTerritory: { id: string; codes: string[] } }>(
      CREATE,
      { i: { name: 'Corse du Sud', codes: ['2a004', '2A004', ' 200040715 '] } },
      facilitator,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTerritory.codes).toEqual(['2A004', '200040715']);
    const edited = await sut.gql<{ updateTerritory: { name: string } }>(
      UPDATE,
      { id: created.data!.createTerritory.id, i: { name: 'Ajaccio', codes: ['2A004'] } },
      facilitator,
    );
    expect(edited.data!.updateTerritory.name).toBe('Ajaccio');
    const removed = await sut.gql<{ deleteTerritory: boolean }>(DELETE, { id: created.data!.createTerritory.id }, facilitator);
    expect(removed.data!.deleteTerritory).toBe(true);
  });

  it('refuses a code that is not official, naming it, and a duplicate name in another case; saves nothing', async () => {
    const bad = await sut.gql(CREATE, { i: { name: 'Quelque part', codes: ['69383', '6938'] } }, facilitator);
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('6938:'),
      extensions: { code: 'BAD_USER_INPUT', field: 'codes', problem: 'badCode', value: '6938' },
    });
    const duplicate = await sut.gql(CREATE, { i: { name: 'LYON EST', codes: ['69383'] } }, facilitator);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const [count] = await sut.dataSource.query<{ n: string }[]>(`select count(*) as n from territories where name ilike 'quelque%'`);
    expect(count!.n).toBe('0');
  });

  it('keeps territories to network bodies and their writers: a planner reads only, a company has none', async () => {
    const byPlanner = await sut.gql(CREATE, { i: { name: 'Nord', codes: ['59350'] } }, planner);
    expect(byPlanner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await sut.login('admin@fit.demo');
    const bySmeAdmin = await sut.gql(CREATE, { i: { name: 'Nord', codes: ['59350'] } }, admin);
    expect(bySmeAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const smeTerritories = await sut.gql<{ territories: unknown[] }>(TERRITORIES, {}, admin);
    expect(smeTerritories.data!.territories).toEqual([]);
  });

  it('lets a company manager end sharing and start it again; the ended agreement stays on record', async () => {
    const [live] = (await sut.gql<{ sharingAgreements: Agreement[] }>(AGREEMENTS, {}, manager)).data!.sharingAgreements;
    const byFacilitator = await sut.gql(END, { id: live!.id }, facilitator);
    expect(byFacilitator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ended = await sut.gql<{ endSharing: Agreement }>(END, { id: live!.id }, manager);
    expect(ended.data!.endSharing.endedAt).not.toBeNull();
    const again = await sut.gql(END, { id: live!.id }, manager);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const restarted = await sut.gql<{ startSharing: Agreement }>(START, { n: networkId }, manager);
    expect(restarted.data!.startSharing).toMatchObject({ network: { id: networkId }, endedAt: null });
    const twice = await sut.gql(START, { n: networkId }, manager);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', problem: 'alreadySharing' });
    const all = (await sut.gql<{ sharingAgreements: Agreement[] }>(AGREEMENTS, {}, facilitator)).data!.sharingAgreements;
    expect(all.filter((a) => a.company.name === 'Rénovation Démo SARL').map((a) => a.endedAt === null)).toEqual([true, false]);
  });

  it('refuses to share with something that is not a network body', async () => {
    const [sme] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
    const result = await sut.gql(START, { n: sme!.id }, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
