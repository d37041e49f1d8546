import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { todayAt } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { MEDIA_STORAGE } from '../media/media-storage.js';
import { DEMO_TABLET, DEMO_WORKER_PIN, DEMO_WORKERS } from './demo-content.js';
import { seedDemo } from './demo-seed.js';
import { demoTabletCode } from './demo-tablet-code.js';
import { queryRows, querySingle } from '../../common/sql.js';

describe('demo seed', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ demoWork: true });
  });
  afterAll(() => sut.close());

  const onTablet = { 'x-device-token': DEMO_TABLET.deviceToken };

  it("puts the demo workers in two teams and in the demo site's crew", async () => {
    const manager = await sut.login('manager@fit.demo');
    const teams = await sut.gql<{ teams: { name: string; members: unknown[] }[] }>('{ teams { name members { id } } }', {}, manager);
    expect(teams.data?.teams.map((t) => [t.name, t.members.length])).toEqual([
      ['Équipe isolation', 4],
      ['Équipe second œuvre', 5],
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

  describe('qualifications', () => {
    const PASSPORT = `query($w: ID) { passport(workerId: $w) { displayName
      qualifications { code state expiresAt } recognitions { fromQualification qualification coverage byAgreement } awards { qualification expired } } }`;
    type P = {
      passport: {
        qualifications: { code: string; state: string; expiresAt: string | null }[];
        recognitions: { fromQualification: string; qualification: string; coverage: string; byAgreement: boolean }[];
        awards: { qualification: string; expired: boolean }[];
      };
    };
    const passportOf = async (name: string) => {
      const manager = await sut.login('manager@fit.demo');
      const { id } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = $1`, [name]);
      const result = await sut.gql<P>(PASSPORT, { w: id }, manager);
      expect(result.errors).toBeUndefined();
      const p = result.data!.passport;
      return { ...p, state: (code: string) => p.qualifications.find((q) => q.code === code)?.state };
    };

    it('imports the demo reference framework with its three example schemes and agreement, mappings approved', async () => {
      const [fw] = await queryRows<{ code: string; ulos: number; schemes: number; agreements: number; waiting: number }>(
        sut.dataSource,
        `select f.code, (select count(*)::int from reference_ulos u where u.framework_id = f.id) as ulos,
                (select count(*)::int from qualification_schemes s where s.framework_id = f.id) as schemes,
                (select count(*)::int from bilateral_agreements a where a.framework_id = f.id and a.approved_at is not null) as agreements,
                (select count(*)::int from ulo_mappings m join qualification_schemes s on s.id = m.scheme_id where s.framework_id = f.id and m.approved_at is null) as waiting
           from qualification_frameworks f`,
      );
      expect(fw).toEqual({ code: 'fit-demo-energy-renovation', ulos: 29, schemes: 3, agreements: 1, waiting: 0 });
    });

    it('has workers at every stage: held, expiring, expired, in progress, nothing', async () => {
      const joao = await passportOf('João Ferreira');
      expect(joao.state('EXFR-Q1')).toBe('held');
      expect(joao.awards).toEqual([{ qualification: 'EXFR-Q1', expired: false }]);
      expect(joao.recognitions).toContainEqual({ fromQualification: 'EXFR-Q1', qualification: 'EXES-Q1', coverage: 'full', byAgreement: true });

      const claire = await passportOf('Claire Dubois');
      expect(claire.state('EXDE-Q2')).toBe('expiring');
      const expires = claire.qualifications.find((q) => q.code === 'EXDE-Q2')!.expiresAt!;
      expect(Date.parse(expires) - Date.now()).toBeLessThan(60 * 86_400_000);
      expect(claire.state('EXFR-Q2')).toBe('held');

      const sofia = await passportOf('Sofia García');
      expect(sofia.state('EXES-Q1')).toBe('expired');
      expect(sofia.awards).toContainEqual({ qualification: 'EXES-Q1', expired: true });

      expect((await passportOf('Mehdi Haddad')).state('EXES-Q1')).toBe('in_progress');
      expect((await passportOf('Lucas Petit')).state('EXFR-Q2')).toBe('in_progress');
      const julien = await passportOf('Julien Moreau');
      expect(julien.qualifications.every((q) => q.state === 'missing')).toBe(true);
      expect(julien.awards).toEqual([]);
    });

    it('seeds nothing twice when run again', async () => {
      const count = `select (select count(*) from xapi_statements) as statements, (select count(*) from qualification_awards) as awards,
                            (select count(*) from qualification_frameworks) as frameworks`;
      const before = await querySingle<{ statements: string; awards: string; frameworks: string }>(sut.dataSource, count);
      await seedDemo(sut.dataSource, { storage: sut.app.get(MEDIA_STORAGE), dataDir: sut.dataDir });
      expect(await querySingle(sut.dataSource, count)).toEqual(before);
    });
  });

  describe('work in hand on the first start', () => {
    const DAY = `{ myAssignments { dueOn status overdue createdAt progress { passedAt } moduleVersion { title { text } } } }`;
    interface Day {
      myAssignments: { dueOn: string; status: string; overdue: boolean; createdAt: string; progress: { passedAt: string | null } | null; moduleVersion: { title: { text: string } } }[];
    }
    // The demo site's calendar day (Europe/Paris), the clock its due dates and overdue flags follow.
    const today = () => todayAt('Europe/Paris');
    const workerToken = async (name: string) => {
      const crew = (await sut.gql<{ tabletCrew: { id: string; displayName: string }[] }>('{ tabletCrew { id displayName } }', {}, undefined, onTablet)).data!.tabletCrew;
      const id = crew.find((c) => c.displayName === name)!.id;
      const login = await sut.gql<{ pinLogin: { accessToken: string } }>(
        'mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken } }',
        { w: id, p: DEMO_WORKER_PIN },
        undefined,
        onTablet,
      );
      return login.data!.pinLogin.accessToken;
    };

    it('a worker has modules due today, overdue and next week', async () => {
      const day = (await sut.gql<Day>(DAY, {}, await workerToken('Julien Moreau'))).data!.myAssignments;
      expect(day).toHaveLength(3);
      expect(day.map((a) => a.status)).toEqual(['not_started', 'not_started', 'not_started']);
      expect(day.filter((a) => a.overdue)).toHaveLength(1);
      expect(day.some((a) => a.dueOn === today())).toBe(true);
      expect(day.some((a) => a.dueOn > today())).toBe(true);
    });

    it('an assignment of a version passed earlier shows the older pass (the "already passed on" rule)', async () => {
      const day = (await sut.gql<Day>(DAY, {}, await workerToken('Mehdi Haddad'))).data!.myAssignments;
      const etics = day.find((a) => a.status === 'passed')!;
      expect(new Date(etics.progress!.passedAt!).getTime()).toBeLessThan(new Date(etics.createdAt).getTime());
    });

    it('a failed attempt is there to try again, and a practical task waits for the trainer', async () => {
      const fatima = (await sut.gql<Day>(DAY, {}, await workerToken('Fatima Benali'))).data!.myAssignments;
      expect(fatima.map((a) => a.status)).toContain('failed');
      const lucas = (await sut.gql<Day>(DAY, {}, await workerToken('Lucas Petit'))).data!.myAssignments;
      expect(lucas.map((a) => a.status)).toEqual(['awaiting_sign_off']);
      const trainer = await sut.login('trainer@fit.demo');
      const pending = await sut.gql<{ pendingValidations: { workerName: string; review: string }[] }>(
        '{ pendingValidations { workerName review } }',
        {},
        trainer,
      );
      expect(pending.errors).toBeUndefined();
      expect(pending.data!.pendingValidations).toContainEqual(expect.objectContaining({ workerName: 'Lucas Petit', review: 'pending' }));
    });

    it('the demo site has a tender requirement, and managers, trainers and a worker have notifications', async () => {
      const manager = await sut.login('manager@fit.demo');
      const sites = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites;
      const tender = await sut.gql<{ tenderRequirements: { title: string }[] }>('query($s: ID!) { tenderRequirements(siteId: $s) { title } }', { s: sites[0]!.id }, manager);
      expect(tender.data?.tenderRequirements).toHaveLength(1);
      for (const token of [manager, await sut.login('trainer@fit.demo'), await workerToken('Julien Moreau')]) {
        const notes = await sut.gql<{ myNotifications: unknown[] }>('{ myNotifications { id } }', {}, token);
        expect(notes.data!.myNotifications.length).toBeGreaterThan(0);
      }
    });

    it('a second seed adds no second copy of the work', async () => {
      const before = await queryRows<{ n: number }>(sut.dataSource, 'select count(*)::int as n from assignments');
      await seedDemo(sut.dataSource, { storage: sut.app.get(MEDIA_STORAGE), dataDir: sut.dataDir });
      expect(await queryRows(sut.dataSource, 'select count(*)::int as n from assignments')).toEqual(before);
      expect(await queryRows(sut.dataSource, 'select count(*)::int as n from tender_requirements')).toEqual([{ n: 1 }]);
    });

    it('has one AFEST in progress and one signed and locked, and a second seed adds neither again', async () => {
      const trainer = await sut.login('trainer@fit.demo');
      const list = await sut.gql<{ afests: { workerName: string; lockedAt: string | null; sequences: { reflections: { language: string }[] }[]; evaluations: { review: string }[]; signatures: { role: string }[]; hours: { realisedHours: number } }[] }>(
        '{ afests { workerName lockedAt sequences { reflections { language } } evaluations { review } signatures { role } hours { realisedHours } } }',
        {},
        trainer,
      );
      const byName = new Map(list.data!.afests.map((a) => [a.workerName, a]));
      const inProgress = byName.get('João Ferreira')!;
      expect(inProgress.lockedAt).toBeNull();
      expect(inProgress.sequences).toHaveLength(2);
      expect(inProgress.sequences.flatMap((q) => q.reflections)).toEqual([{ language: 'pt' }]);
      expect(inProgress.evaluations.map((e) => e.review)).toEqual(['validated']);
      const complete = byName.get('Claire Dubois')!;
      expect(complete.lockedAt).not.toBeNull();
      expect(complete.signatures.map((x) => x.role)).toEqual(['worker', 'trainer']);
      expect(complete.hours.realisedHours).toBe(5.5);
      const count = 'select (select count(*) from afests)::int as a, (select count(*) from afest_sequences)::int as s';
      const before = await sut.dataSource.query<{ a: number; s: number }[]>(count);
      await seedDemo(sut.dataSource, { storage: sut.app.get(MEDIA_STORAGE), dataDir: sut.dataDir });
      expect(await sut.dataSource.query<{ a: number; s: number }[]>(count)).toEqual(before);
      expect(before).toEqual([{ a: 2, s: 4 }]);
    });

    it('prints a one-time code that sets up a demo site tablet', async () => {
      const issued = (await demoTabletCode(sut.dataSource))!;
      const result = await sut.gql<{ enrolTabletWithCode: { siteName: string } }>('mutation($c: String!) { enrolTabletWithCode(code: $c) { siteName } }', { c: issued.code });
      expect(result.data?.enrolTabletWithCode.siteName).toMatch(/Tilleuls/);
    });
  });
});
