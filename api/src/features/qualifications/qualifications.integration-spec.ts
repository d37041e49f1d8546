// Skills framework through /graphql on the real database: import, approval, passports, awards, expiry, the team matrix.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { computePassport, moduleVersionActivity, type PassportCatalogue, type UloEvidence } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { countQueries } from '../../test-support/count-queries.js';
import { moduleContent } from '../../test-support/module-content.js';
import { jobsSettled } from '../../test-support/jobs-settled.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { QualificationsService } from './qualifications.service.js';
import { queryRows, querySingle } from '../../common/sql.js';

// Boots an app and seeds dozens of workers: give it more than the 5 s default on a busy machine.
jest.setTimeout(60_000);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const FIXTURE = readFileSync(resolve(REPO, '../shared/fixtures/frameworks/reference-framework.json'), 'utf8');

const IMPORT = 'mutation($j: String!) { importFramework(json: $j) { code version ulos schemes qualifications mappings agreements tasks } }';
const PASSPORT = `query($w: ID) { passport(workerId: $w) {
  displayName ulos { code state expiresAt knowledge skills autonomy evidence { moduleId } }
  tasks { code percent ready heldUlos missingUlos nextModules professions { name } }
  qualifications { scheme code state percent missingUlos nextModules expiresAt }
  recognitions { fromQualification scheme qualification coverage percent missingUlos }
  awards { qualification awardedAt expiresAt expired } } }`;
const MATRIX = `query($s: String, $t: ID) { teamMatrix(schemeCode: $s, teamId: $t) {
  workers { id displayName } qualifications { code } entries { workerId qualificationCode status percent expiresAt } } }`;

interface PassportData {
  passport: {
    displayName: string;
    ulos: { code: string; state: string; expiresAt: string | null; knowledge: string[]; skills: string[]; autonomy: string[] }[];
    tasks: { code: string; percent: number; ready: boolean; heldUlos: string[]; missingUlos: string[]; nextModules: string[]; professions: { name: string }[] }[];
    qualifications: { code: string; state: string; percent: number; missingUlos: string[]; nextModules: string[]; expiresAt: string | null }[];
    recognitions: { fromQualification: string; scheme: string; qualification: string; coverage: string; percent: number }[];
    awards: { qualification: string; expired: boolean; expiresAt: string | null }[];
  };
}

