// FIT as a cmi5 LMS, against the real PostgreSQL: course import (valid, each invalid kind, 1,000 AUs, zip64),
// launch, the one-time fetch URL, LMS.LaunchData, moveOn into the module's completion, waive, abandon.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { FIT_ACCOUNT_HOMEPAGE, moduleVersionActivity } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { zip64 } from '../../test-support/zip64.js';
import { CMI5_EXTENSIONS, CMI5_VERBS } from './cmi5-vocabulary.js';
import { querySingle } from '../../common/sql.js';
import { required } from '../../common/required.js';

const SAMPLE = fileURLToPath(new URL('../../../test-data/cmi5/sample-course/', import.meta.url));
const CHECK = 'https://w3id.org/fit/test-courses/airtight-membranes/aus/check';
const LAYING_AU = 'https://w3id.org/fit/test-courses/airtight-membranes/aus/laying';

/** The parts of a stored statement these tests read. */
interface StoredStatement {
  object: { id: string; definition: { type: string } };
  result: { duration: string } & Record<string, unknown>;
  context: { extensions: Record<string, unknown> };
}

function sampleFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(SAMPLE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(SAMPLE);
  return files;
}

const sampleXml = () => readFileSync(join(SAMPLE, 'cmi5.xml'), 'utf8');

