// cmi5's order of an AU session's statements, enforced by the learning record store (cmi5 9.3, 9.5, 10.0): each
// broken rule is a 400 naming it, and nothing of the batch is stored. Against the real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { cmi5Lms, sampleFiles } from '../../test-support/cmi5-lms.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { CMI5_VERBS } from './cmi5-vocabulary.js';

describe('cmi5 session rules in the learning record store', () => {
  let sut: TestApp;
  let trainer: string;
  let actor: Record<string, unknown>;
  let lms: ReturnType<typeof cmi5Lms>;
  let courseId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    const learnerId = await addWorker(sut.dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    actor = { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: learnerId } };
    lms = cmi5Lms(sut, () => trainer);
    ({ courseId } = (await lms.importZip(sampleFiles())).body);
  });
  afterAll(() => sut.close());

  /** An AU session of the sample course: 0 is "laying" (moveOn Completed), 1 is "check" (mastery score 0.8). */
  async function session(auIndex: number, options: { registration?: string; launchMode?: string } = {}) {
    const { body } = await lms.post<{ url: string; registration: string }>(`/cmi5/courses/${courseId}/launch`, { auIndex, actor, ...options }, trainer);
    return { ...(await lms.auFromLaunch(body.url)), registration: body.registration };
  }

  /** The refusal: 400, the rule named in the message and in `refused`. */
  async function refused(res: Response, rule: string) {
    const body = (await res.json()) as { message: string; refused: { rule: string }[] };
    expect({ status: res.status, rule: body.refused?.[0]?.rule }).toEqual({ status: 400, rule });
    expect(body.message).toContain(`(${rule})`);
  }

  it('"initialized" is the first statement of a session (9.3.2)', async () => {
    const au = await session(0);
    await refused(await au.send(CMI5_VERBS.completed, { completion: true, duration: 'PT1M' }), 'cmi5 9.3.2 initialized first');
    expect((await lms.statementsWith(au.registration, CMI5_VERBS.completed))).toHaveLength(0);
    expect((await au.send(CMI5_VERBS.initialized)).status).toBe(200);
    await refused(await au.send(CMI5_VERBS.initialized), 'cmi5 9.3.2 one initialized per session');
  });

  it('a batch is checked in order: initialized then completed in one request is accepted, the reverse refused whole', async () => {
    const au = await session(0);
    const initialized = await au.statement(CMI5_VERBS.initialized);
    const completed = await au.statement(CMI5_VERBS.completed, { completion: true, duration: 'PT1M' });
    await refused(await au.sendAll([completed, initialized]), 'cmi5 9.3.2 initialized first');
    expect(await lms.statementsWith(au.registration, CMI5_VERBS.initialized)).toHaveLength(0);
    expect((await au.sendAll([initialized, completed])).status).toBe(200);
    // A resend of what is stored is accepted as it was (exactly once), not refused as a second "completed".
    expect((await au.sendAll([completed])).status).toBe(200);
    expect(await lms.statementsWith(au.registration, CMI5_VERBS.completed)).toHaveLength(1);
  });

  it('nothing after "terminated" in that session (9.3.8), while a new session of the registration goes on', async () => {
    const au = await session(1);
    await au.send(CMI5_VERBS.initialized);
    expect((await au.send(CMI5_VERBS.terminated, { duration: 'PT2M' })).status).toBe(200);
    await refused(await au.send(CMI5_VERBS.passed, { success: true, score: { scaled: 0.9 }, duration: 'PT2M' }), 'cmi5 9.3.8 nothing after terminated');
    const next = await session(1, { registration: au.registration });
    expect((await next.send(CMI5_VERBS.initialized)).status).toBe(200);
  });

  it('"completed" once per registration and AU (9.3.3), with completion true (9.5.3)', async () => {
    const first = await session(0);
    await first.send(CMI5_VERBS.initialized);
    await refused(await first.send(CMI5_VERBS.completed, { duration: 'PT1M' }), 'cmi5 9.5.3 completion');
    expect((await first.send(CMI5_VERBS.completed, { completion: true, duration: 'PT1M' })).status).toBe(200);
    await first.send(CMI5_VERBS.terminated, { duration: 'PT1M' });
    const again = await session(0, { registration: first.registration });
    await again.send(CMI5_VERBS.initialized);
    await refused(await again.send(CMI5_VERBS.completed, { completion: true, duration: 'PT1M' }), 'cmi5 9.3.3 one completed per registration');
  });

  it('"passed" at or above the mastery score only (9.3.4), "failed" below it (9.3.5), with the matching success (9.5.2)', async () => {
    const au = await session(1);
    await au.send(CMI5_VERBS.initialized);
    await refused(await au.send(CMI5_VERBS.passed, { success: true, score: { scaled: 0.6 }, duration: 'PT1M' }), 'cmi5 9.3.4 mastery score');
    await refused(await au.send(CMI5_VERBS.failed, { success: false, score: { scaled: 0.85 }, duration: 'PT1M' }), 'cmi5 9.3.5 mastery score');
    await refused(await au.send(CMI5_VERBS.passed, { success: false, score: { scaled: 0.9 }, duration: 'PT1M' }), 'cmi5 9.5.2 success');
    expect((await au.send(CMI5_VERBS.failed, { success: false, score: { scaled: 0.6 }, duration: 'PT1M' })).status).toBe(200);
    expect((await au.send(CMI5_VERBS.passed, { success: true, score: { scaled: 0.9 }, duration: 'PT1M' })).status).toBe(200);
  });

  it('"passed" once per registration (9.3.4), and no "failed" after it (9.3.5)', async () => {
    const au = await session(1);
    await au.send(CMI5_VERBS.initialized);
    await au.send(CMI5_VERBS.passed, { success: true, score: { scaled: 0.9 }, duration: 'PT1M' });
    await refused(await au.send(CMI5_VERBS.passed, { success: true, score: { scaled: 1 }, duration: 'PT1M' }), 'cmi5 9.3.4 one passed per registration');
    await refused(await au.send(CMI5_VERBS.failed, { success: false, score: { scaled: 0.1 }, duration: 'PT1M' }), 'cmi5 9.3.5 no failed after passed');
  });

  it('"completed", "passed" and "failed" only when the AU was launched in Normal mode (10.0)', async () => {
    const browse = await session(1, { launchMode: 'Browse' });
    await browse.send(CMI5_VERBS.initialized);
    await refused(await browse.send(CMI5_VERBS.passed, { success: true, score: { scaled: 0.9 }, duration: 'PT1M' }), 'cmi5 10.0 launch mode');
    const review = await session(0, { launchMode: 'Review' });
    await review.send(CMI5_VERBS.initialized);
    await refused(await review.send(CMI5_VERBS.completed, { completion: true, duration: 'PT1M' }), 'cmi5 10.0 launch mode');
    // Other statements of the session ("cmi5 allowed") are recorded in any mode.
    expect((await review.send('http://adlnet.gov/expapi/verbs/experienced')).status).toBe(200);
  });
});
