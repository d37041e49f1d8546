import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEMO_TABLET, DEMO_WORKER_PIN, DEMO_WORKERS } from './demo-content.js';

describe('demo seed', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  const onTablet = { 'x-device-token': DEMO_TABLET.deviceToken };

  it("puts the demo workers in two teams and in the demo site's crew", async () => {
    const manager = await sut.login('manager@fit.demo');
    const teams = await sut.gql<{ teams: { name: string; members: unknown[] }[] }>('{ teams { name members { id } } }', {}, manager);
    expect(teams.data?.teams.map((t) => [t.name, t.members.length])).toEqual([
      ['Équipe isolation', 3],
      ['Équipe second œuvre', 4],
    ]);
    const crew = await sut.gql<{ tabletCrew: { displayName: string }[] }>('{ tabletCrew { displayName } }', {}, undefined, onTablet);
    expect(crew.data?.tabletCrew).toHaveLength(DEMO_WORKERS.length);
  });

  it('lets a newcomer sign a demo worker in on the demo tablet with the printed token and PIN', async () => {
    const crew = await sut.gql<{ tabletCrew: { id: string; displayName: string }[] }>('{ tabletCrew { id displayName } }', {}, undefined, onTablet);
    const julien = crew.data!.tabletCrew.find((c) => c.displayName === 'Julien Moreau')!;
    const result = await sut.gql<{ pinLogin: { me: { displayName: string; role: string } } }>(
      'mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { me { displayName role } } }',
      { w: julien.id, p: DEMO_WORKER_PIN },
      undefined,
      onTablet,
    );
    expect(result.data?.pinLogin.me).toEqual({ displayName: 'Julien Moreau', role: 'worker' });
  });

  it('makes the demo admin an admin of the demo network too, who can create organisations after switching', async () => {
    const admin = await sut.login('admin@fit.demo');
    const me = await sut.gql<{ me: { organisation: { slug: string }; memberships: { organisation: { id: string; slug: string } }[] } }>(
      '{ me { organisation { slug } memberships { organisation { id slug } } } }',
      {},
      admin,
    );
    expect(me.data?.me.organisation.slug).toBe('demo');
    const network = me.data!.me.memberships.find((m) => m.organisation.slug === 'demo-network')!;
    const switched = await sut.gql<{ switchOrganisation: { accessToken: string } }>(
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }',
      { o: network.organisation.id },
      admin,
    );
    const created = await sut.gql(
      'mutation { createOrganisation(input: { name: "Isolation Dupont", slug: "isolation-dupont", kind: "sme" }) { slug } }',
      {},
      switched.data!.switchOrganisation.accessToken,
    );
    expect(created.errors).toBeUndefined();
  });
});
