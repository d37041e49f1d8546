// Admins edit the active (demo) framework in place through /graphql: every edit is checked as an import would be,
// passports follow at once, a changed mapping waits for approval again, and each edit leaves an audit row.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { FrameworkEditorService } from './framework-editor.service.js';
import { queryRows, querySingle } from '../../common/sql.js';

jest.setTimeout(60_000);

const SAVE_ULO = `mutation($i: ReferenceUloInput!, $c: Boolean) { saveReferenceUlo(input: $i, create: $c) {
  code title titleFr topic eqfLevel credits esco knowledge skills autonomy } }`;
const UPDATE_QUALIFICATION = `mutation($s: String!, $c: String!, $i: SchemeQualificationInput!) { updateSchemeQualification(schemeCode: $s, code: $c, input: $i) {
  scheme code title titleFr units nOf practicalValidation validityMonths } }`;
const SAVE_MAPPING = `mutation($s: String!, $u: String!, $l: String!, $c: String!, $n: String!) {
  saveUloMapping(schemeCode: $s, schemeUnit: $u, ulo: $l, coverage: $c, note: $n) { id scheme schemeUnit ulo coverage note approved } }`;
const REMOVE_MAPPING = 'mutation($id: ID!) { removeUloMapping(id: $id) }';
const CATALOGUE = `{ frameworkCatalogue { code version ulos { code title titleFr topic eqfLevel credits esco knowledge skills autonomy }
  schemes { code units { code title } qualifications { code title titleFr units nOf practicalValidation validityMonths } } } }`;
const CHANGES = '{ frameworkChanges(limit: 10) { kind code action fields summary changedBy changedAt } }';
const PASSPORT = 'query($w: ID) { passport(workerId: $w) { ulos { code title } qualifications { code state achievedAt expiresAt } } }';

type Ulo = { code: string; title: string; titleFr: string | null; eqfLevel: number; knowledge: string[]; skills: string[]; autonomy: string[]; esco: string[]; credits: number | null; topic: string };
type Catalogue = { frameworkCatalogue: { ulos: Ulo[]; schemes: { code: string; units: { code: string }[]; qualifications: { code: string; units: string[]; nOf: number | null; validityMonths: number | null; practicalValidation: boolean; title: string; titleFr: string | null }[] }[] } };
type Passport = { passport: { ulos: { code: string; title: string }[]; qualifications: { code: string; state: string; achievedAt: string | null; expiresAt: string | null }[] } };
type Problems = { path: string; message: string }[];

const uloInput = (u: Ulo, over: Partial<Ulo> = {}) => {
  const { code, title, titleFr, topic, eqfLevel, credits, esco, knowledge, skills, autonomy } = { ...u, ...over };
  return { code, title, titleFr, topic, eqfLevel, credits, esco, knowledge, skills, autonomy };
};

