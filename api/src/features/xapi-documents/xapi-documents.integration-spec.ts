// The xAPI resources beside Statements, against the real PostgreSQL; each test names the requirement it checks
// (xAPI 2.0 / IEEE 9274.1.1, Communication part).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { querySingle } from '../../common/sql.js';

interface Answer {
  status: number;
  text: string;
  headers: Headers;
  json<T = unknown>(): T;
}

describe('xAPI document, Agents, Activities and About resources', () => {
  let sut: TestApp;
  let auth: string;
  let otherOrgAuth: string;
  const activityId = () => `https://example.org/activities/${randomUUID()}`;
  const agent = { objectType: 'Agent', mbox: 'mailto:learner@example.org' };

  async function call(method: string, path: string, params: Record<string, string>, init: { body?: string; headers?: Record<string, string>; authorization?: string; version?: string } = {}): Promise<Answer> {
    const res = await fetch(`${sut.url}/xapi/${path}?${new URLSearchParams(params)}`, {
      method,
      headers: {
        'x-experience-api-version': init.version ?? '2.0.0',
        authorization: init.authorization ?? auth,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body,
    });
    const text = method === 'HEAD' ? '' : await res.text();
    return { status: res.status, text, headers: res.headers, json: <T>() => JSON.parse(text) as T };
  }

  const stateParams = (activity: string, extra: Record<string, string> = {}) => ({ activityId: activity, agent: JSON.stringify(agent), ...extra });

  beforeAll(async () => {
    sut = await startTestApp();
    auth = await basicAuthFor(sut.dataSource);
    const org = await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ('other-sme', 'Other SME', 'sme') returning id`);
    expect(org.id).toBeDefined();
    otherOrgAuth = await basicAuthFor(sut.dataSource, 'other-sme');
  });
  afterAll(() => sut.close());

  describe('State resource', () => {
    it('"Stores … the document specified by the given stateId": PUT then GET returns it with its content type, a quoted SHA-1 ETag and Last-Modified', async () => {
      const params = stateParams(activityId(), { stateId: 'bookmark' });
      const put = await call('PUT', 'activities/state', params, { body: '{"page":3}' });
      expect([put.status, put.text]).toEqual([204, '']);
      const got = await call('GET', 'activities/state', params);
      expect(got.status).toBe(200);
      expect(got.json()).toEqual({ page: 3 });
      expect(got.headers.get('content-type')).toMatch(/^application\/json/);
      expect(got.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
      expect(got.headers.get('last-modified')).toBeTruthy();
    });

    it('"Documents can have any content type": a text document comes back byte for byte with its type', async () => {
      const params = stateParams(activityId(), { stateId: 'notes' });
      expect((await call('PUT', 'activities/state', params, { body: 'façade nord ✓', headers: { 'content-type': 'text/plain; charset=utf-8' } })).status).toBe(204);
      const got = await call('GET', 'activities/state', params);
      expect(got.text).toBe('façade nord ✓');
      expect(got.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    });

    it('"the LRS MUST merge the posted document with the existing document" (top-level properties only)', async () => {
      const params = stateParams(activityId(), { stateId: 'vars' });
      await call('POST', 'activities/state', params, { body: JSON.stringify({ x: 'foo', y: 'bar', nested: { a: 1 } }) });
      expect((await call('POST', 'activities/state', params, { body: JSON.stringify({ x: 'bash', z: 'faz', nested: { b: 2 } }) })).status).toBe(204);
      expect((await call('GET', 'activities/state', params)).json()).toEqual({ x: 'bash', y: 'bar', z: 'faz', nested: { b: 2 } });
    });

    it('"If the document being posted or any existing document does not have a Content-Type of application/json … MUST respond 400" and not update it', async () => {
      const params = stateParams(activityId(), { stateId: 'text' });
      await call('PUT', 'activities/state', params, { body: 'plain', headers: { 'content-type': 'text/plain' } });
      const post = await call('POST', 'activities/state', params, { body: '{"a":1}' });
      expect(post.status).toBe(400);
      expect((await call('GET', 'activities/state', params)).text).toBe('plain');
    });

    it('"Fetches State ids … If since is specified, limited to entries stored or updated since (exclusive)"', async () => {
      const activity = activityId();
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 'a' }), { body: '{}' });
      const between = new Date();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 'b' }), { body: '{}' });
      expect((await call('GET', 'activities/state', stateParams(activity))).json()).toEqual(['a', 'b']);
      expect((await call('GET', 'activities/state', stateParams(activity, { since: between.toISOString() }))).json()).toEqual(['b']);
    });

    it('"registration … The registration associated with this state": documents of another registration are apart', async () => {
      const activity = activityId();
      const registration = randomUUID();
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 's', registration }), { body: '{"r":1}' });
      expect((await call('GET', 'activities/state', stateParams(activity, { stateId: 's' }))).status).toBe(404);
      expect((await call('GET', 'activities/state', stateParams(activity, { stateId: 's', registration: randomUUID() }))).status).toBe(404);
      expect((await call('GET', 'activities/state', stateParams(activity, { stateId: 's', registration: registration.toUpperCase() }))).json()).toEqual({ r: 1 });
    });

    it('"DELETE will delete all state in the context given" (activity + agent + registration when given), and only that', async () => {
      const activity = activityId();
      const registration = randomUUID();
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 'one', registration }), { body: '{}' });
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 'two', registration }), { body: '{}' });
      await call('PUT', 'activities/state', stateParams(activity, { stateId: 'kept' }), { body: '{}' });
      expect((await call('DELETE', 'activities/state', stateParams(activity, { registration }))).status).toBe(204);
      expect((await call('GET', 'activities/state', stateParams(activity, { registration }))).json()).toEqual([]);
      expect((await call('GET', 'activities/state', stateParams(activity))).json()).toEqual(['kept']);
      await call('DELETE', 'activities/state', stateParams(activity));
      expect((await call('GET', 'activities/state', stateParams(activity))).json()).toEqual([]);
    });

    it.each([
      ['activityId missing', { agent: JSON.stringify(agent), stateId: 'x' }],
      ['agent missing', { activityId: 'https://example.org/a', stateId: 'x' }],
      ['agent not JSON', { activityId: 'https://example.org/a', agent: '{mbox', stateId: 'x' }],
      ['agent a Group', { activityId: 'https://example.org/a', agent: JSON.stringify({ objectType: 'Group', mbox: 'mailto:g@example.org' }), stateId: 'x' }],
      ['agent with two identifiers', { activityId: 'https://example.org/a', agent: JSON.stringify({ mbox: 'mailto:a@example.org', openid: 'https://id.example.org/a' }), stateId: 'x' }],
      ['registration not a UUID', { activityId: 'https://example.org/a', agent: JSON.stringify(agent), stateId: 'x', registration: 'abc' }],
      ['activityId not an IRI', { activityId: 'not an iri', agent: JSON.stringify(agent), stateId: 'x' }],
    ])('"400 Bad Request – an invalid or missing argument": %s', async (_label, params) => {
      const res = await call('GET', 'activities/state', params);
      expect(res.status).toBe(400);
      expect(res.json<{ message: string }>().message).toBeTruthy();
    });
  });

  describe('Concurrency (ETag, If-Match, If-None-Match)', () => {
    const profile = (activity: string) => ({ activityId: activity, profileId: 'settings' });

    it('"If a PUT request is received without either header for a resource that already exists, the LRS MUST return 409 Conflict" and not modify it', async () => {
      const params = profile(activityId());
      expect((await call('PUT', 'activities/profile', params, { body: '{"v":1}' })).status).toBe(204);
      const conflict = await call('PUT', 'activities/profile', params, { body: '{"v":2}' });
      expect(conflict.status).toBe(409);
      expect(conflict.json<{ message: string }>().message).toMatch(/If-Match/);
      expect((await call('GET', 'activities/profile', params)).json()).toEqual({ v: 1 });
    });

    it('"handle the If-Match header … if it contains an ETag": the current ETag replaces, a stale one gets 412 Precondition Failed and changes nothing', async () => {
      const params = profile(activityId());
      await call('PUT', 'activities/profile', params, { body: '{"v":1}' });
      const etag = (await call('GET', 'activities/profile', params)).headers.get('etag')!;
      expect((await call('PUT', 'activities/profile', params, { body: '{"v":2}', headers: { 'if-match': etag } })).status).toBe(204);
      const stale = await call('PUT', 'activities/profile', params, { body: '{"v":3}', headers: { 'if-match': etag } });
      expect(stale.status).toBe(412);
      expect((await call('GET', 'activities/profile', params)).json()).toEqual({ v: 2 });
    });

    it('"handle the If-None-Match header … if it contains *": creates when absent, 412 when the document exists', async () => {
      const params = profile(activityId());
      expect((await call('PUT', 'activities/profile', params, { body: '{"v":1}', headers: { 'if-none-match': '*' } })).status).toBe(204);
      expect((await call('PUT', 'activities/profile', params, { body: '{"v":2}', headers: { 'if-none-match': '*' } })).status).toBe(412);
      expect((await call('GET', 'activities/profile', params)).json()).toEqual({ v: 1 });
    });

    it('"If the header precondition in any of the POST or DELETE request cases fails … 412": a DELETE with a stale If-Match keeps the document', async () => {
      const params = profile(activityId());
      await call('PUT', 'activities/profile', params, { body: '{"v":1}' });
      expect((await call('DELETE', 'activities/profile', params, { headers: { 'if-match': '"0000000000000000000000000000000000000000"' } })).status).toBe(412);
      expect((await call('POST', 'activities/profile', params, { body: '{"w":1}', headers: { 'if-match': '"0000000000000000000000000000000000000000"' } })).status).toBe(412);
      expect((await call('GET', 'activities/profile', params)).json()).toEqual({ v: 1 });
      const etag = (await call('GET', 'activities/profile', params)).headers.get('etag')!;
      expect((await call('DELETE', 'activities/profile', params, { headers: { 'if-match': etag } })).status).toBe(204);
      expect((await call('GET', 'activities/profile', params)).status).toBe(404);
    });

    it('"This resource has Concurrency controls": a 2.0 State PUT over an existing document without a header is 409', async () => {
      const params = stateParams(activityId(), { stateId: 's' });
      await call('PUT', 'activities/state', params, { body: '{"v":1}' });
      expect((await call('PUT', 'activities/state', params, { body: '{"v":2}' })).status).toBe(409);
    });

    it('two writers with the same ETag: exactly one wins, the other gets 412', async () => {
      const params = profile(activityId());
      await call('PUT', 'activities/profile', params, { body: '{"v":0}' });
      const etag = (await call('GET', 'activities/profile', params)).headers.get('etag')!;
      const answers = await Promise.all([1, 2, 3, 4].map((v) => call('PUT', 'activities/profile', params, { body: JSON.stringify({ v }), headers: { 'if-match': etag } })));
      expect(answers.map((a) => a.status).sort()).toEqual([204, 412, 412, 412]);
    });
  });

  describe('a 1.0.3 client (cmi5 content)', () => {
    it('"X-Experience-API-Version 1.0.3 is accepted and answered in 1.0.3"; its State PUT replaces without ETags as 1.0.3 content does', async () => {
      const params = stateParams(activityId(), { stateId: 'suspend' });
      const first = await call('PUT', 'activities/state', params, { body: '{"p":1}', version: '1.0.3' });
      expect(first.status).toBe(204);
      expect(first.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect((await call('PUT', 'activities/state', params, { body: '{"p":2}', version: '1.0.3' })).status).toBe(204);
      const got = await call('GET', 'activities/state', params, { version: '1.0.3' });
      expect(got.json()).toEqual({ p: 2 });
      expect(got.headers.get('x-experience-api-version')).toBe('1.0.3');
    });

    it('a 1.0.3 client still gets 409 on an unconditional Agent Profile PUT over an existing document', async () => {
      const params = { agent: JSON.stringify({ mbox: 'mailto:old-client@example.org' }), profileId: 'prefs' };
      expect((await call('PUT', 'agents/profile', params, { body: '{"lang":"fr"}', version: '1.0.3' })).status).toBe(204);
      expect((await call('PUT', 'agents/profile', params, { body: '{"lang":"en"}', version: '1.0.3' })).status).toBe(409);
    });

    it('refuses a version it does not speak (0.95) with 400', async () => {
      expect((await call('GET', 'activities/state', stateParams(activityId()), { version: '0.95' })).status).toBe(400);
    });
  });

  describe('Agent Profile resource', () => {
    it('"Fetches profile ids of all profile entries for an Agent", and a single profile by profileId', async () => {
      const who = JSON.stringify({ account: { homePage: 'https://lms.example.org', name: randomUUID() } });
      await call('PUT', 'agents/profile', { agent: who, profileId: 'b' }, { body: '{"b":1}' });
      await call('POST', 'agents/profile', { agent: who, profileId: 'a' }, { body: '{"a":1}' });
      expect((await call('GET', 'agents/profile', { agent: who })).json()).toEqual(['a', 'b']);
      expect((await call('GET', 'agents/profile', { agent: who, profileId: 'b' })).json()).toEqual({ b: 1 });
      expect((await call('DELETE', 'agents/profile', { agent: who, profileId: 'b' })).status).toBe(204);
      expect((await call('GET', 'agents/profile', { agent: who })).json()).toEqual(['a']);
    });

    it('"The agent parameter is an Agent Object and not a Group": 400', async () => {
      const res = await call('GET', 'agents/profile', { agent: JSON.stringify({ objectType: 'Group', member: [] }), profileId: 'p' });
      expect(res.status).toBe(400);
    });
  });

  describe('authentication and organisations', () => {
    it.each([
      ['no credentials', ''],
      ['an unknown key', `Basic ${Buffer.from('fitk_nope:nope').toString('base64')}`],
      ['a malformed bearer token', 'Bearer not-a-token'],
    ])('answers %s with 401 on every document resource', async (_label, authorization) => {
      for (const path of ['activities/state', 'agents/profile', 'activities/profile', 'agents', 'activities']) {
        const res = await call('GET', path, { activityId: 'https://example.org/a', agent: JSON.stringify(agent) }, { authorization });
        expect(res.status).toBe(401);
      }
    });

    it('answers a revoked credential with 401', async () => {
      const revoked = await basicAuthFor(sut.dataSource);
      const key = Buffer.from(revoked.slice(6), 'base64').toString().split(':')[0];
      await sut.dataSource.query('update xapi_credentials set revoked_at = now() where key = $1', [key]);
      expect((await call('GET', 'activities/state', stateParams(activityId()), { authorization: revoked })).status).toBe(401);
    });

    it('another organisation neither sees nor changes the documents', async () => {
      const params = stateParams(activityId(), { stateId: 'private' });
      await call('PUT', 'activities/state', params, { body: '{"mine":true}' });
      expect((await call('GET', 'activities/state', params, { authorization: otherOrgAuth })).status).toBe(404);
      expect((await call('GET', 'activities/state', stateParams(params.activityId), { authorization: otherOrgAuth })).json()).toEqual([]);
      await call('DELETE', 'activities/state', stateParams(params.activityId), { authorization: otherOrgAuth });
      expect((await call('GET', 'activities/state', params)).json()).toEqual({ mine: true });
    });

    it('a worker on the tablet reads and writes only their own documents and may not write activity profiles (403)', async () => {
      const workerId = await addWorker(sut.dataSource, 'Inès Caron', 'ines@fit.demo');
      const token = `Bearer ${await sut.login('ines@fit.demo')}`;
      const own = JSON.stringify({ account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId } });
      const activity = activityId();
      expect((await call('PUT', 'activities/state', { activityId: activity, agent: own, stateId: 's' }, { body: '{}', authorization: token })).status).toBe(204);
      expect((await call('GET', 'activities/state', stateParams(activity, { stateId: 's' }), { authorization: token })).status).toBe(403);
      expect((await call('PUT', 'activities/profile', { activityId: activity, profileId: 'p' }, { body: '{}', authorization: token })).status).toBe(403);
    });
  });

  describe('Agents, Activities and About resources', () => {
    it('"If an LRS does not have any additional information about an Agent … MUST still return a Person Object"', async () => {
      const res = await call('GET', 'agents', { agent: JSON.stringify({ mbox: 'mailto:nobody@example.org', name: 'Nobody' }) });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ objectType: 'Person', name: ['Nobody'], mbox: ['mailto:nobody@example.org'] });
    });

    it('the Person object of a FIT worker carries the name the organisation knows', async () => {
      const workerId = await addWorker(sut.dataSource, 'Paul Girard', 'paul@fit.demo');
      const res = await call('GET', 'agents', { agent: JSON.stringify({ account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId } }) });
      expect(res.json()).toEqual({ objectType: 'Person', name: ['Paul Girard'], account: [{ homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId }] });
    });

    it('"Loads the complete Activity Object": the definition merged from the statements that defined it', async () => {
      const workerId = await addWorker(sut.dataSource, 'Lina Roux', 'lina@fit.demo');
      const activity = activityId();
      const xapi = xapiClient(sut.url, auth);
      const define = (definition: Record<string, unknown>) => statementBy(workerId, VERB.attempted, activity, { object: { objectType: 'Activity', id: activity, definition } });
      expect((await xapi('POST', '', [define({ name: { 'fr-FR': 'Pose de fenêtre' }, type: 'http://adlnet.gov/expapi/activities/lesson' })])).status).toBe(200);
      expect((await xapi('POST', '', [define({ name: { 'en-US': 'Window fitting' }, description: { 'en-US': 'Airtightness' } })])).status).toBe(200);
      const res = await call('GET', 'activities', { activityId: activity });
      expect(res.json()).toEqual({
        objectType: 'Activity',
        id: activity,
        definition: { name: { 'fr-FR': 'Pose de fenêtre', 'en-US': 'Window fitting' }, description: { 'en-US': 'Airtightness' }, type: 'http://adlnet.gov/expapi/activities/lesson' },
      });
      // Another organisation does not learn the definition.
      expect((await call('GET', 'activities', { activityId: activity }, { authorization: otherOrgAuth })).json()).toEqual({ objectType: 'Activity', id: activity });
    });

    it('"If an LRS does not have a canonical definition of the Activity … still return an Activity Object"', async () => {
      const activity = activityId();
      expect((await call('GET', 'activities', { activityId: activity })).json()).toEqual({ objectType: 'Activity', id: activity });
    });

    it('About "returns JSON with the xAPI versions supported", without credentials', async () => {
      const res = await fetch(`${sut.url}/xapi/about`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ version: ['1.0.3', '2.0.0'], extensions: {} });
    });
  });
});
