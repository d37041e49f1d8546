import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ADL_VERBS, FIT_EXTENSIONS, moduleVersionActivity, reflectionStatement, signatureStatement, stepActivity } from '@fit/shared';
import { DEMO_TABLET_TOKEN } from '../../common/demo-tablet.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker, xapiClient } from '../../test-support/xapi-client.js';
import { fitAccount } from '../learning-records/actor-identity.js';
import { afestTrainingHours } from './index.js';
import { querySingle } from '../../common/sql.js';

const FIELDS = `id title workerName trainerName lockedAt heldUlos { code } targetUlos positioningNote
  sequences { id activity moduleTitle plannedOn siteName plannedMinutes reflections { done learned difficulties dictated language afterLock } }
  evaluations { review reviewedBy moduleTitle } signatures { role signerName path } additions { reason note authorName }
  hours { plannedOnSiteMinutes plannedModuleMinutes realisedModuleSeconds realisedOnSiteSeconds plannedHours realisedHours }`;
const CREATE = `mutation($i: CreateAfestInput!) { createAfest(input: $i) { ${FIELDS} } }`;
const PLAN = `mutation($i: PlanAfestSequenceInput!) { planAfestSequence(input: $i) { ${FIELDS} } }`;
const SIGN = `mutation($a: ID!, $s: DrawnSignatureInput!) { signAfest(afestId: $a, signature: $s) { ${FIELDS} } }`;
const NOTE = `mutation($a: ID!, $r: String!, $n: String!) { addAfestNote(afestId: $a, reason: $r, note: $n) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { afest(id: $id) { ${FIELDS} } }`;
const SIGNATURE = { path: 'M10 40 L20 20 L30 45 L40 15 L50 40 L60 25 L70 42 L80 18 L90 38', width: 300, height: 100 };

interface AfestView {
  id: string;
  lockedAt: string | null;
  heldUlos: { code: string }[];
  sequences: { id: string; reflections: { done: string; afterLock: boolean }[] }[];
  evaluations: { review: string; reviewedBy: string }[];
  signatures: { role: string }[];
  additions: { reason: string }[];
  hours: Record<string, number>;
}