describe(FrameworkEditorService.name, () => {
  let sut: TestApp;
  let admin: string;
  let manager: string;
  let joao: string;
  const count = async (sql: string) => (await sut.dataSource.query<{ n: number }[]>(`select count(*)::int as n from ${sql}`))[0]!.n;
  const catalogue = async () => (await sut.gql<Catalogue>(CATALOGUE, {}, admin)).data!.frameworkCatalogue;
  const passport = async () => (await sut.gql<Passport>(PASSPORT, { w: joao }, manager)).data!.passport;
  const exported = async () => JSON.parse((await sut.gql<{ exportFramework: string }>('{ exportFramework }', {}, admin)).data!.exportFramework);

  beforeAll(async () => {
    sut = await startTestApp();
    [admin, manager] = await Promise.all([sut.login('admin@fit.demo'), sut.login('manager@fit.demo')]);
    joao = (await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'João Ferreira'`)).id;
  }, 60_000);
  afterAll(() => sut.close());

  it('gives the editor every field of the active framework', async () => {
    const cat = await catalogue();
    expect(cat.ulos).toHaveLength(29);
    expect(cat.ulos.find((u) => u.code === 'ULO-AIR-02')).toMatchObject({ eqfLevel: expect.any(Number), knowledge: [expect.any(String)], titleFr: expect.any(String) });
    const fr = cat.schemes.find((s) => s.code === 'EX-FR-RENO')!;
    expect(fr.units.map((u) => u.code)).toContain('EXFR-U7');
    expect(fr.qualifications.find((q) => q.code === 'EXFR-Q1')).toEqual({
      code: 'EXFR-Q1',
      title: 'Energy-renovation installer: envelope (example)',
      titleFr: 'Poseur rénovation énergétique : enveloppe (exemple)',
      units: ['EXFR-U2', 'EXFR-U3', 'EXFR-U4'],
      nOf: null,
      practicalValidation: true,
      validityMonths: 48,
    });
    expect(fr.qualifications.find((q) => q.code === 'EXFR-Q2')).toMatchObject({ units: ['EXFR-U2', 'EXFR-U5', 'EXFR-U7'], nOf: 2 });
  });

  it('lets staff read the ULOs by title to pick them (trainers and managers too), never a worker', async () => {
    const trainer = await sut.login('trainer@fit.demo');
    const query = '{ frameworkUlos { code title titleFr topic } }';
    const read = await sut.gql<{ frameworkUlos: { code: string; title: string; titleFr: string | null; topic: string }[] }>(query, {}, trainer);
    expect(read.errors).toBeUndefined();
    expect(read.data!.frameworkUlos).toHaveLength(29);
    expect(read.data!.frameworkUlos.find((u) => u.code === 'ULO-VEN-02')).toEqual({
      code: 'ULO-VEN-02',
      title: 'Commission ventilation: measure and record air flows',
      titleFr: 'Mettre en service une ventilation : mesurer et noter les débits',
      topic: 'ventilation',
    });
    expect((await sut.gql(query, {}, manager)).errors).toBeUndefined();
    await addWorker(sut.dataSource, 'Ulo Reader', 'ulo-reader@fit.test');
    const worker = await sut.gql(query, {}, await sut.login('ulo-reader@fit.test'));
    expect(worker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("changes a ULO and a qualification's validity in place: the catalogue, the export and the passport follow", async () => {
    const before = (await catalogue()).ulos.find((u) => u.code === 'ULO-AIR-02')!;
    const held = (await passport()).qualifications.find((q) => q.code === 'EXFR-Q1')!;
    expect(held.state).toBe('held');
    const frameworks = await count('qualification_frameworks');

    const saved = await sut.gql<{ saveReferenceUlo: Ulo }>(SAVE_ULO, { i: uloInput(before, { title: 'Tape window frames airtight', eqfLevel: 4, skills: ['Tape a frame', ' ', 'Check the tape '] }) }, admin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReferenceUlo).toEqual({ ...before, title: 'Tape window frames airtight', eqfLevel: 4, skills: ['Tape a frame', 'Check the tape'] });
    expect((await catalogue()).ulos.find((u) => u.code === 'ULO-AIR-02')).toMatchObject({ title: 'Tape window frames airtight', eqfLevel: 4 });
    expect((await exported()).ulos.find((u: { id: string }) => u.id === 'ULO-AIR-02')).toMatchObject({ title: 'Tape window frames airtight', eqfLevel: 4 });
    expect((await passport()).ulos.find((u) => u.code === 'ULO-AIR-02')?.title).toBe('Tape window frames airtight');

    const q1 = (await catalogue()).schemes.find((s) => s.code === 'EX-FR-RENO')!.qualifications.find((q) => q.code === 'EXFR-Q1')!;
    const { code: _code, ...rest } = q1;
    const updated = await sut.gql(UPDATE_QUALIFICATION, { s: 'EX-FR-RENO', c: 'EXFR-Q1', i: { ...rest, validityMonths: 60 } }, admin);
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({ updateSchemeQualification: { ...q1, scheme: 'EX-FR-RENO', validityMonths: 60 } });
    const longer = (await passport()).qualifications.find((q) => q.code === 'EXFR-Q1')!;
    expect(longer.achievedAt).toBe(held.achievedAt);
    // 12 more months of validity, give or take the days of the months in between.
    const days = (Date.parse(longer.expiresAt!) - Date.parse(held.expiresAt!)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(365);
    expect(days).toBeLessThanOrEqual(366);
    // Edited in place: no new version, so awards keep pointing at the same qualification rows.
    expect(await count('qualification_frameworks')).toBe(frameworks);
  });

  it('creates a new ULO, but never over an existing code', async () => {
    const fresh = { code: 'ULO-NEW-01', title: 'Seal a duct', titleFr: 'Étancher un conduit', topic: 'air', eqfLevel: 3, credits: null, esco: [], knowledge: ['What leaks'], skills: [], autonomy: [] };
    const created = await sut.gql<{ saveReferenceUlo: Ulo }>(SAVE_ULO, { i: fresh, c: true }, admin);
    expect(created.data?.saveReferenceUlo).toMatchObject({ code: 'ULO-NEW-01', titleFr: 'Étancher un conduit' });
    const again = await sut.gql(SAVE_ULO, { i: { ...fresh, title: 'Overwritten' }, c: true }, admin);
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', errors: [{ path: expect.stringMatching(/^ulos\[\d+\]\.id$/), message: expect.stringContaining('already exists') }] });
    expect((await catalogue()).ulos.find((u) => u.code === 'ULO-NEW-01')?.title).toBe('Seal a duct');
  });

  it('refuses a bad EQF level or an unknown unit with the field path, and writes nothing', async () => {
    const audit = await count('framework_changes');
    const before = (await catalogue()).ulos.find((u) => u.code === 'ULO-AIR-01')!;
    const bad = await sut.gql(SAVE_ULO, { i: uloInput(before, { eqfLevel: 12, credits: -2 }) }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/nothing was saved/);
    const problems = bad.errors![0]!.extensions!.errors as Problems;
    expect(problems.map((p) => p.path.replace(/^ulos\[\d+\]/, 'ulos[i]')).sort()).toEqual(['ulos[i].creditPoints', 'ulos[i].eqfLevel']);
    expect(problems.find((p) => p.path.endsWith('eqfLevel'))?.message).toBe('ULO ULO-AIR-01: the EQF level must be 1 to 8');

    const unknownUnit = await sut.gql(
      UPDATE_QUALIFICATION,
      { s: 'EX-FR-RENO', c: 'EXFR-Q3', i: { title: 'Heat pumps', units: ['EXFR-U6', 'EXFR-U99'], practicalValidation: true, validityMonths: 0 } },
      admin,
    );
    expect(unknownUnit.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      errors: [
        { path: 'schemes[2].qualifications[2].requires', message: 'Qualification EXFR-Q3 requires unit EXFR-U99, which scheme EX-FR-RENO does not define' },
        { path: 'schemes[2].qualifications[2].validityMonths', message: expect.stringContaining('whole number of months') },
      ],
    });
    expect((await sut.gql(UPDATE_QUALIFICATION, { s: 'EX-FR-RENO', c: 'EXFR-Q9', i: { title: 'x', units: ['EXFR-U1'], practicalValidation: false } }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await catalogue()).ulos.find((u) => u.code === 'ULO-AIR-01')).toEqual(before);
    expect((await catalogue()).schemes.find((s) => s.code === 'EX-FR-RENO')!.qualifications.find((q) => q.code === 'EXFR-Q3')).toMatchObject({ units: ['EXFR-U6', 'EXFR-U1'], validityMonths: 24 });
    expect(await count('framework_changes')).toBe(audit);
  });

  it('waits for approval again when a mapping changes; adds and removes mappings', async () => {
    const waiting = 'ulo_mappings where approved_at is null';
    expect(await count(waiting)).toBe(0);
    const changed = await sut.gql<{ saveUloMapping: { id: string; approved: boolean; coverage: string } }>(
      SAVE_MAPPING,
      { s: 'EX-FR-RENO', u: 'EXFR-U2', l: 'ULO-AIR-01', c: 'partial', n: 'Windows only' },
      admin,
    );
    expect(changed.data?.saveUloMapping).toMatchObject({ scheme: 'EX-FR-RENO', coverage: 'partial', note: 'Windows only', approved: false });
    const [row] = await queryRows<{ approved_by: string | null; approved_at: Date | null }>(sut.dataSource, `select approved_by, approved_at from ulo_mappings where id = $1`, [changed.data!.saveUloMapping.id]);
    expect(row).toEqual({ approved_by: null, approved_at: null });
    // Saved again unchanged: still waiting, and no second audit row.
    const audit = await count('framework_changes');
    await sut.gql(SAVE_MAPPING, { s: 'EX-FR-RENO', u: 'EXFR-U2', l: 'ULO-AIR-01', c: 'partial', n: 'Windows only' }, admin);
    expect(await count('framework_changes')).toBe(audit);
    await sut.gql('mutation($id: ID!) { approveUloMapping(id: $id) { approved } }', { id: changed.data!.saveUloMapping.id }, admin);
    // The note put into French: the basis is the same, so the approval stands.
    const translated = await sut.gql<{ saveUloMapping: { noteFr: string; approved: boolean } }>(
      'mutation($n: String!, $f: String) { saveUloMapping(schemeCode: "EX-FR-RENO", schemeUnit: "EXFR-U2", ulo: "ULO-AIR-01", coverage: "partial", note: $n, noteFr: $f) { note noteFr approved } }',
      { n: 'Windows only', f: ' Fenêtres seulement ' },
      admin,
    );
    expect(translated.data?.saveUloMapping).toEqual({ note: 'Windows only', noteFr: 'Fenêtres seulement', approved: true });

    const bad = await sut.gql(SAVE_MAPPING, { s: 'EX-FR-RENO', u: 'EXFR-U9', l: 'ULO-NOPE', c: 'most', n: '' }, admin);
    expect((bad.errors?.[0]?.extensions?.errors as Problems).map((p) => p.path.replace(/\[\d+\]$/, '')).map((p) => p.split('.').pop())).toEqual(['schemeUnit', 'referenceUlo', 'coverage']);
    expect((await sut.gql(SAVE_MAPPING, { s: 'XX', u: 'EXFR-U1', l: 'ULO-AIR-01', c: 'full', n: '' }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const added = await sut.gql<{ saveUloMapping: { id: string; approved: boolean } }>(SAVE_MAPPING, { s: 'EX-FR-RENO', u: 'EXFR-U7', l: 'ULO-NEW-01', c: 'full', n: '' }, admin);
    expect(added.data?.saveUloMapping.approved).toBe(false);
    expect(await count(waiting)).toBe(1);
    expect((await sut.gql(REMOVE_MAPPING, { id: added.data!.saveUloMapping.id }, admin)).data).toEqual({ removeUloMapping: true });
    expect(await count(waiting)).toBe(0);
    expect((await sut.gql(REMOVE_MAPPING, { id: added.data!.saveUloMapping.id }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records who changed what, before and after', async () => {
    const changes = (await sut.gql<{ frameworkChanges: { kind: string; code: string; action: string; fields: string[]; summary: string; changedBy: string }[] }>(CHANGES, {}, admin)).data!.frameworkChanges;
    expect(changes.map(({ kind, code, action, fields, changedBy }) => ({ kind, code, action, fields, changedBy }))).toEqual([
      { kind: 'mapping', code: 'EX-FR-RENO · EXFR-U7 → ULO-NEW-01', action: 'removed', fields: [], changedBy: 'Alice Admin' },
      { kind: 'mapping', code: 'EX-FR-RENO · EXFR-U7 → ULO-NEW-01', action: 'created', fields: [], changedBy: 'Alice Admin' },
      { kind: 'mapping', code: 'EX-FR-RENO · EXFR-U2 → ULO-AIR-01', action: 'changed', fields: ['noteFr'], changedBy: 'Alice Admin' },
      { kind: 'mapping', code: 'EX-FR-RENO · EXFR-U2 → ULO-AIR-01', action: 'changed', fields: ['coverage', 'note', 'noteFr'], changedBy: 'Alice Admin' },
      { kind: 'ulo', code: 'ULO-NEW-01', action: 'created', fields: [], changedBy: 'Alice Admin' },
      { kind: 'qualification', code: 'EX-FR-RENO · EXFR-Q1', action: 'changed', fields: ['validityMonths'], changedBy: 'Alice Admin' },
      { kind: 'ulo', code: 'ULO-AIR-02', action: 'changed', fields: ['eqfLevel', 'skills', 'title'], changedBy: 'Alice Admin' },
    ]);
    expect(changes[3]!.summary).toBe('Changed coverage, note, noteFr');
    const row = await querySingle<{ before: unknown; after: unknown }>(sut.dataSource, `select before, after from framework_changes where code = 'EX-FR-RENO · EXFR-Q1'`);
    expect(row.before).toMatchObject({ code: 'EXFR-Q1', validityMonths: 48, requirement: { all: ['EXFR-U2', 'EXFR-U3', 'EXFR-U4'] } });
    expect(row.after).toMatchObject({ validityMonths: 60 });
    const [mapping] = await queryRows<{ before: unknown; after: unknown }>(sut.dataSource, `select before, after from framework_changes where code like '%EXFR-U2 → ULO-AIR-01' order by changed_at limit 1`);
    expect(mapping).toEqual({
      before: { schemeUnit: 'EXFR-U2', ulo: 'ULO-AIR-01', coverage: 'full', note: expect.stringContaining('Example mapping'), noteFr: expect.stringContaining('Correspondance d’exemple'), approved: true },
      after: { schemeUnit: 'EXFR-U2', ulo: 'ULO-AIR-01', coverage: 'partial', note: 'Windows only', noteFr: null, approved: false },
    });
  });

  it('lets only admins read the editor catalogue, edit, or read the changes', async () => {
    await addWorker(sut.dataSource, 'Wendy Worker', 'wendy@fit.demo');
    const others = await Promise.all(['manager@fit.demo', 'trainer@fit.demo', 'wendy@fit.demo'].map((e) => sut.login(e)));
    const audit = await count('framework_changes');
    const ulo = { code: 'ULO-AIR-01', title: 'Hijacked', topic: '', eqfLevel: 3, esco: [], knowledge: [], skills: [], autonomy: [] };
    const { id } = await querySingle<{ id: string }>(sut.dataSource, `select id from ulo_mappings limit 1`);
    for (const token of others) {
      const answers = await Promise.all([
        sut.gql(CATALOGUE, {}, token),
        sut.gql(CHANGES, {}, token),
        sut.gql(SAVE_ULO, { i: ulo }, token),
        sut.gql(UPDATE_QUALIFICATION, { s: 'EX-FR-RENO', c: 'EXFR-Q1', i: { title: 'x', units: ['EXFR-U1'], practicalValidation: false } }, token),
        sut.gql(SAVE_MAPPING, { s: 'EX-FR-RENO', u: 'EXFR-U1', l: 'ULO-AIR-01', c: 'full', n: '' }, token),
        sut.gql(REMOVE_MAPPING, { id }, token),
      ]);
      expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(Array(6).fill('FORBIDDEN'));
    }
    expect(await count('framework_changes')).toBe(audit);
    expect((await catalogue()).ulos.find((u) => u.code === 'ULO-AIR-01')?.title).not.toBe('Hijacked');
  });
});
