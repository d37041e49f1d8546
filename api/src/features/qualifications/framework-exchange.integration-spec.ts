// Framework files in and out: the CSV layout (docs/framework-csv.md) with per-row errors, and bilateral agreements
// (imported, exported, approved by an admin, and then granting recognition in passports).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { moduleVersionActivity } from '@fit/shared';
import { moduleContent } from '../../test-support/module-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { FrameworkService } from './framework.service.js';
import { querySingle } from '../../common/sql.js';

jest.setTimeout(60_000);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const FIXTURE = readFileSync(resolve(REPO, '../shared/fixtures/frameworks/reference-framework.json'), 'utf8');
const IMPORT_CSV = 'mutation($c: String!) { importFrameworkCsv(csv: $c) { code version ulos schemes qualifications mappings agreements tasks } }';
const frameworkCount = 'select count(*)::int as n from qualification_frameworks';

describe(FrameworkService.name, () => {
  let sut: TestApp;
  let admin: string;
  let manager: string;

  beforeAll(async () => {
    sut = await startTestApp();
    [admin, manager] = await Promise.all([sut.login('admin@fit.demo'), sut.login('manager@fit.demo')]);
  }, 60_000);
  afterAll(() => sut.close());

  describe('CSV', () => {
    it('exports the active framework as one CSV and imports it back as a new version, unchanged', async () => {
      const csv = (await sut.gql<{ exportFrameworkCsv: string }>('{ exportFrameworkCsv }', {}, admin)).data!.exportFrameworkCsv;
      const lines = csv.split('\r\n');
      expect(lines[0]).toMatch(/^table,scheme,code,title_en,title_fr,/);
      expect(lines.filter((l) => l.startsWith('ulo,')).length).toBe(29);
      expect(csv).toContain('agreement,EX-FR-RENO,EXFR-Q1,');
      expect(lines.filter((l) => l.startsWith('task,')).length).toBe(15);
      expect(lines.find((l) => l.startsWith('task,,T-ENV-02,'))).toContain('façade insulation installer | plasterer / drywall installer');
      const renamed = csv.replace(',2026.1-demo,', ',2026.2-demo,');
      const result = await sut.gql(IMPORT_CSV, { c: renamed }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        importFrameworkCsv: { code: 'fit-demo-energy-renovation', version: '2026.2-demo', ulos: 29, schemes: 3, qualifications: 10, mappings: expect.any(Number), agreements: 1, tasks: 15 },
      });
      // The new version exports exactly as the old one did, outcomes and all.
      const again = (await sut.gql<{ exportFrameworkCsv: string }>('{ exportFrameworkCsv }', {}, admin)).data!.exportFrameworkCsv;
      expect(again).toBe(renamed);
      const json = JSON.parse((await sut.gql<{ exportFramework: string }>('{ exportFramework }', {}, admin)).data!.exportFramework);
      expect(json.ulos.find((u: { id: string }) => u.id === 'ULO-AIR-03')).toMatchObject({ eqfLevel: 4, knowledge: [expect.stringContaining('n50')] });
      expect(json.tasks.find((t: { id: string }) => t.id === 'T-SYS-03')).toEqual({
        id: 'T-SYS-03',
        title: 'Place and connect a heat-pump outdoor unit',
        titleFr: 'Poser et raccorder l’unité extérieure d’une pompe à chaleur',
        phase: 'systems',
        professions: ['heat-pump technician', 'heating engineer'],
        professionsFr: ['frigoriste / technicien PAC', 'chauffagiste'],
        ulos: ['ULO-HP-01', 'ULO-HP-02', 'ULO-HP-03'],
      });
    });

    it('names the CSV row of every problem and imports nothing', async () => {
      const before = (await querySingle<{ n: number }>(sut.dataSource, frameworkCount)).n;
      const csv = [
        'table,scheme,code,title_en,version,eqf_level,requirement,unit,ulo,coverage,ulos',
        'framework,,csv-test,CSV test,1,,,,,',
        'ulo,,ULO-X-01,"An outcome, with a comma",,3,,,,',
        'ulo,,ULO-X-02,Too high,,12,,,,',
        'scheme,,XX-S,Scheme,,,,,,',
        'unit,XX-S,XX-U1,Unit,,,,,,',
        'qualification,XX-S,XX-Q1,Qualification,,,all: XX-U1 | XX-U9,,,',
        'qualification,XX-S,XX-Q2,Bad rule,,,most of them,,,',
        'mapping,XX-S,,,,,,XX-U1,ULO-NOPE,full',
        'unit,YY-S,YY-U1,Unit of no scheme,,,,,,',
        'lesson,,L1,Not a table,,,,,,',
        'task,,T-X,A task of no profession,,,,,,,ULO-X-01 | ULO-NOPE',
      ].join('\n');
      const result = await sut.gql(IMPORT_CSV, { c: csv }, admin);
      const errors = result.errors?.[0]?.extensions?.errors as { path: string; message: string }[];
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors).toEqual(
        expect.arrayContaining([
          { path: 'row 4 (eqfLevel)', message: expect.stringContaining('EQF level') },
          { path: 'row 7 (requires)', message: expect.stringContaining('XX-U9') },
          { path: 'row 8 (requirement)', message: expect.stringContaining('2 of') },
          { path: 'row 9 (referenceUlo)', message: '"ULO-NOPE" is not a ULO of this framework' },
          { path: 'row 10', message: expect.stringContaining('YY-S') },
          { path: 'row 11', message: expect.stringContaining('Unknown table "lesson"') },
          { path: 'row 12 (professions)', message: 'Task T-X needs at least one profession, each a name' },
          { path: 'row 12 (ulos)', message: 'Task T-X: "ULO-NOPE" is not a ULO of this framework' },
        ]),
      );
      expect((await querySingle<{ n: number }>(sut.dataSource, frameworkCount)).n).toBe(before);
      expect((await sut.gql(IMPORT_CSV, { c: csv }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('reads quoted cells (commas, quotes, line breaks) and numbers rows as a spreadsheet does', async () => {
      const { csvToFrameworkObject } = await import('./framework-csv.js');
      const parsed = csvToFrameworkObject('table,code,version,title_en\nframework,cli,1,"Quoted ""name"""\nulo,ULO-C-01,,"Line one\nline two"\n');
      expect(parsed.object).toMatchObject({ framework: { name: 'Quoted "name"' }, ulos: [{ id: 'ULO-C-01', title: 'Line one\nline two' }] });
      expect(parsed.rowOf.get('ulos[0]')).toBe(3);
    });
  });

  describe('tasks', () => {
    it('lists the active framework’s tasks with professions and ULOs to anyone signed in, and to no one else', async () => {
      const QUERY = '{ frameworkTasks { code title titleFr phase professions { name nameFr } ulos } }';
      const tasks = (await sut.gql<{ frameworkTasks: { code: string; professions: { name: string; nameFr: string }[] }[] }>(QUERY, {}, manager)).data!.frameworkTasks;
      expect(tasks).toHaveLength(15);
      expect(tasks.find((t) => t.code === 'T-ENV-03')).toEqual({
        code: 'T-ENV-03',
        title: 'Insulate a loft or roof without gaps',
        titleFr: 'Isoler des combles ou une toiture sans lacune',
        phase: 'envelope',
        professions: [
          { name: 'insulation installer', nameFr: 'solier-isolateur' },
          { name: 'roofer', nameFr: 'couvreur' },
          { name: 'carpenter / joiner', nameFr: 'menuisier' },
        ],
        ulos: ['ULO-INS-02', 'ULO-INS-05', 'ULO-AIR-01'],
      });
      expect((await sut.gql(QUERY, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('bilateral agreements', () => {
    it('come in with the JSON file, wait for an admin, and then grant recognition in the passport', async () => {
      const file = JSON.parse(FIXTURE);
      file.framework.version = 'agreements-test';
      // DE-Q3 (heat pump installer) is only partly recognised as FR-Q3 through the ULOs; the agreement makes it full.
      file.agreements = [{ fromScheme: 'DE-HWK', held: 'DE-Q3', toScheme: 'FR-RGE', recognised: 'FR-Q3', note: 'Test agreement' }];
      for (const s of file.schemes) for (const m of s.mapping) m.approved = true;
      const bad = JSON.parse(JSON.stringify(file));
      bad.agreements.push({ fromScheme: 'DE-HWK', held: 'DE-Q99', toScheme: 'XX', recognised: 'FR-Q3' });
      const refused = await sut.gql('mutation($j: String!) { importFramework(json: $j) { code } }', { j: JSON.stringify(bad) }, admin);
      expect(refused.errors?.[0]?.extensions?.errors).toEqual(
        expect.arrayContaining([
          { path: 'agreements[1].held', message: '"DE-Q99" is not a qualification of scheme DE-HWK' },
          { path: 'agreements[1].toScheme', message: '"XX" is not a scheme of this file' },
        ]),
      );
      const imported = await sut.gql<{ importFramework: { agreements: number } }>('mutation($j: String!) { importFramework(json: $j) { agreements } }', { j: JSON.stringify(file) }, admin);
      expect(imported.data?.importFramework.agreements).toBe(1);

      // A worker holding DE-Q3.
      const trainer = await sut.login('trainer@fit.demo');
      const needed = await sut.dataSource.query<{ ulo: string }[]>(
        `select distinct m.ulo from ulo_mappings m join qualification_schemes s on s.id = m.scheme_id
          where s.code = 'DE-HWK' and s.framework_id = (select id from qualification_frameworks where version = 'agreements-test')
            and m.scheme_unit in (select jsonb_array_elements_text(q.requirement->'all') from scheme_qualifications q where q.scheme_id = s.id and q.code = 'DE-Q3')`,
      );
      const created = await sut.gql<{ createModule: { id: string } }>('mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', { i: { slug: 'hp-all', content: moduleContent({ outcomes: needed.map((r) => r.ulo), practicalRequiredForAward: false }) } }, trainer);
      const published = await sut.gql<{ publishModule: { latestPublished: { id: string } } }>('mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }', { id: created.data!.createModule.id }, trainer);
      const versionId = published.data!.publishModule.latestPublished.id;
      const workerId = await addWorker(sut.dataSource, 'Hans Wärme', 'hans@fit.demo');
      const token = await sut.login('hans@fit.demo');
      const passed = statementBy(workerId, VERB.passed, moduleVersionActivity(versionId), { result: { success: true, completion: true } });
      await xapiClient(sut.url, `Bearer ${token}`)('POST', '', passed);
      // DE-Q3 asks for an on-site validation: the trainer's, as the validations feature records it (pointing at the
      // worker's own statement in the same organisation).
      await sut.dataSource.query(
        `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, statement, content_hash, timestamp, source)
         select gen_random_uuid(), organisation_id, null, 'x', 'https://w3id.org/fit/xapi/verbs/validated', $2,
                jsonb_build_object('context', jsonb_build_object('statement', jsonb_build_object('objectType', 'StatementRef', 'id', $3::text), 'extensions', jsonb_build_object('https://w3id.org/fit/xapi/extensions/learner', jsonb_build_object('account', jsonb_build_object('name', $1::text))),
                  'contextActivities', jsonb_build_object('parent', jsonb_build_array(jsonb_build_object('id', $2::text))))), 'h', now(), 'xapi'
           from memberships where user_id = $1::uuid limit 1`,
        [workerId, moduleVersionActivity(versionId), passed.id],
      );
      const PASSPORT = 'query($w: ID) { passport(workerId: $w) { qualifications { code state } recognitions { fromQualification qualification coverage byAgreement } } }';
      type P = { passport: { qualifications: { code: string; state: string }[]; recognitions: { fromQualification: string; qualification: string; coverage: string; byAgreement: boolean }[] } };
      const before = (await sut.gql<P>(PASSPORT, { w: workerId }, manager)).data!.passport;
      expect(before.qualifications.find((q) => q.code === 'DE-Q3')?.state).toBe('held');
      expect(before.recognitions.find((r) => r.fromQualification === 'DE-Q3' && r.qualification === 'FR-Q3')).toMatchObject({ byAgreement: false });

      const agreements = await sut.gql<{ bilateralAgreements: { id: string; approved: boolean; note: string }[] }>('{ bilateralAgreements { id approved note } }', {}, admin);
      expect(agreements.data?.bilateralAgreements).toEqual([expect.objectContaining({ approved: false, note: 'Test agreement' })]);
      expect((await sut.gql('{ bilateralAgreements { id } }', {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const id = agreements.data!.bilateralAgreements[0]!.id;
      expect((await sut.gql('mutation($id: ID!) { approveBilateralAgreement(id: $id) { approved } }', { id }, admin)).data).toEqual({ approveBilateralAgreement: { approved: true } });
      expect((await sut.gql('mutation($id: ID!) { approveBilateralAgreement(id: $id) { approved } }', { id: 'nope' }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const after = (await sut.gql<P>(PASSPORT, { w: workerId }, manager)).data!.passport;
      expect(after.recognitions.find((r) => r.fromQualification === 'DE-Q3' && r.qualification === 'FR-Q3')).toMatchObject({ coverage: 'full', byAgreement: true });
      const exported = JSON.parse((await sut.gql<{ exportFramework: string }>('{ exportFramework }', {}, admin)).data!.exportFramework);
      expect(exported.agreements).toEqual([{ fromScheme: 'DE-HWK', held: 'DE-Q3', toScheme: 'FR-RGE', recognised: 'FR-Q3', note: 'Test agreement', approved: true }]);
    });
  });
});