function courseXml(aus: string, courseId = 'https://example.org/courses/c1'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${courseId}"><title><langstring lang="en">Course</langstring></title><description><langstring lang="en">D</langstring></description></course>
  ${aus}
</courseStructure>`;
}

const au = (id: string, url: string, attrs = '') =>
  `<au id="${id}" ${attrs}><title><langstring lang="en">AU</langstring></title><description><langstring lang="en">D</langstring></description><url>${url}</url></au>`;

describe('cmi5 AU files next to the PWA', () => {
  it('serves an AU page to a browser navigation (Accept: text/html), not the app shell', async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'fit-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>FIT app shell</title>');
    const sut = await startTestApp({ config: { webDist } });
    try {
      const trainer = await sut.login('trainer@fit.demo');
      const res = await fetch(`${sut.url}/cmi5/courses?name=Shell`, { method: 'POST', headers: { authorization: `Bearer ${trainer}`, 'content-type': 'application/zip' }, body: Buffer.from(zipSync(sampleFiles())) });
      const { courseId } = (await res.json()) as { courseId: string };
      const page = await fetch(`${sut.url}/cmi5/content/${courseId}/air-tightness/index.html`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('Laying the membrane');
    } finally {
      await sut.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});

describe('cmi5: FIT as the LMS', () => {
  let sut: TestApp;
  let trainer: string;
  let learnerId: string;
  let actor: Record<string, unknown>;

  async function post<T = Record<string, unknown>>(path: string, body: unknown, token: string | undefined, contentType = 'application/json') {
    const res = await fetch(`${sut.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body instanceof Uint8Array ? Buffer.from(body) : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  const importZip = (files: Record<string, Uint8Array>, name = 'Airtight membranes') =>
    post<{ courseId: string; moduleId: string; problems?: string[] }>(`/cmi5/courses?name=${encodeURIComponent(name)}`, zipSync(files), trainer, 'application/zip');
  const importXml = (xml: string) => post<{ courseId: string; moduleId: string; problems?: string[] }>('/cmi5/courses?name=Bare', xml, trainer, 'text/xml');

  /** What an AU does with its launch URL: read the parameters, fetch its token. */
  async function auFromLaunch(url: string) {
    const params = new URL(url).searchParams;
    const fetched = await fetch(params.get('fetch')!, { method: 'POST' });
    const body = (await fetched.json()) as { 'auth-token': string };
    const auth = `Basic ${body['auth-token']}`;
    const endpoint = params.get('endpoint')!;
    const xapi = (path: string, init: RequestInit = {}) =>
      fetch(`${endpoint}${path}`, { ...init, headers: { 'x-experience-api-version': '1.0.3', authorization: auth, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });
    const launchData = async () => {
      const query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: params.get('activityId')!, agent: params.get('actor')!, registration: params.get('registration')! });
      return (await (await xapi(`activities/state?${query}`)).json()) as { contextTemplate: Record<string, unknown>; masteryScore?: number; moveOn: string; launchMode: string; launchParameters?: string };
    };
    const send = async (verb: string, result?: Record<string, unknown>) => {
      const data = await launchData();
      const statement = {
        id: randomUUID(),
        actor: JSON.parse(params.get('actor')!),
        verb: { id: verb },
        object: { objectType: 'Activity', id: params.get('activityId') },
        context: { ...data.contextTemplate, registration: params.get('registration') },
        timestamp: new Date().toISOString(),
        ...(result ? { result } : {}),
      };
      return xapi('statements', { method: 'POST', body: JSON.stringify(statement) });
    };
    return { params, auth, launchData, send, xapi };
  }

  const statementsWith = (registration: string, verb: string) =>
    sut.dataSource.query<{ statement: StoredStatement }[]>('select statement from xapi_statements where registration = $1 and verb_id = $2 order by stored', [registration, verb]);

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    learnerId = await addWorker(sut.dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    actor = { objectType: 'Agent', name: 'Yasmine Haddad', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: learnerId } };
  });
  afterAll(() => sut.close());

  describe('import', () => {
    it('imports the sample zip: 201 with courseId and moduleId; the course is a published FIT module whose steps are its AUs', async () => {
      const res = await importZip(sampleFiles());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ courseId: expect.any(String), moduleId: expect.any(String) });
      const version = await querySingle<{ status: string; content: { steps: { title: Record<string, string> }[]; title: Record<string, string> } }>(sut.dataSource, 
        'select status, content from module_versions where module_id = $1',
        [res.body.moduleId],
      );
      expect(version.status).toBe('published');
      expect(version.content.title).toEqual({ en: 'Airtight membranes' });
      expect(version.content.steps.map((s) => s.title.en)).toEqual(['Laying the membrane', 'Check your knowledge']);
    });

    it('imports a bare cmi5.xml whose AU URLs are absolute', async () => {
      const res = await importXml(courseXml(au('https://example.org/aus/1', 'https://content.example.org/au1/index.html')));
      expect(res.status).toBe(201);
    });

    it('imports a course of 1,000 AUs (cmi5 6.1: "MUST support course structures containing more than 1000 AUs")', async () => {
      const aus = Array.from({ length: 1000 }, (_, i) => au(`https://example.org/big/aus/${i}`, `https://content.example.org/big/${i}.html`)).join('\n');
      const res = await importXml(courseXml(aus, 'https://example.org/courses/big'));
      expect(res.status).toBe(201);
      const version = await querySingle<{ content: { steps: unknown[] } }>(sut.dataSource, 'select content from module_versions where module_id = $1', [res.body.moduleId]);
      expect(version.content.steps.length).toBeLessThanOrEqual(60);
      const course = await querySingle<{ n: number }>(sut.dataSource, `select jsonb_array_length(structure->'aus') as n from cmi5_courses where id = $1`, [res.body.courseId]);
      expect(course.n).toBe(1000);
    });

    it('imports a zip64 archive', async () => {
      const files = Object.fromEntries(Object.entries(sampleFiles()).map(([name, bytes]) => [name, bytes]));
      const res = await post<{ courseId: string }>('/cmi5/courses?name=Zip64', zip64(files), trainer, 'application/zip');
      expect(res.status).toBe(201);
      const served = await fetch(`${sut.url}/cmi5/content/${res.body.courseId}/quiz/index.html`);
      expect(await served.text()).toContain('Check your knowledge');
    });

    const sample = () => sampleFiles();
    it.each<[string, () => Promise<{ status: number; body: { problems?: string[] } }>, RegExp]>([
      ['a zip without cmi5.xml', () => { const f = sample(); delete f['cmi5.xml']; return importZip(f); }, /no cmi5\.xml/],
      ['a cmi5.xml that breaks the CourseStructure schema', () => importXml(courseXml('<au id="https://example.org/a"><url>https://example.org/x</url></au>')), /CourseStructure schema/],
      ['an id that is not an IRI', () => importXml(courseXml(au('not-an-iri', 'https://example.org/x.html'))), /is not an IRI/],
      ['duplicate ids', () => importXml(courseXml(au('https://example.org/a', 'https://example.org/1.html') + au('https://example.org/a', 'https://example.org/2.html'))), /already used/],
      ['a relative AU URL in a bare cmi5.xml', () => importXml(courseXml(au('https://example.org/a', 'au/index.html'))), /must be absolute/],
      ['an AU file missing from the zip', () => { const f = sample(); delete f['quiz/index.html']; return importZip(f); }, /has no file "quiz\/index\.html"/],
      ['an AU URL outside the package', () => importZip({ ...sample(), 'cmi5.xml': strToU8(courseXml(au('https://example.org/a', '../outside.html'))) }), /outside the package/],
      ['launch parameters that clash with the query string', () => importXml(courseXml(au('https://example.org/a', 'https://example.org/x.html?endpoint=https://evil.example.org'))), /endpoint in its query string/],
      ['an invalid URL', () => importXml(courseXml(au('https://example.org/a', 'http://exa mple.org/x.html'))), /not a valid URL/],
      ['a zip-slip entry', () => importZip({ ...sample(), '../evil.html': strToU8('x') }), /".."/],
      ['a zip bomb', () => importZip({ ...sample(), 'bomb.bin': new Uint8Array(50 * 1024 * 1024) }), /zip bombs/],
      ['a body that is not a zip', () => post('/cmi5/courses?name=X', 'not a zip', trainer, 'application/zip'), /Not a readable zip/],
    ])('refuses %s with 400 {message, problems}', async (_label, send, problem) => {
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ message: expect.any(String), problems: expect.any(Array) });
      expect(res.body.problems!.join('\n')).toMatch(problem);
    });

    it('refuses without a token (401), for a manager or worker (403)', async () => {
      expect((await post('/cmi5/courses?name=X', sampleXml(), undefined, 'text/xml')).status).toBe(401);
      expect((await post('/cmi5/courses?name=X', sampleXml(), await sut.login('manager@fit.demo'), 'text/xml')).status).toBe(403);
      expect((await post('/cmi5/courses?name=X', sampleXml(), await sut.login('yasmine@fit.demo'), 'text/xml')).status).toBe(403);
    });
  });

  describe('launch, fetch and LaunchData', () => {
    let courseId: string;
    beforeAll(async () => {
      courseId = (await importZip(sampleFiles())).body.courseId;
    });

    it('returns the AU launch URL with endpoint, fetch, actor, registration and activityId, served by FIT, and states "launched"', async () => {
      const res = await post<{ url: string; registration: string; sessionId: string }>(`/cmi5/courses/${courseId}/launch`, { auIndex: 1, actor }, trainer);
      expect(res.status).toBe(200);
      const url = new URL(res.body.url);
      expect(url.origin + url.pathname).toBe(`${sut.url}/cmi5/content/${courseId}/quiz/index.html`);
      expect(url.searchParams.get('lang')).toBe('en');
      expect(url.searchParams.get('endpoint')).toBe(`${sut.url}/xapi/`);
      expect(url.searchParams.get('fetch')).toMatch(new RegExp(`^${sut.url}/cmi5/fetch/${res.body.sessionId}\\?token=`));
      expect(JSON.parse(url.searchParams.get('actor')!)).toEqual(actor);
      expect(url.searchParams.get('registration')).toBe(res.body.registration);
      expect(url.searchParams.get('activityId')).toBe(CHECK);
      const launched = required((await statementsWith(res.body.registration, CMI5_VERBS.launched))[0], 'the launched statement');
      expect(launched.statement.context.extensions).toMatchObject({
        [CMI5_EXTENSIONS.sessionId]: res.body.sessionId,
        [CMI5_EXTENSIONS.launchMode]: 'Normal',
        [CMI5_EXTENSIONS.moveOn]: 'Passed',
        [CMI5_EXTENSIONS.masteryScore]: 0.8,
        [CMI5_EXTENSIONS.launchUrl]: `${sut.url}/cmi5/content/${courseId}/quiz/index.html?lang=en`,
      });
    });

    it('"The fetch URL is a one-time use URL": the first POST returns auth-token, the second error-code 1 (status 200)', async () => {
      const { body } = await post<{ url: string }>(`/cmi5/courses/${courseId}/launch`, { auIndex: 0, actor }, trainer);
      const fetchUrl = new URL(body.url).searchParams.get('fetch')!;
      const first = await fetch(fetchUrl, { method: 'POST' });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/application\/json/);
      expect(await first.json()).toEqual({ 'auth-token': expect.any(String) });
      const second = await fetch(fetchUrl, { method: 'POST' });
      expect(second.status).toBe(200);
      expect(await second.json()).toEqual({ 'error-code': '1', 'error-text': expect.any(String) });
      const forged = await fetch(fetchUrl.replace(/token=[^&]+/, 'token=forged'), { method: 'POST' });
      expect(await forged.json()).toMatchObject({ 'error-code': '2' });
    });

    it('writes LMS.LaunchData before launch: contextTemplate with session id and publisher grouping, launchMode, moveOn, masteryScore, launchParameters', async () => {
      const { body } = await post<{ url: string; sessionId: string }>(`/cmi5/courses/${courseId}/launch`, { auIndex: 1, actor, launchMode: 'Review' }, trainer);
      const auRuntime = await auFromLaunch(body.url);
      expect(await auRuntime.launchData()).toEqual({
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://w3id.org/fit/test-courses/airtight-membranes' }] },
          extensions: { [CMI5_EXTENSIONS.sessionId]: body.sessionId },
        },
        launchMode: 'Review',
        moveOn: 'Passed',
        masteryScore: 0.8,
        launchParameters: '{"questions":5}',
      });
    });

    it('refuses a launch without a token (401), by a manager (403), of an unknown or another organisation\'s course (404), with a bad auIndex (400)', async () => {
      expect((await post(`/cmi5/courses/${courseId}/launch`, { auIndex: 0, actor }, undefined)).status).toBe(401);
      expect((await post(`/cmi5/courses/${courseId}/launch`, { auIndex: 0, actor }, await sut.login('manager@fit.demo'))).status).toBe(403);
      expect((await post(`/cmi5/courses/${randomUUID()}/launch`, { auIndex: 0, actor }, trainer)).status).toBe(404);
      const other = await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ('other-centre', 'Other centre', 'training_centre') returning id`);
      await sut.dataSource.query(`update cmi5_courses set organisation_id = $1 where id = (select id from cmi5_courses where organisation_id <> $1 order by created_at limit 1 offset 1) returning id`, [other.id]);
      const moved = await querySingle<{ id: string }>(sut.dataSource, 'select id from cmi5_courses where organisation_id = $1', [other.id]);
      expect((await post(`/cmi5/courses/${moved.id}/launch`, { auIndex: 0, actor }, trainer)).status).toBe(404);
      expect((await post(`/cmi5/courses/${courseId}/launch`, { auIndex: 9, actor }, trainer)).status).toBe(400);
      expect((await post(`/cmi5/courses/${courseId}/launch`, { auIndex: 0, actor: { mbox: 'mailto:a@example.org' } }, trainer)).status).toBe(400);
    });

    it('serves AU files in a sandbox with its own CSP', async () => {
      const res = await fetch(`${sut.url}/cmi5/content/${courseId}/air-tightness/index.html`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/^sandbox allow-scripts/);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect((await fetch(`${sut.url}/cmi5/content/${courseId}/nothing.html`)).status).toBe(404);
    });
  });

  describe('moveOn, waive and abandon', () => {
    let courseId: string;
    let moduleId: string;
    beforeAll(async () => {
      ({ courseId, moduleId } = (await importZip(sampleFiles())).body);
    });

    const launch = (auIndex: number, registration?: string) =>
      post<{ url: string; registration: string; sessionId: string }>(`/cmi5/courses/${courseId}/launch`, { auIndex, actor, ...(registration ? { registration } : {}) }, trainer).then((r) => r.body);
    const status = (registration: string) =>
      fetch(`${sut.url}/cmi5/registrations/${registration}`, { headers: { authorization: `Bearer ${trainer}` } }).then((r) => r.json() as Promise<{ satisfied: boolean; aus: { satisfied: boolean }[] }>);
    const moduleDone = async () => {
      const version = await querySingle<{ id: string }>(sut.dataSource, `select id from module_versions where module_id = $1 and status = 'published'`, [moduleId]);
      const rows = await sut.dataSource.query<{ passed_at: Date | null }[]>('select passed_at from learning_progress where user_id = $1 and activity_id = $2', [learnerId, moduleVersionActivity(version.id)]);
      return rows[0]?.passed_at ?? null;
    };

    it('evaluates moveOn: Completed for the first AU, Passed at the mastery score for the second; then the course is satisfied and the FIT module done', async () => {
      const first = await launch(0);
      const laying = await auFromLaunch(first.url);
      expect((await laying.send(CMI5_VERBS.initialized)).status).toBe(200);
      expect((await laying.send(CMI5_VERBS.completed, { completion: true })).status).toBe(200);
      expect((await laying.send(CMI5_VERBS.terminated)).status).toBe(200);
      expect((await status(first.registration)).aus.map((a) => a.satisfied)).toEqual([true, false]);

      const second = await launch(1, first.registration);
      const check = await auFromLaunch(second.url);
      await check.send(CMI5_VERBS.initialized);
      // Below the mastery score: no pass, even if the AU said so.
      await check.send(CMI5_VERBS.passed, { score: { scaled: 0.6 }, success: true });
      expect((await status(first.registration)).satisfied).toBe(false);
      expect(await moduleDone()).toBeNull();
      await check.send(CMI5_VERBS.passed, { score: { scaled: 0.9 }, success: true });
      await check.send(CMI5_VERBS.terminated);
      expect(await status(first.registration)).toMatchObject({ satisfied: true, aus: [{ satisfied: true }, { satisfied: true }] });

      const satisfied = await statementsWith(first.registration, CMI5_VERBS.satisfied);
      expect(satisfied).toHaveLength(1);
      const courseSatisfied = required(satisfied[0], 'the satisfied statement');
      expect(courseSatisfied.statement.object.definition.type).toBe('https://w3id.org/xapi/cmi5/activitytype/course');
      expect(courseSatisfied.statement.object.id).not.toBe('https://w3id.org/fit/test-courses/airtight-membranes');
      // The module's completion, the same record FIT's own modules make: counted in the learner's progress.
      expect(await moduleDone()).not.toBeNull();
      // Evaluating again states nothing more.
      await status(first.registration);
      expect(await statementsWith(first.registration, CMI5_VERBS.satisfied)).toHaveLength(1);
    });

    it('waives an AU with its reason (one waived statement per registration and AU: a second is 409); waived counts toward moveOn', async () => {
      const first = await launch(0);
      const laying = await auFromLaunch(first.url);
      await laying.send(CMI5_VERBS.initialized);
      await laying.send(CMI5_VERBS.completed, { completion: true });
      const waive = await post(`/cmi5/registrations/${first.registration}/waive`, { auIndex: 1, reason: 'Tested Out' }, trainer);
      expect(waive.status).toBe(204);
      const waived = required((await statementsWith(first.registration, CMI5_VERBS.waived))[0], 'the waived statement');
      expect(waived.statement.result).toEqual({ success: true, completion: true, extensions: { [CMI5_EXTENSIONS.reason]: 'Tested Out' } });
      expect(waived.statement.context.extensions[CMI5_EXTENSIONS.sessionId]).not.toBe(first.sessionId);
      expect((await post(`/cmi5/registrations/${first.registration}/waive`, { auIndex: 1, reason: 'Again' }, trainer)).status).toBe(409);
      expect((await status(first.registration)).satisfied).toBe(true);
      expect((await post(`/cmi5/registrations/${randomUUID()}/waive`, { auIndex: 1, reason: 'x' }, trainer)).status).toBe(404);
      expect((await post(`/cmi5/registrations/${first.registration}/waive`, { auIndex: 1 }, trainer)).status).toBe(400);
      expect((await post(`/cmi5/registrations/${first.registration}/waive`, { auIndex: 1, reason: 'x' }, await sut.login('manager@fit.demo'))).status).toBe(403);
    });

    it('states "satisfied" for a block once all its AUs met moveOn (once per registration), then for the course', async () => {
      const xml = courseXml(
        `<block id="https://example.org/blocks/b1"><title><langstring lang="en">Block</langstring></title><description><langstring lang="en">D</langstring></description>${au('https://example.org/blocks/aus/0', 'https://content.example.org/0.html', 'moveOn="Completed"')}</block>` +
          au('https://example.org/blocks/aus/1', 'https://content.example.org/1.html', 'moveOn="Completed"'),
        'https://example.org/courses/with-block',
      );
      const { courseId: blockCourse } = (await importXml(xml)).body;
      const { body } = await post<{ registration: string }>(`/cmi5/courses/${blockCourse}/launch`, { auIndex: 0, actor }, trainer);
      await post(`/cmi5/registrations/${body.registration}/waive`, { auIndex: 0, reason: 'Equivalent AU' }, trainer);
      await status(body.registration);
      const satisfied = () => statementsWith(body.registration, CMI5_VERBS.satisfied).then((rows) => rows.map((row) => row.statement.object.definition.type));
      expect(await satisfied()).toEqual(['https://w3id.org/xapi/cmi5/activitytype/block']);
      await post(`/cmi5/registrations/${body.registration}/waive`, { auIndex: 1, reason: 'Administrative' }, trainer);
      await status(body.registration);
      expect(await satisfied()).toEqual(['https://w3id.org/xapi/cmi5/activitytype/block', 'https://w3id.org/xapi/cmi5/activitytype/course']);
    });

    it("keeps an AU's credential to its own learner and registration (403 otherwise)", async () => {
      const session = await launch(0);
      const laying = await auFromLaunch(session.url);
      expect((await laying.send(CMI5_VERBS.initialized)).status).toBe(200);
      const otherLearner = { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: randomUUID() } };
      const aboutSomeoneElse = { id: randomUUID(), actor: otherLearner, verb: { id: CMI5_VERBS.completed }, object: { objectType: 'Activity', id: LAYING_AU }, context: { registration: session.registration } };
      expect((await laying.xapi('statements', { method: 'POST', body: JSON.stringify(aboutSomeoneElse) })).status).toBe(403);
      expect((await laying.xapi('statements')).status).toBe(403);
      expect((await laying.xapi(`statements?registration=${session.registration}`)).status).toBe(200);
      const state = new URLSearchParams({ activityId: LAYING_AU, agent: JSON.stringify(otherLearner), stateId: 'x' });
      expect((await laying.xapi(`activities/state?${state}`)).status).toBe(403);
      expect((await laying.xapi(`activities/profile?activityId=${encodeURIComponent(LAYING_AU)}&profileId=p`, { method: 'PUT', body: '{}' })).status).toBe(403);
    });

    it('abandons a session: an abandoned statement, the AU\'s credential refused after it (401), a second abandon 409, unknown 404', async () => {
      const session = await launch(1);
      const check = await auFromLaunch(session.url);
      expect((await check.send(CMI5_VERBS.initialized)).status).toBe(200);
      expect((await post(`/cmi5/sessions/${session.sessionId}/abandon`, {}, trainer)).status).toBe(204);
      const abandoned = required((await statementsWith(session.registration, CMI5_VERBS.abandoned))[0], 'the abandoned statement');
      expect(abandoned.statement.result.duration).toMatch(/^PT\d+S$/);
      expect(abandoned.statement.context.extensions[CMI5_EXTENSIONS.sessionId]).toBe(session.sessionId);
      expect((await check.send(CMI5_VERBS.passed, { score: { scaled: 1 }, success: true })).status).toBe(401);
      expect((await post(`/cmi5/sessions/${session.sessionId}/abandon`, {}, trainer)).status).toBe(409);
      expect((await post(`/cmi5/sessions/${randomUUID()}/abandon`, {}, trainer)).status).toBe(404);
      expect((await post(`/cmi5/sessions/${session.sessionId}/abandon`, {}, undefined)).status).toBe(401);
    });

    it('lets a worker see the module\'s AUs and play one for themself (their own account), and nobody else\'s module', async () => {
      const version = await querySingle<{ id: string }>(sut.dataSource, `select id from module_versions where module_id = $1 and status = 'published'`, [moduleId]);
      const worker = await sut.login('yasmine@fit.demo');
      const course = await fetch(`${sut.url}/cmi5/versions/${version.id}`, { headers: { authorization: `Bearer ${worker}` } });
      expect(await course.json()).toEqual({ courseId, aus: [{ auIndex: 0, title: { 'en-GB': 'Laying the membrane' }, launchMethod: 'AnyWindow' }, { auIndex: 1, title: { 'en-GB': 'Check your knowledge' }, launchMethod: 'AnyWindow' }] });
      const played = await post<{ url: string; registration: string }>(`/cmi5/versions/${version.id}/play`, { auIndex: 0 }, worker);
      expect(played.status).toBe(200);
      expect(JSON.parse(new URL(played.body.url).searchParams.get('actor')!)).toMatchObject({ objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: learnerId } });
      const laying = await auFromLaunch(played.body.url);
      expect((await laying.send(CMI5_VERBS.initialized)).status).toBe(200);
      const unknown = await fetch(`${sut.url}/cmi5/versions/${randomUUID()}`, { headers: { authorization: `Bearer ${worker}` } });
      expect(unknown.status).toBe(404);
      expect((await fetch(`${sut.url}/cmi5/versions/${version.id}`)).status).toBe(401);
    });

    it('abandons a session whose AU never terminates once the timeout has passed, and closes one that terminated', async () => {
      const silent = await launch(1);
      await (await auFromLaunch(silent.url)).send(CMI5_VERBS.initialized);
      const finished = await launch(0);
      const laying = await auFromLaunch(finished.url);
      await laying.send(CMI5_VERBS.initialized);
      await laying.send(CMI5_VERBS.terminated);
      const { Cmi5SessionsService } = await import('./cmi5-sessions.service.js');
      await sut.app.get(Cmi5SessionsService).sweep(new Date(Date.now() + 5 * 3600_000));
      const rows = await sut.dataSource.query<{ id: string; terminated_at: Date | null; abandoned_at: Date | null }[]>('select id, terminated_at, abandoned_at from cmi5_sessions where id = any($1)', [[silent.sessionId, finished.sessionId]]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(silent.sessionId)!.abandoned_at).not.toBeNull();
      expect(byId.get(finished.sessionId)!.terminated_at).not.toBeNull();
      expect(byId.get(finished.sessionId)!.abandoned_at).toBeNull();
      expect(await statementsWith(silent.registration, CMI5_VERBS.abandoned)).toHaveLength(1);
      expect(await statementsWith(finished.registration, CMI5_VERBS.abandoned)).toHaveLength(0);
    });
  });
});
