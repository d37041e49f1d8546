// FIT as a cmi5 LMS, against the real PostgreSQL: launch, the one-time fetch URL, LMS.LaunchData, moveOn into the
// module's completion, waive, abandon, the AU credential's scope and the session timeout.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { FIT_ACCOUNT_HOMEPAGE, moduleVersionActivity } from '@fit/shared';
import { au, CHECK_AU, cmi5Lms, courseXml, LAYING_AU, sampleFiles } from '../../test-support/cmi5-lms.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { CMI5_EXTENSIONS, CMI5_VERBS } from './cmi5-vocabulary.js';
import { querySingle } from '../../common/sql.js';
import { required } from '../../common/required.js';

describe('cmi5: FIT as the LMS', () => {
  let sut: TestApp;
  let trainer: string;
  let learnerId: string;
  let actor: Record<string, unknown>;
  let lms: ReturnType<typeof cmi5Lms>;
  let post: ReturnType<typeof cmi5Lms>['post'];
  let auFromLaunch: ReturnType<typeof cmi5Lms>['auFromLaunch'];
  let statementsWith: ReturnType<typeof cmi5Lms>['statementsWith'];
  const importZip = (...args: Parameters<ReturnType<typeof cmi5Lms>['importZip']>) => lms.importZip(...args);
  const importXml = (xml: string) => lms.importXml(xml);

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    learnerId = await addWorker(sut.dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    actor = { objectType: 'Agent', name: 'Yasmine Haddad', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: learnerId } };
    lms = cmi5Lms(sut, () => trainer);
    ({ post, auFromLaunch, statementsWith } = lms);
  });
  afterAll(() => sut.close());

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
      expect(url.searchParams.get('activityId')).toBe(CHECK_AU);
      const [launched] = await statementsWith(res.body.registration, CMI5_VERBS.launched);
      expect(launched!.statement.context.extensions).toMatchObject({
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
      const [other] = await sut.dataSource.query<{ id: string }[]>(`insert into organisations (slug, name, kind) values ('other-centre', 'Other centre', 'training_centre') returning id`);
      const { courseId: theirs } = (await importZip(sampleFiles(), 'Theirs')).body;
      await sut.dataSource.query('update cmi5_courses set organisation_id = $1 where id = $2', [other!.id, theirs]);
      expect((await post(`/cmi5/courses/${theirs}/launch`, { auIndex: 0, actor }, trainer)).status).toBe(404);
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
      // Below the mastery score: no pass, even if the AU said so (the learning record store refuses it, cmi5 9.3.4).
      expect((await check.send(CMI5_VERBS.passed, { score: { scaled: 0.6 }, success: true })).status).toBe(400);
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
      expect(await course.json()).toEqual({ courseId, aus: [{ auIndex: 0, title: { 'en-GB': 'Laying the membrane' }, launchMethod: 'AnyWindow', reach: 'package' }, { auIndex: 1, title: { 'en-GB': 'Check your knowledge' }, launchMethod: 'AnyWindow', reach: 'package' }] });
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
