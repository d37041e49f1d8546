// Offline play of cmi5 courses, against the real PostgreSQL: the tablet's prepared launches (its crew's assigned
// courses only, a session whose fetch URL never answers, LaunchData and "launched" ready), the AU's statements
// arriving later with the worker's token exactly once, moveOn evaluated; and the content origin serving only content.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { DEMO_TABLET, DEMO_WORKER_PIN } from '../demo/demo-content.js';
import { CHECK_AU, cmi5Lms, LAYING_AU, sampleFiles } from '../../test-support/cmi5-lms.js';
import { registerTabletKey } from '../../test-support/tablet-key.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { querySingle, queryRows } from '../../common/sql.js';
import { CMI5_EXTENSIONS, CMI5_VERBS } from './cmi5-vocabulary.js';
import { Cmi5SessionsService } from './cmi5-sessions.service.js';
import type { OfflinePlan } from './cmi5-offline.service.js';
import { APP_CONFIG } from '../../common/config.token.js';
import { addMember } from '../../test-support/accounts.js';
import { SiteEntity } from '../sites/site.entity.js';
import type { AppConfig } from '../../config/config.js';

const CONTENT_ORIGIN = 'http://content.fit.test';
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** A GET with a chosen Host header (the content origin is this same server under another name). */
function getAs(url: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cmi5 offline play: prepared launches and the content origin', () => {
  let sut: TestApp;
  let trainer: string;
  let courseId: string;
  let versionId: string;
  let julien: string;

  const prepare = async (device: string | undefined) => {
    const res = await fetch(`${sut.url}/cmi5/offline-launches`, { method: 'POST', headers: device ? { 'x-device-token': device } : {} });
    return { status: res.status, body: (await res.json()) as OfflinePlan };
  };

  beforeAll(async () => {
    sut = await startTestApp({ config: { cmi5ContentOrigin: CONTENT_ORIGIN } });
    trainer = await sut.login('trainer@fit.demo');
    await registerTabletKey(sut, DEMO_TABLET.deviceToken);
    const imported = await cmi5Lms(sut, () => trainer).importZip(sampleFiles(), 'Membranes offline');
    courseId = imported.body.courseId;
    versionId = (await querySingle<{ id: string }>(sut.dataSource, `select v.id from module_versions v where v.module_id = $1 and v.status = 'published'`, [imported.body.moduleId])).id;
    julien = (await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'Julien Moreau'`)).id;
    const manager = await sut.login('manager@fit.demo');
    const siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
    const assigned = await sut.gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: versionId, workerIds: [julien], siteId, dueOn: tomorrow() } }, trainer);
    expect(assigned.errors).toBeUndefined();
  });
  afterAll(() => sut.close());

  it("another organisation's tablet gets none of this organisation's courses or launches", async () => {
    const otherOrg = await addMember(sut.dataSource, 'offline-other', 'offline-other-manager@a.fr', 'manager');
    const otherManager = await sut.login('offline-other-manager@a.fr');
    const otherSite = await sut.dataSource.getRepository(SiteEntity).save({ organisationId: otherOrg, name: 'Chantier autre', address: '' });
    const enrolled = await sut.gql<{ enrolTablet: { deviceToken: string } }>('mutation($s: ID!) { enrolTablet(siteId: $s, label: "Autre") { deviceToken } }', { s: otherSite.id }, otherManager);
    const { status, body } = await prepare(enrolled.data!.enrolTablet.deviceToken);
    expect(status).toBe(200);
    expect(body).toEqual({ contentOrigin: CONTENT_ORIGIN, courses: [], launches: [] });
  });

  it('needs the tablet: no or a forged device token is 401', async () => {
    expect((await prepare(undefined)).status).toBe(401);
    expect((await prepare('forged-device-token')).status).toBe(401);
  });

  it("prepares one launch per AU playable offline for the crew member the course is assigned to, and the course's files", async () => {
    const { status, body } = await prepare(DEMO_TABLET.deviceToken);
    expect(status).toBe(200);
    expect(body.contentOrigin).toBe(CONTENT_ORIGIN);
    const course = body.courses.find((c) => c.courseId === courseId)!;
    expect(course.versionIds).toEqual([versionId]);
    expect(course.aus.map((a) => [a.auIndex, a.launchMethod, a.reach])).toEqual([[0, 'AnyWindow', 'package'], [1, 'AnyWindow', 'package']]);
    expect(course.files.sort()).toEqual([`/cmi5/content/${courseId}/air-tightness/index.html`, `/cmi5/content/${courseId}/quiz/index.html`, `/cmi5/content/${courseId}/shared/cmi5-client.js`]);
    const mine = body.launches.filter((l) => l.courseId === courseId);
    expect(mine.map((l) => [l.workerId, l.auIndex])).toEqual([[julien, 0], [julien, 1]]);
    const quiz = mine[1]!;
    expect(quiz.url).toBe(`${CONTENT_ORIGIN}/cmi5/content/${courseId}/quiz/index.html?lang=en`);
    expect(quiz.actor).toEqual({ objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: julien } });
    expect(quiz.activityId).toBe(CHECK_AU);
    expect(quiz.launchData).toMatchObject({
      contextTemplate: { extensions: { [CMI5_EXTENSIONS.sessionId]: quiz.sessionId } },
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: 0.8,
      launchParameters: '{"questions":5}',
    });
    expect(quiz.launched).toMatchObject({ verb: { id: CMI5_VERBS.launched }, object: { id: CHECK_AU }, context: { registration: quiz.registration } });
    expect(quiz.held).toEqual([]);
    // Nothing was stated yet: the launch happens on the tablet.
    expect(await queryRows(sut.dataSource, 'select id from xapi_statements where registration = $1', [quiz.registration])).toEqual([]);
  });

  it('gives the same unplayed sessions again, whose fetch URL never hands out a credential', async () => {
    const first = (await prepare(DEMO_TABLET.deviceToken)).body.launches.filter((l) => l.courseId === courseId);
    const again = (await prepare(DEMO_TABLET.deviceToken)).body.launches.filter((l) => l.courseId === courseId);
    expect(again.map((l) => l.sessionId)).toEqual(first.map((l) => l.sessionId));
    const fetched = await fetch(`${sut.url}/cmi5/fetch/${first[0]!.sessionId}?token=guess`, { method: 'POST' });
    expect(await fetched.json()).toMatchObject({ 'error-code': '2' });
  });

  it("takes the AU's statements from the worker's outbox exactly once, evaluates moveOn, and prepares a new session next time", async () => {
    const [laying] = (await prepare(DEMO_TABLET.deviceToken)).body.launches.filter((l) => l.courseId === courseId && l.auIndex === 0);
    const signedIn = await sut.gql<{ pinLogin: { accessToken: string } }>('mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken } }', { w: julien, p: DEMO_WORKER_PIN }, undefined, { 'x-device-token': DEMO_TABLET.deviceToken });
    const workerToken = signedIn.data!.pinLogin.accessToken;
    const context = { ...(laying!.launchData.contextTemplate as object), registration: laying!.registration };
    const au = (verb: string, result?: object) => ({ id: randomUUID(), actor: laying!.actor, verb: { id: verb }, object: { objectType: 'Activity', id: LAYING_AU }, context, timestamp: new Date().toISOString(), ...(result ? { result } : {}) });
    const batch = [
      { ...laying!.launched, timestamp: new Date().toISOString() },
      au(CMI5_VERBS.initialized),
      au(CMI5_VERBS.completed, { completion: true, duration: 'PT20S' }),
      au(CMI5_VERBS.terminated, { duration: 'PT21S' }),
    ];
    const sync = () => fetch(`${sut.url}/xapi/statements`, { method: 'POST', headers: { authorization: `Bearer ${workerToken}`, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' }, body: JSON.stringify(batch) });
    expect((await sync()).status).toBe(200);
    // A sync retried after a cut: accepted, nothing stored twice.
    expect((await sync()).status).toBe(200);
    const verbs = await queryRows<{ verb_id: string }>(sut.dataSource, 'select verb_id from xapi_statements where registration = $1 order by stored', [laying!.registration]);
    expect(verbs.map((v) => v.verb_id)).toEqual([CMI5_VERBS.launched, CMI5_VERBS.initialized, CMI5_VERBS.completed, CMI5_VERBS.terminated]);

    await sut.app.get(Cmi5SessionsService).sweep();
    const session = await querySingle<{ terminated: boolean }>(sut.dataSource, 'select terminated_at is not null as terminated from cmi5_sessions where id = $1', [laying!.sessionId]);
    expect(session.terminated).toBe(true);
    const status = await fetch(`${sut.url}/cmi5/registrations/${laying!.registration}`, { headers: { authorization: `Bearer ${trainer}` } });
    expect(((await status.json()) as { aus: { completed: boolean }[] }).aus[0]!.completed).toBe(true);

    const next = (await prepare(DEMO_TABLET.deviceToken)).body.launches.find((l) => l.courseId === courseId && l.auIndex === 0)!;
    expect(next.sessionId).not.toBe(laying!.sessionId);
    expect(next.registration).toBe(laying!.registration);
    expect(next.held.map((s) => (s.verb as { id: string }).id)).toEqual([CMI5_VERBS.completed]);
  });

  it('the sweep neither abandons nor closes a prepared session nobody played', async () => {
    const quiz = (await prepare(DEMO_TABLET.deviceToken)).body.launches.find((l) => l.courseId === courseId && l.auIndex === 1)!;
    await sut.app.get(Cmi5SessionsService).sweep(new Date(Date.now() + 30 * 86_400_000));
    const row = await querySingle<{ ended: boolean }>(sut.dataSource, 'select terminated_at is not null or abandoned_at is not null as ended from cmi5_sessions where id = $1', [quiz.sessionId]);
    expect(row.ended).toBe(false);
    expect(await queryRows(sut.dataSource, `select id from xapi_statements where statement->'context'->'extensions'->>$1 = $2`, [CMI5_EXTENSIONS.sessionId, quiz.sessionId])).toEqual([]);
  });

  it('the content origin serves course content, its service worker and bridge, and nothing of FIT', async () => {
    const host = new URL(CONTENT_ORIGIN).host;
    const file = await getAs(`${sut.url}/cmi5/content/${courseId}/quiz/index.html`, host);
    expect(file.status).toBe(200);
    expect(file.headers['content-security-policy']).toMatch(/^sandbox allow-scripts allow-same-origin /);
    const onFit = await getAs(`${sut.url}/cmi5/content/${courseId}/quiz/index.html`, new URL(sut.url).host);
    expect(onFit.headers['content-security-policy']).toMatch(/^sandbox allow-scripts allow-forms/);
    expect(onFit.headers['content-security-policy']).not.toContain('allow-same-origin');

    const sw = await getAs(`${sut.url}/cmi5/sw.js`, host);
    expect(sw.status).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.body).toContain("'/cmi5/offline/'");
    const bridge = await getAs(`${sut.url}/cmi5/bridge.html`, host);
    expect(bridge.headers['content-security-policy']).toContain(`frame-ancestors ${sut.app.get<AppConfig>(APP_CONFIG).publicUrl}`);
    // FIT's origin never registers the content worker; the content origin never answers FIT's app or API.
    expect((await getAs(`${sut.url}/cmi5/sw.js`, new URL(sut.url).host)).status).toBe(404);
    for (const path of ['/graphql', '/xapi/about', '/', '/cmi5/offline-launches', '/health']) {
      expect([path, (await getAs(`${sut.url}${path}`, host)).status]).toEqual([path, 404]);
    }
  });
});