describe('AFEST: positioning, work and reflective sequences, evaluation, signatures and the traceability file', () => {
  let sut: TestApp;
  let trainer: string;
  let manager: string;
  let worker: { id: string; token: string };
  let orgId: string;
  let siteId: string;
  let versionId: string;
  let afest: AfestView;
  const asWorker = () => xapiClient(sut.url, `Bearer ${worker.token}`);
  const gql = <T = { [k: string]: AfestView }>(q: string, v: Record<string, unknown>, token = trainer) => sut.gql<T>(q, v, token);

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const [row] = await sut.dataSource.query<{ id: string; org: string }[]>(
      `select u.id, m.organisation_id as org from users u join memberships m on m.user_id = u.id where u.display_name = 'Claire Dubois'`,
    );
    orgId = row!.org;
    const login = await sut.gql<{ pinLogin: { accessToken: string } }>('mutation($w: ID!) { pinLogin(workerId: $w, pin: "1234") { accessToken } }', { w: row!.id }, undefined, {
      'x-device-token': DEMO_TABLET_TOKEN,
    });
    worker = { id: row!.id, token: login.data!.pinLogin.accessToken };
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    const [v] = await sut.dataSource.query<{ id: string }[]>(
      `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.slug = 'airtight-window-joints' and v.status = 'published' order by v.version desc limit 1`,
    );
    versionId = v!.id;
  });
  afterAll(() => sut.close());

  it('starts from the positioning: the ULOs the worker holds today, the ULOs aimed at and a short assessment', async () => {
    const refused = await gql(CREATE, { i: { workerId: worker.id, title: 'Menuiseries étanches', targetUlos: ['ULO-NOPE'], positioningNote: 'x' } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Unknown ULO: ULO-NOPE.', extensions: { code: 'BAD_USER_INPUT', field: 'targetUlos' } });
    expect((await gql(CREATE, { i: { workerId: worker.id, title: 'Menuiseries', targetUlos: [], positioningNote: ' ' } })).errors?.[0]?.extensions?.field).toBe('positioningNote');
    const passport = await sut.gql<{ passport: { ulos: { code: string; state: string }[] } }>('query($w: ID) { passport(workerId: $w) { ulos { code state } } }', { w: worker.id }, trainer);
    const held = passport.data!.passport.ulos.filter((u) => u.state === 'held').map((u) => u.code);
    const { code: target } = await querySingle<{ code: string }>(sut.dataSource, 'select code from reference_ulos where not (code = any($1::text[])) order by code limit 1', [held]);
    expect(held.length).toBeGreaterThan(0);
    const created = await gql(CREATE, { i: { workerId: worker.id, title: 'Menuiseries étanches', targetUlos: [target], positioningNote: 'Pose déjà des fenêtres, à reprendre sur les angles.' } });
    expect(created.errors).toBeUndefined();
    afest = created.data!.createAfest!;
    expect(afest).toMatchObject({ lockedAt: null, targetUlos: [target], positioningNote: 'Pose déjà des fenêtres, à reprendre sur les angles.', workerName: 'Claire Dubois', trainerName: 'Thomas Formateur' });
    expect(afest.heldUlos.map((u) => u.code).sort()).toEqual(held.sort());
  });

  it('plans work sequences with dates, site and time, refusing a bad date or time', async () => {
    const bad = await gql(PLAN, { i: { afestId: afest.id, activity: 'Pose', plannedOn: '12/03/2026', plannedMinutes: 60 } });
    expect(bad.errors?.[0]?.extensions?.field).toBe('plannedOn');
    expect((await gql(PLAN, { i: { afestId: afest.id, activity: 'Pose', plannedOn: '2026-03-12', plannedMinutes: 0 } })).errors?.[0]?.extensions?.field).toBe('plannedMinutes');
    await gql(PLAN, { i: { afestId: afest.id, activity: 'Bande adhésive en angle', moduleVersionId: versionId, plannedOn: '2026-03-12', siteId, plannedMinutes: 90 } });
    const second = await gql(PLAN, { i: { afestId: afest.id, activity: 'Contrôle au fumigène', moduleVersionId: versionId, plannedOn: '2026-03-19', siteId, plannedMinutes: 60 } });
    afest = second.data!.planAfestSequence!;
    expect(afest.sequences).toHaveLength(2);
    expect(afest.hours).toMatchObject({ plannedOnSiteMinutes: 150, realisedOnSiteSeconds: 0, realisedModuleSeconds: 0 });
    expect(afest.hours.plannedModuleMinutes).toBeGreaterThan(0);
  });

  it("keeps the worker's reflective sequence from the tablet's sync once, even when sent twice, and counts the realised hours", async () => {
    const reflection = reflectionStatement({
      id: randomUUID(),
      workerAccount: fitAccount(worker.id),
      trainerAccount: fitAccount((await sut.gql<{ me: { id: string } }>('{ me { id } }', {}, trainer)).data!.me.id),
      afestId: afest.id,
      sequenceId: afest.sequences[0]!.id,
      text: { done: 'I taped the corners of three windows.', learned: 'Fold the tape before the corner.', difficulties: 'The cold made the tape stiff.' },
      dictated: true,
      language: 'en',
      timestamp: new Date().toISOString(),
    });
    const attempt = { id: randomUUID(), actor: fitAccount(worker.id), verb: { id: ADL_VERBS.completed }, object: { objectType: 'Activity', id: moduleVersionActivity(versionId) }, result: { completion: true, duration: 'PT30M' }, timestamp: new Date().toISOString() };
    expect((await asWorker()('POST', '', [reflection, attempt])).status).toBe(200);
    expect((await asWorker()('POST', '', [reflection])).status).toBe(200);
    afest = (await gql(ONE, { id: afest.id }, worker.token)).data!.afest!;
    expect(afest.sequences[0]!.reflections).toEqual([
      { done: 'I taped the corners of three windows.', learned: 'Fold the tape before the corner.', difficulties: 'The cold made the tape stiff.', dictated: true, language: 'en', afterLock: false },
    ]);
    expect(afest.hours).toMatchObject({ realisedModuleSeconds: 1800, realisedOnSiteSeconds: 90 * 60, realisedHours: 2 });
    const month = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' }).slice(0, 7);
    expect(await afestTrainingHours(sut.dataSource, orgId, { workerIds: [worker.id] })).toEqual([{ workerId: worker.id, month, moduleSeconds: 1800, onSiteSeconds: 5400, hours: 2 }]);
    expect(await afestTrainingHours(sut.dataSource, orgId, { workerIds: [worker.id], from: '2099-01' })).toEqual([]);
  });

  it('links the on-site validation of a practical step of its modules as the evaluation', async () => {
    const submission = { id: randomUUID(), actor: fitAccount(worker.id), verb: { id: ADL_VERBS.completed }, object: { objectType: 'Activity', id: stepActivity(versionId, 'task') },
      result: { completion: true, response: 'clean', extensions: { [FIT_EXTENSIONS.evidence]: [], [FIT_EXTENSIONS.signOffRequested]: true } }, timestamp: new Date().toISOString() };
    expect((await asWorker()('POST', '', [submission])).status).toBe(200);
    await sut.gql('mutation($id: ID!) { reviewPractical(statementId: $id, verdict: validated, comment: "Angles propres") { review } }', { id: submission.id }, trainer);
    afest = (await gql(ONE, { id: afest.id })).data!.afest!;
    expect(afest.evaluations).toEqual([expect.objectContaining({ review: 'validated', reviewedBy: 'Thomas Formateur' })]);
  });

  it('locks the file once the worker and the trainer signed; later notes are additions with a reason', async () => {
    expect((await gql(SIGN, { a: afest.id, s: { ...SIGNATURE, path: 'M1 1' } })).errors?.[0]?.message).toBe('Sign in the box first.');
    afest = (await gql(SIGN, { a: afest.id, s: SIGNATURE })).data!.signAfest!;
    expect(afest.signatures.map((s) => s.role)).toEqual(['trainer']);
    expect(afest.lockedAt).toBeNull();
    // A worker's session cannot sign in the trainer's name.
    const trainerId = (await sut.gql<{ me: { id: string } }>('{ me { id } }', {}, trainer)).data!.me.id;
    const forged = signatureStatement({ id: randomUUID(), signerAccount: fitAccount(trainerId), afestId: afest.id, signature: SIGNATURE, timestamp: new Date().toISOString() });
    expect((await asWorker()('POST', '', [forged])).status).toBe(403);
    const signed = signatureStatement({ id: randomUUID(), signerAccount: fitAccount(worker.id), afestId: afest.id, signature: SIGNATURE, timestamp: new Date().toISOString() });
    expect((await asWorker()('POST', '', [signed])).status).toBe(200);
    afest = (await gql(ONE, { id: afest.id })).data!.afest!;
    expect(afest.signatures.map((s) => s.role)).toEqual(['worker', 'trainer']);
    expect(afest.lockedAt).not.toBeNull();
    const late = await gql(PLAN, { i: { afestId: afest.id, activity: 'Encore', plannedOn: '2026-04-01', plannedMinutes: 30 } });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', problem: 'locked' } });
    expect((await gql(SIGN, { a: afest.id, s: SIGNATURE })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gql(NOTE, { a: afest.id, r: ' ', n: 'x' })).errors?.[0]?.extensions?.field).toBe('reason');
    afest = (await gql(NOTE, { a: afest.id, r: 'Oubli', n: 'Le salarié a aussi posé un appui.' })).data!.addAfestNote!;
    expect(afest.additions).toEqual([{ reason: 'Oubli', note: 'Le salarié a aussi posé un appui.', authorName: 'Thomas Formateur' }]);
  });

  it('lets only trainers and admins of the organisation write, the worker read their own, nobody else see it', async () => {
    const create = { i: { workerId: worker.id, title: 'x', targetUlos: [], positioningNote: 'x' } };
    expect((await gql(CREATE, create, worker.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(CREATE, create, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ONE, { id: afest.id }, manager)).data?.afest?.id).toBe(afest.id);
    const mine = await sut.gql<{ myAfests: { id: string }[] }>('{ myAfests { id } }', {}, worker.token);
    expect(mine.data?.myAfests.map((a) => a.id)).toEqual([afest.id]);
    await addWorker(sut.dataSource, 'Autre Ouvrier', 'autre@fit.demo');
    const other = await sut.login('autre@fit.demo');
    expect((await gql(ONE, { id: afest.id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sut.gql<{ myAfests: unknown[] }>('{ myAfests { id } }', {}, other)).data?.myAfests).toEqual([]);
    const pdf = await fetch(`${sut.url}/afest-files/${afest.id}/file.pdf`, { headers: { authorization: `Bearer ${other}` } });
    expect(pdf.status).toBe(404);
  });

  it('draws the traceability file with the timeline, the worker\'s words and the right hours; the CSV has the same totals', async () => {
    const res = await fetch(`${sut.url}/afest-files/${afest.id}/file.pdf?lang=en`, { headers: { authorization: `Bearer ${trainer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'afest-pdf-'));
    writeFileSync(join(dir, 'file.pdf'), Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'file.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const planned = afest.hours.plannedHours;
    expect(text).toContain(`Realised (modules + on site): 0.5 h + 1.5 h = 2 h`);
    expect(text).toContain(`= ${planned} h`);
    expect(text).toContain('“I taped the corners of three windows.”');
    expect(text).toMatch(/Claire Dubois.*Thomas Formateur/);
    expect(text).toContain('validated by Thomas Formateur');
    const fr = await (await fetch(`${sut.url}/afest-files/${afest.id}/file.pdf`, { headers: { authorization: `Bearer ${trainer}` } })).arrayBuffer();
    writeFileSync(join(dir, 'fr.pdf'), Buffer.from(fr));
    expect(execFileSync('pdftotext', [join(dir, 'fr.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Réalisées (modules + sur site) : 0,5 h + 1,5 h = 2 h');
    const csv = await (await fetch(`${sut.url}/afest-files/${afest.id}/file.csv?lang=en`, { headers: { authorization: `Bearer ${trainer}` } })).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('step,date,title,detail,planned hours,realised hours');
    expect(lines.at(-1)).toBe(`total,,Hours — total,,${planned},2`);
    expect(csv).toContain('reflective sequence');
  });
});
