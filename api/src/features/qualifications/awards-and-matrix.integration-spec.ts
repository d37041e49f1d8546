// Awards kept current without anyone looking (after a sync, and the daily expiry), the matrix's round trips for any
// crew size, and GET /qualifications/matrix.csv, on the real database with the demo seed.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { FIT_ACCOUNT_HOMEPAGE, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { countQueries } from '../../test-support/count-queries.js';
import { jobsSettled } from '../../test-support/jobs-settled.js';

/** The quietest of three runs: the job queue's background poll shares the pool and must not flip the count. */
async function quietest<T>(count: () => Promise<{ result: T; queries: number }>) {
  const runs = [await count(), await count(), await count()];
  return runs.reduce((a, b) => (b.queries < a.queries ? b : a));
}
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { QualificationsService } from './qualifications.service.js';
import { queryRows, querySingle } from '../../common/sql.js';

jest.setTimeout(90_000);

const awardsOf = (sut: TestApp, userId: string) =>
  sut.dataSource.query<{ code: string; expired: boolean }[]>(
    `select q.code, a.expired_at is not null as expired from qualification_awards a join scheme_qualifications q on q.id = a.qualification_id
      where a.user_id = $1 order by q.code`,
    [userId],
  );

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('awards and the team matrix', () => {
  let sut: TestApp;
  let manager: string;
  let organisationId: string;
  const versions = new Map<string, string>();

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    organisationId = (await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo'`)).id;
    for (const r of await sut.dataSource.query<{ slug: string; id: string }[]>(
      `select m.slug, v.id from learning_modules m join module_versions v on v.module_id = m.id where m.organisation_id = $1 and v.status = 'published'`,
      [organisationId],
    ))
      versions.set(r.slug, r.id);
  }, 90_000);
  afterAll(() => sut.close());

  it("a tablet sync that completes a qualification awards it once the trainer's validations sync, with nobody opening the worker's passport", async () => {
    const workerId = await addWorker(sut.dataSource, 'Nadia Sync', 'nadia@fit.demo');
    const token = await sut.login('nadia@fit.demo');
    // EXFR-Q2 needs two of: airtightness (AIR-01, AIR-02), ventilation, products (EPB-01, EPB-02). The modules have a
    // practical step, so each counts once a trainer validated it on site.
    const batch = ['airtight-window-joints', 'reading-energy-labels'].map((slug) =>
      statementBy(workerId, VERB.passed, moduleVersionActivity(versions.get(slug)!), { result: { success: true, completion: true } }),
    );
    const res = await xapiClient(sut.url, `Bearer ${token}`)('POST', '', batch, { 'x-fit-device-id': 'tablet-1', 'x-fit-device-time': new Date().toISOString() });
    expect(res.status).toBe(200);
    await jobsSettled(sut.dataSource);
    expect(await awardsOf(sut, workerId)).toEqual([]);
    const trainer = await sut.login('trainer@fit.demo');
    const [me] = await sut.dataSource.query<{ id: string }[]>(`select id from users where email = 'trainer@fit.demo'`);
    const validations = batch.map((passed) =>
      statementBy(me!.id, FIT_VERBS.validated, passed.object.id, {
        result: { success: true },
        context: {
          statement: { objectType: 'StatementRef', id: passed.id },
          extensions: { [FIT_EXTENSIONS.learner]: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId } } },
          contextActivities: { parent: [{ objectType: 'Activity', id: passed.object.id }] },
        },
      }),
    );
    const sent = Date.now();
    expect((await xapiClient(sut.url, `Bearer ${trainer}`)('POST', '', validations)).status).toBe(200);
    const awards = await eventually(() => awardsOf(sut, workerId), (a) => a.length > 0);
    expect(awards).toEqual([{ code: 'EXFR-Q2', expired: false }]);
    expect(Date.now() - sent).toBeLessThan(15_000);
    // One job per batch, completed.
    const jobs = await queryRows<{ state: string; data: unknown }>(sut.dataSource, `select state, data from pgboss.job where name = 'learning-records.statements-added' and data->'userIds' ? $1`, [workerId]);
    expect(jobs).toContainEqual(expect.objectContaining({ state: 'completed', data: { userIds: [workerId] } }));
  });

  it('statements about activities that are not FIT module versions queue no awards job (they change no award)', async () => {
    const workerId = await addWorker(sut.dataSource, 'Omar Elsewhere', 'omar@fit.demo');
    const token = await sut.login('omar@fit.demo');
    const batch = [statementBy(workerId, VERB.passed, 'https://example.org/courses/other-lms/1', { result: { success: true, completion: true } })];
    const res = await xapiClient(sut.url, `Bearer ${token}`)('POST', '', batch, { 'x-fit-device-id': 'tablet-1', 'x-fit-device-time': new Date().toISOString() });
    expect(res.status).toBe(200);
    const { progress } = await querySingle<{ progress: number }>(sut.dataSource, `select count(*)::int as progress from learning_progress where user_id = $1`, [workerId]);
    expect(progress).toBe(1);
    const jobs = await queryRows<{ id: string }>(sut.dataSource, `select id from pgboss.job where name = 'learning-records.statements-added' and data->'userIds' ? $1`, [workerId]);
    expect(jobs).toEqual([]);
  });

  it('the daily run expires what has run out; the seeded expired award stays expired', async () => {
    const sofia = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'Sofia García'`);
    // Her envelope work was validated on site over four years ago: EXES-Q1 (36 months) and EXFR-Q1 (48 months) ran out.
    expect(await awardsOf(sut, sofia.id)).toEqual([{ code: 'EXES-Q1', expired: true }, { code: 'EXFR-Q1', expired: true }]);
    const claire = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'Claire Dubois'`);
    // Two years on, Claire's building physics certificate (24 months) has run out.
    const service = sut.app.get(QualificationsService);
    const later = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(await service.expireAwards(later)).toBeGreaterThanOrEqual(1);
    expect(await awardsOf(sut, claire.id)).toEqual(expect.arrayContaining([{ code: 'EXDE-Q2', expired: true }]));
  });

  it('teamMatrix sends the same number of SQL statements for 10 workers as for 60', async () => {
    const service = sut.app.get(QualificationsService);
    const org = await addMember(sut.dataSource, 'matrix-org', 'boss@matrix.test', 'manager');
    const viewer = { userId: 'x', organisationId: org, role: 'manager' as const };
    const hire = async (n: number, from: number) => {
      for (let i = from; i < from + n; i++) {
        const u = await querySingle<{ id: string }>(sut.dataSource, `insert into users (display_name, language) values ($1, 'fr') returning id`, [`Matrice ${i}`]);
        await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [u.id, org]);
        await sut.dataSource.query(
          `insert into learning_progress (user_id, activity_id, attempts, first_at, last_at, completed_at, passed_at, statement_count) values ($1, $2, 1, now(), now(), now(), now(), 1)`,
          [u.id, moduleVersionActivity(versions.get(i % 2 ? 'etics-fixing-thermal-bridges' : 'airtight-window-joints')!)],
        );
      }
    };
    await hire(10, 0);
    await service.teamMatrix(viewer); // a connection's first use adds statements of its own
    const ten = await quietest(() => countQueries(sut.dataSource, () => service.teamMatrix(viewer)));
    await hire(50, 10);
    const sixty = await quietest(() => countQueries(sut.dataSource, () => service.teamMatrix(viewer)));
    expect([ten.result.workers.length, sixty.result.workers.length]).toEqual([10, 60]);
    expect(sixty.queries).toBe(ten.queries);
    expect(sixty.queries).toBeLessThanOrEqual(3);
    // The compact rows carry the same cells as the entries, in the order of the qualifications.
    const m = sixty.result;
    const entry = new Map(m.entries.map((e) => [`${e.workerId} ${e.qualificationCode}`, e.status]));
    for (const row of m.rows) row.statuses.forEach((s, i) => expect(entry.get(`${row.workerId} ${m.qualifications[i]!.code}`)).toBe(s));
  });

  describe('GET /qualifications/matrix.csv', () => {
    const get = (query: string, token?: string) => fetch(`${sut.url}/qualifications/matrix.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it("downloads the organisation's matrix as a CSV file", async () => {
      const res = await get('?scheme=EX-DE-EEB&lang=en', manager);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="team-matrix-\d{4}-\d{2}-\d{2}\.csv"$/);
      const text = await res.text();
      expect(text.split('\n')[0]).toBe('Worker,EXDE-Q1,EXDE-Q2,EXDE-Q3');
      expect(text).toMatch(/Claire Dubois,[^,]*,Expires soon \d{4}-\d{2}-\d{2},/);
    });

    it("speaks the manager's language by default (French), with ISO dates and plain digits, and refuses another language", async () => {
      const text = await (await get('?scheme=EX-DE-EEB', manager)).text();
      expect(text.split('\n')[0]).toBe('Ouvrier,EXDE-Q1,EXDE-Q2,EXDE-Q3');
      expect(text).toMatch(/Claire Dubois,[^,]*,Expire bientôt \d{4}-\d{2}-\d{2},/);
      expect(text).not.toMatch(/\b(held|expiring|expired|in_progress|missing)\b/);
      expect(text).toMatch(/Pas commencée/);
      expect(text).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
      const english = await (await get('?scheme=EX-DE-EEB&lang=en', manager)).text();
      expect(english).toMatch(/Not started/);
      const refused = await get('?lang=de', manager);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('lang must be fr or en');
    });

    it('filters by site and team, with empty parameters meaning no filter', async () => {
      const site = await querySingle<{ id: string }>(sut.dataSource, `select id from sites where organisation_id = $1`, [organisationId]);
      const team = await querySingle<{ id: string }>(sut.dataSource, `select id from teams where organisation_id = $1 and name = 'Équipe isolation'`, [organisationId]);
      const bySite = await (await get(`?siteId=${site.id}&teamId=&scheme=`, manager)).text();
      expect(bySite).toContain('João Ferreira');
      const byTeam = await (await get(`?teamId=${team.id}`, manager)).text();
      expect(byTeam).toContain('Mehdi Haddad');
      expect(byTeam).not.toContain('João Ferreira');
    });

    it('needs a staff token of the organisation: none is 401, a worker is 403, another organisation’s site is 404', async () => {
      expect((await get('')).status).toBe(401);
      await addWorker(sut.dataSource, 'Plain Worker', 'plain@fit.demo');
      expect((await get('', await sut.login('plain@fit.demo'))).status).toBe(403);
      const other = await addMember(sut.dataSource, 'csv-other', 'boss@csv-other.test', 'manager');
      const otherSite = await querySingle<{ id: string }>(sut.dataSource, `insert into sites (organisation_id, name) values ($1, 'Autre chantier') returning id`, [other]);
      const res = await get(`?siteId=${otherSite.id}`, manager);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Autre chantier');
      // The other organisation's manager sees their own (empty) crew, never the demo's workers.
      const theirs = await (await get('', await sut.login('boss@csv-other.test'))).text();
      expect(theirs).not.toContain('Claire Dubois');
    });
  });
});