describe(QualificationsService.name, () => {
  let sut: TestApp;
  let admin: string;
  let manager: string;
  let trainer: string;
  const versions = { airAndBridges: '', ventilation: '' };

  const publishModule = async (slug: string, outcomes: string[]) => {
    const created = await sut.gql<{ createModule: { id: string } }>(
      'mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }',
      // These modules count as soon as they are done: on-site validation has its own tests (forgery suite, validations).
      { i: { slug, content: moduleContent({ outcomes, practicalRequiredForAward: false }) } },
      trainer,
    );
    const published = await sut.gql<{ publishModule: { latestPublished: { id: string } } }>(
      'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }',
      { id: created.data!.createModule.id },
      trainer,
    );
    return published.data!.publishModule.latestPublished.id;
  };
  const pass = async (workerId: string, token: string, versionId: string) => {
    const s = statementBy(workerId, VERB.passed, moduleVersionActivity(versionId), { result: { success: true, completion: true, score: { scaled: 1 } } });
    expect((await xapiClient(sut.url, `Bearer ${token}`)('POST', '', s)).status).toBe(200);
  };
  /** Progress made long ago, written straight into the projection (the ledger refuses timestamps that far back). */
  const passedOn = (workerId: string, versionId: string, at: string) =>
    queryRows(
      sut.dataSource,
      `insert into learning_progress (user_id, activity_id, attempts, first_at, last_at, completed_at, passed_at, statement_count)
       values ($1, $2, 1, $3, $3, $3, $3, 1)`,
      [workerId, moduleVersionActivity(versionId), at],
    );
  const approveAll = async (scheme: string, units?: string[]) => {
    const mappings = await sut.gql<{ uloMappings: { id: string; schemeUnit: string }[] }>('query($s: String) { uloMappings(schemeCode: $s) { id schemeUnit } }', { s: scheme }, admin);
    for (const m of mappings.data!.uloMappings.filter((x) => !units || units.includes(x.schemeUnit)))
      expect((await sut.gql('mutation($id: ID!) { approveUloMapping(id: $id) { approved } }', { id: m.id }, admin)).errors).toBeUndefined();
  };
  const passport = async (token: string, workerId?: string) => sut.gql<PassportData>(PASSPORT, { w: workerId ?? null }, token);

  beforeAll(async () => {
    sut = await startTestApp();
    [admin, manager, trainer] = await Promise.all([sut.login('admin@fit.demo'), sut.login('manager@fit.demo'), sut.login('trainer@fit.demo')]);
    // IE-U01 maps (fully) onto CC-01, AT-01, TB-01 and VE-01.
    versions.airAndBridges = await publishModule('q-air-bridges', ['ULO-CC-01', 'ULO-AT-01', 'ULO-TB-01']);
    versions.ventilation = await publishModule('q-ventilation', ['ULO-VE-01']);
  }, 60_000);
  afterAll(() => sut.close());

  describe('import', () => {
    it('rejects a file with bad rows, saying which row and why, and imports nothing at all', async () => {
      const file = JSON.parse(FIXTURE);
      file.schemes[0].mapping[2].referenceUlo = 'ULO-NOPE-99';
      file.schemes[1].qualifications[0].requires = { all: ['DE-U99'] };
      file.ulos[3].eqfLevel = 12;
      const count = 'select (select count(*) from qualification_frameworks) + (select count(*) from reference_ulos) as n';
      const { n: before } = await querySingle<{ n: string }>(sut.dataSource, count);
      const result = await sut.gql(IMPORT, { j: JSON.stringify(file) }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errors: expect.arrayContaining([
          { path: 'schemes[0].mapping[2].referenceUlo', message: '"ULO-NOPE-99" is not a ULO of this framework' },
          { path: 'schemes[1].qualifications[0].requires', message: expect.stringContaining('DE-U99') },
          { path: 'ulos[3].eqfLevel', message: expect.stringContaining('EQF level') },
        ]),
      });
      const { n } = await querySingle<{ n: string }>(sut.dataSource, count);
      expect(n).toBe(before);
    });

    it('refuses what is not JSON, and refuses anyone but an admin', async () => {
      expect((await sut.gql(IMPORT, { j: '{ nope' }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await sut.gql(IMPORT, { j: FIXTURE }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('imports the test framework in one go, refuses the same version twice, and exports it back', async () => {
      const result = await sut.gql(IMPORT, { j: FIXTURE }, admin);
      expect(result.data).toEqual({ importFramework: { code: 'eu-ref-energy-renovation', version: '0.1.0-demo', ulos: 37, schemes: 4, qualifications: 15, mappings: 98, agreements: 0, tasks: 23 } });
      expect((await sut.gql(IMPORT, { j: FIXTURE }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const exported = JSON.parse((await sut.gql<{ exportFramework: string }>('{ exportFramework }', {}, admin)).data!.exportFramework);
      expect(exported.ulos).toHaveLength(37);
      expect(exported.schemes.find((s: { id: string }) => s.id === 'DE-HWK').qualifications.find((q: { id: string }) => q.id === 'DE-Q4').requires).toEqual({
        nOf: 3,
        ulos: ['DE-U01', 'DE-U02', 'DE-U07', 'DE-U08'],
      });
    });

    it('still names the ULOs of the earlier framework that the new one lacks, so modules bound to them read in words', async () => {
      const res = await sut.gql<{ frameworkUlos: { code: string }[]; retiredUlos: { code: string; title: string; titleFr: string | null }[] }>(
        '{ frameworkUlos { code } retiredUlos { code title titleFr } }',
        {},
        manager,
      );
      expect(res.errors).toBeUndefined();
      const active = new Set(res.data!.frameworkUlos.map((u) => u.code));
      const retired = res.data!.retiredUlos;
      // The demo's ULO-AIR-02 is not in the imported framework: named from the demo version; codes both share are not.
      expect(retired.find((u) => u.code === 'ULO-AIR-02')).toEqual({
        code: 'ULO-AIR-02',
        title: 'Seal window and door joints (tapes, membranes)',
        titleFr: 'Rendre étanches les joints des menuiseries (bandes, membranes)',
      });
      expect(retired.filter((u) => active.has(u.code))).toEqual([]);
      expect(new Set(retired.map((u) => u.code)).size).toBe(retired.length);
    });
  });

  describe('awards', () => {
    let worker: { id: string; token: string };

    beforeAll(async () => {
      const id = await addWorker(sut.dataSource, 'Inès Murphy', 'ines@fit.demo');
      worker = { id, token: await sut.login('ines@fit.demo') };
      await pass(id, worker.token, versions.airAndBridges);
      // The sync queues an award refresh; let it run now, not halfway through the approvals below.
      await jobsSettled(sut.dataSource);
    });

    it('counts nothing until an admin approves the mappings', async () => {
      const ieQ1 = (await passport(worker.token)).data!.passport.qualifications.find((q) => q.code === 'IE-Q1');
      expect(ieQ1).toMatchObject({ state: 'missing', percent: 0 });
      expect((await sut.gql('mutation($id: ID!) { approveUloMapping(id: $id) { approved } }', { id: '00000000-0000-4000-8000-000000000000' }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('shows the share held, what is missing and the module that closes the gap', async () => {
      await approveAll('IE-NZEB');
      const data = (await passport(worker.token)).data!.passport;
      const ieQ1 = data.qualifications.find((q) => q.code === 'IE-Q1')!;
      expect(ieQ1).toMatchObject({ state: 'in_progress', percent: 75, missingUlos: ['ULO-VE-01'] });
      expect(ieQ1.nextModules).toHaveLength(1);
      expect(data.awards).toEqual([]);
      expect(data.ulos.map((u) => u.code).sort()).toEqual(['ULO-AT-01', 'ULO-CC-01', 'ULO-TB-01']);
      expect(data.ulos.find((u) => u.code === 'ULO-AT-01')!.knowledge[0]).toMatch(/air leakage/);
      // Tasks on site: the most advanced first, with what is missing; none is fully ready yet.
      expect(data.tasks).toHaveLength(23);
      const [first] = data.tasks;
      expect(first).toMatchObject({ code: 'T-01', percent: 66, ready: false, heldUlos: ['ULO-TB-01', 'ULO-CC-01'], missingUlos: ['ULO-EA-01'] });
      expect(first?.professions.map((p) => p.name)).toContain('site manager');
    });

    it('does not count a module finished with a failed quiz', async () => {
      const activity = moduleVersionActivity(versions.ventilation);
      const result = { result: { success: false, completion: true, score: { scaled: 0.2 } } };
      const statements = [statementBy(worker.id, VERB.completed, activity, result), statementBy(worker.id, VERB.failed, activity, result)];
      expect((await xapiClient(sut.url, `Bearer ${worker.token}`)('POST', '', statements)).status).toBe(200);
      await jobsSettled(sut.dataSource);
      const data = (await passport(worker.token)).data!.passport;
      expect(data.qualifications.find((q) => q.code === 'IE-Q1')).toMatchObject({ state: 'in_progress', percent: 75, missingUlos: ['ULO-VE-01'] });
      expect(data.ulos.map((u) => u.code)).not.toContain('ULO-VE-01');
    });

    it('awards the qualification once the last ULO is met, and shows what it is worth in the other schemes', async () => {
      await pass(worker.id, worker.token, versions.ventilation);
      await approveAll('FR-RGE');
      const data = (await passport(worker.token)).data!.passport;
      expect(data.qualifications.find((q) => q.code === 'IE-Q1')).toMatchObject({ state: 'held', percent: 100, expiresAt: null });
      expect(data.awards).toEqual([{ qualification: 'IE-Q1', expired: false, expiresAt: null }].map((a) => expect.objectContaining(a)));
      expect(data.recognitions).toContainEqual(expect.objectContaining({ fromQualification: 'IE-Q1', scheme: 'FR-RGE', qualification: 'FR-Q1', coverage: 'partial', percent: 37 }));
      // Read again: the award is stored once.
      await passport(worker.token);
      const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from qualification_awards where user_id = $1', [worker.id]);
      expect(n).toBe(1);
    });
    it('gives the tablet what the shared engine computes the very same passport from', async () => {
      const INPUTS = `query { passportInputs { workerId today catalogue evidence { ulo moduleId completedAt passedAt validatedAt validationRequired }
        modules { moduleId versionId outcomes startable } awards { qualification } } }`;
      type Inputs = {
        workerId: string;
        today: string;
        catalogue: PassportCatalogue;
        evidence: UloEvidence[];
        modules: { moduleId: string; versionId: string; outcomes: string[]; startable: boolean }[];
        awards: { qualification: string }[];
      };
      const inputs = (await sut.gql<{ passportInputs: Inputs }>(INPUTS, {}, worker.token)).data!.passportInputs;
      expect(inputs.workerId).toBe(worker.id);
      expect(inputs.modules.some((m) => m.versionId === versions.ventilation && m.startable)).toBe(true);
      const moduleUlos = Object.fromEntries(inputs.modules.filter((m) => m.startable).map((m) => [m.moduleId, m.outcomes]));
      const view = computePassport({ catalogue: inputs.catalogue, evidence: inputs.evidence, moduleUlos }, inputs.today);
      const server = (await passport(worker.token)).data!.passport;
      expect(view.qualifications.map((q) => [q.qualification, q.state, q.percent, q.missingUlos, q.nextModules])).toEqual(
        server.qualifications.map((q) => [q.code, q.state, q.percent, q.missingUlos, q.nextModules]),
      );
      expect(view.ulos.map((u) => [u.code, u.state, u.expiresAt])).toEqual(server.ulos.map((u) => [u.code, u.state, u.expiresAt]));
      expect(view.recognitions.map((r) => [r.scheme, r.qualification, r.coverage, r.percent])).toEqual(
        server.recognitions.map((r) => [r.scheme, r.qualification, r.coverage, r.percent]),
      );
      expect(inputs.awards.map((a) => a.qualification)).toEqual(server.awards.map((a) => a.qualification));
      expect(view.tasks.map((t) => [t.code, t.percent, t.ready, t.nextModules])).toEqual(server.tasks.map((t) => [t.code, t.percent, t.ready, t.nextModules]));
    });
  });

  describe('expiry', () => {
    it('marks a qualification expired, and its award too, once the validity has run out', async () => {
      await approveAll('FR-RGE');
      const id = await addWorker(sut.dataSource, 'Old Timer', 'old@fit.demo');
      // FR-Q1 (48 months, no on-site validation) needs FR-U01, U02, U09, U10: passed in 2020, held then, expired now.
      const uloOfUnit = await sut.dataSource.query<{ ulo: string }[]>(
        `select distinct m.ulo from ulo_mappings m join qualification_schemes s on s.id = m.scheme_id where s.code = 'FR-RGE' and m.scheme_unit in ('FR-U01', 'FR-U02', 'FR-U09', 'FR-U10')`,
      );
      const old = await publishModule('q-old', uloOfUnit.map((r) => r.ulo));
      await passedOn(id, old, '2020-03-01T10:00:00Z');
      const oldToken = await sut.login('old@fit.demo');
      const data = (await passport(oldToken)).data!.passport;
      expect(data.qualifications.find((q) => q.code === 'FR-Q1')).toMatchObject({ state: 'expired', expiresAt: '2024-03-01' });
      // An award made while it was held is expired by the daily run.
      await sut.dataSource.query(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
         select $1, q.id, '2020-03-01', '2024-03-01', '[]' from scheme_qualifications q join qualification_schemes s on s.id = q.scheme_id where q.code = 'FR-Q1' and s.code = 'FR-RGE'`,
        [id],
      );
      expect(await sut.app.get(QualificationsService).expireAwards()).toBeGreaterThanOrEqual(1);
      expect((await passport(oldToken)).data!.passport.awards.find((a) => a.qualification === 'FR-Q1')).toMatchObject({ expired: true });
    });
  });

  describe('who sees a passport', () => {
    let mover: { id: string; token: string };

    beforeAll(async () => {
      const id = await addWorker(sut.dataSource, 'Paulo Mover', 'paulo@fit.demo');
      mover = { id, token: await sut.login('paulo@fit.demo') };
      await pass(id, mover.token, versions.airAndBridges);
    });

    it("staff see a member's passport; a worker sees only their own", async () => {
      expect((await passport(manager, mover.id)).data?.passport.displayName).toBe('Paulo Mover');
      const other = await addWorker(sut.dataSource, 'Nosy Worker', 'nosy@fit.demo');
      expect(other).toBeTruthy();
      const nosy = await sut.login('nosy@fit.demo');
      expect((await passport(nosy, mover.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('follows the worker to a new employer; the old one no longer sees it', async () => {
      const before = (await passport(manager, mover.id)).data!.passport.ulos.map((u) => u.code);
      expect((await sut.gql('mutation($w: ID!) { removeWorker(workerId: $w) }', { w: mover.id }, manager)).errors).toBeUndefined();
      const newOrg = await addMember(sut.dataSource, 'new-employer', 'boss@new.fr', 'manager');
      await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [mover.id, newOrg]);
      const newBoss = await sut.login('boss@new.fr');
      expect((await passport(newBoss, mover.id)).data!.passport.ulos.map((u) => u.code)).toEqual(before);
      expect((await passport(manager, mover.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('team matrix', () => {
    it('gives each worker and qualification once, one entry per cell, in CSV too', async () => {
      const result = await sut.gql<{ teamMatrix: { workers: { id: string; displayName: string }[]; qualifications: { code: string }[]; entries: { status: string }[] } }>(
        MATRIX,
        { s: 'IE-NZEB' },
        manager,
      );
      const m = result.data!.teamMatrix;
      expect(m.qualifications.map((q) => q.code)).toEqual(['IE-Q1', 'IE-Q2', 'IE-Q3', 'IE-Q4']);
      expect(m.entries).toHaveLength(m.workers.length * 4);
      expect(m.entries).toContainEqual(expect.objectContaining({ qualificationCode: 'IE-Q1', status: 'held' }));
      // The same grid by ULO: only the scheme's ULOs, an entry where a worker has evidence.
      const ULO_MATRIX = '{ teamMatrix(schemeCode: "IE-NZEB") { ulos { code } uloEntries { ulo state } } }';
      const byUlo = (await sut.gql<{ teamMatrix: { ulos: { code: string }[]; uloEntries: { ulo: string; state: string }[] } }>(ULO_MATRIX, {}, manager))
        .data!.teamMatrix;
      expect(byUlo.ulos.map((u) => u.code)).toContain('ULO-VE-01');
      expect(byUlo.uloEntries).toContainEqual({ ulo: 'ULO-VE-01', state: 'held' });
      const csv = (await sut.gql<{ teamMatrixCsv: string }>('{ teamMatrixCsv(schemeCode: "IE-NZEB") }', {}, manager)).data!.teamMatrixCsv;
      // In the manager's language (French): headers and status words translated.
      expect(csv.split('\n')[0]).toBe('Ouvrier,IE-Q1,IE-Q2,IE-Q3,IE-Q4');
      expect(csv).toContain('Inès Murphy,Obtenue,En cours 0%,');
      expect((await sut.gql(MATRIX, { s: 'XX' }, manager)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await sut.gql(MATRIX, {}, (await sut.login('ines@fit.demo')))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('uses the same number of SQL statements for 3 workers as for 30', async () => {
      const service = sut.app.get(QualificationsService);
      const viewer = { userId: 'x', organisationId: (await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo'`)).id, role: 'manager' as const };
      await service.teamMatrix(viewer); // warm the pool: the first use of a connection adds its own statements
      const few = await countQueries(sut.dataSource, () => service.teamMatrix(viewer));
      for (let i = 0; i < 27; i++) {
        const id = await addWorker(sut.dataSource, `Crew ${i}`, `crew${i}@fit.demo`);
        await passedOn(id, versions.airAndBridges, '2026-01-05T08:00:00Z');
      }
      const many = await countQueries(sut.dataSource, () => service.teamMatrix(viewer));
      expect(many.result.workers.length).toBeGreaterThanOrEqual(few.result.workers.length + 27);
      expect(few.queries).toBeGreaterThan(0);
      expect(many.queries).toBe(few.queries);
      expect(many.queries).toBeLessThanOrEqual(5);
    });
  });
});
