import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { queryRows, querySingle } from '../../common/sql.js';

const ACTIVITY = 'https://w3id.org/fit/modules/airtight-windows/v/1';

describe('the xAPI Statement API at /xapi/statements', () => {
  let sut: TestApp;
  let xapi: ReturnType<typeof xapiClient>;
  let workerId: string;
  let auth: string;
  const count = async () => Number((await querySingle<{ n: string }>(sut.dataSource, 'select count(*) as n from xapi_statements')).n);

  beforeAll(async () => {
    sut = await startTestApp();
    auth = await basicAuthFor(sut.dataSource);
    xapi = xapiClient(sut.url, auth);
    workerId = await addWorker(sut.dataSource, 'Karim Benali', 'karim@fit.demo');
  });
  afterAll(() => sut.close());

  it('stores a statement and returns it by id with stored, authority and version set', async () => {
    const s = statementBy(workerId, VERB.completed, ACTIVITY);
    const post = await xapi<string[]>('POST', '', s);
    expect(post).toMatchObject({ status: 200, body: [s.id] });
    expect(post.headers.get('x-experience-api-version')).toBe('2.0.0');
    const get = await xapi<Record<string, unknown>>('GET', `?statementId=${s.id}`);
    expect(get.status).toBe(200);
    expect(get.body).toMatchObject({ ...s, version: '2.0.0', authority: expect.any(Object), stored: expect.any(String) });
  });

  it('assigns an id when an external client sends none', async () => {
    const { id: _id, ...withoutId } = statementBy(workerId, VERB.attempted, ACTIVITY);
    const post = await xapi<string[]>('POST', '', withoutId);
    expect(post.status).toBe(200);
    expect(post.body[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a request without the version header', async () => {
    const res = await xapi('POST', '', statementBy(workerId, VERB.attempted, ACTIVITY), { 'x-experience-api-version': '' });
    expect(res.status).toBe(400);
  });

  it.each([
    ['no credentials', ''],
    ['a wrong secret', `Basic ${Buffer.from('fitk_nope:nope').toString('base64')}`],
    ['a malformed bearer token', 'Bearer not-a-token'],
  ])('refuses %s with 401', async (_label, authorization) => {
    const res = await xapiClient(sut.url, authorization)('GET');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Basic');
  });

  it('refuses a whole batch when one statement is malformed, naming it, and stores none of it', async () => {
    const before = await count();
    const bad = { ...statementBy(workerId, VERB.completed, ACTIVITY), result: { score: { scaled: 3 } } };
    const res = await xapi<{ message: string; reasons: string[] }>('POST', '', [statementBy(workerId, VERB.attempted, ACTIVITY), bad]);
    expect(res.status).toBe(400);
    expect(res.body.reasons).toEqual(['statements[1]: result.score.scaled must be between -1 and 1']);
    expect(await count()).toBe(before);
  });

  it.each([
    ['a NUL character in a string', (s: Record<string, unknown>) => ({ ...s, verb: { id: VERB.completed, display: { en: 'done\u0000' } } }), /verb\.display\.en contains a NUL character/],
    ['a lone surrogate in a string', (s: Record<string, unknown>) => ({ ...s, verb: { id: VERB.completed, display: { en: 'done\ud800' } } }), /verb\.display\.en contains a lone UTF-16 surrogate/],
    ['an impossible timestamp', (s: Record<string, unknown>) => ({ ...s, timestamp: '2026-13-45T25:61:00Z' }), /timestamp is not a real date and time/],
  ])('refuses a statement with %s with a 400 naming the problem, and stores nothing', async (_label, spoil, reason) => {
    const before = await count();
    const res = await xapi<{ message: string; reasons: string[] }>('POST', '', [spoil(statementBy(workerId, VERB.completed, ACTIVITY))]);
    expect(res.status).toBe(400);
    expect(res.body.reasons.join('\n')).toMatch(reason);
    expect(await count()).toBe(before);
  });

  it('refuses a statement with an extension nested 5,000 deep with a 400 naming the problem', async () => {
    // Written as text: building it with JSON.stringify would itself run out of stack.
    const deep = `${'{"next":'.repeat(5_000)}"bottom"${'}'.repeat(5_000)}`;
    const statement = JSON.stringify(statementBy(workerId, VERB.completed, ACTIVITY)).replace(/}$/, `,"result":{"extensions":{"https://example.org/x":${deep}}}}`);
    const res = await fetch(`${sut.url}/xapi/statements`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' },
      body: `[${statement}]`,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { reasons: string[] }).reasons.join('\n')).toMatch(/result\.extensions.* is nested deeper than 32 levels/);
  });

  it('accepts the same batch again silently and stores nothing twice', async () => {
    const batch = [1, 2, 3].map(() => statementBy(workerId, VERB.attempted, ACTIVITY));
    const first = await xapi<string[]>('POST', '', batch);
    const before = await count();
    const again = await xapi<string[]>('POST', '', batch);
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(await count()).toBe(before);
  });

  it('answers 409 when an id is reused with other content, and stores nothing of that batch', async () => {
    const original = statementBy(workerId, VERB.attempted, ACTIVITY);
    await xapi('POST', '', original);
    const before = await count();
    const fresh = statementBy(workerId, VERB.attempted, ACTIVITY);
    const res = await xapi<{ ids: string[] }>('POST', '', [fresh, { ...original, verb: { id: VERB.passed } }]);
    expect(res.status).toBe(409);
    expect(res.body.ids).toEqual([original.id]);
    expect(await count()).toBe(before);
  });

  it('stores by PUT with statementId, and refuses an id that differs from the body', async () => {
    const s = statementBy(workerId, VERB.attempted, ACTIVITY);
    expect((await xapi('PUT', `?statementId=${s.id}`, s)).status).toBe(204);
    expect((await xapi('PUT', `?statementId=${randomUUID()}`, s)).status).toBe(400);
  });

  it('voids a statement: it leaves queries, stays readable as voided, and cannot be deleted', async () => {
    const target = statementBy(workerId, VERB.passed, ACTIVITY);
    await xapi('POST', '', target);
    const voiding = statementBy(workerId, VERB.voided, ACTIVITY, { object: { objectType: 'StatementRef', id: target.id } });
    const voided = await xapi('POST', '', voiding);
    expect(voided).toMatchObject({ status: 200, body: [voiding.id] });
    expect((await xapi('GET', `?statementId=${target.id}`)).status).toBe(404);
    expect((await xapi('GET', `?voidedStatementId=${target.id}`)).status).toBe(200);
    // The API's own role is refused by its grants; the owner, by the append-only trigger.
    await expect(queryRows(sut.dataSource, 'delete from xapi_statements where id = $1', [target.id])).rejects.toThrow(/permission denied/);
    const owner = new pg.Client({ connectionString: sut.database.url });
    await owner.connect();
    try {
      await expect(queryRows(owner, 'delete from xapi_statements where id = $1', [target.id])).rejects.toThrow(/append-only/);
      await expect(queryRows(owner, `update xapi_statements set verb_id = 'x' where id = $1`, [voiding.id])).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });

  it('refuses to void a statement that does not exist', async () => {
    const voiding = statementBy(workerId, VERB.voided, ACTIVITY, { object: { objectType: 'StatementRef', id: randomUUID() } });
    expect((await xapi('POST', '', voiding)).status).toBe(400);
  });

  it('pages through filtered statements with `more`, each exactly once', async () => {
    const activity = `https://w3id.org/fit/modules/paging/${randomUUID()}`;
    const batch = Array.from({ length: 25 }, () => statementBy(workerId, VERB.attempted, activity));
    await xapi('POST', '', batch);
    const seen: string[] = [];
    let query = `?activity=${encodeURIComponent(activity)}&limit=10&ascending=true`;
    for (let page = 0; page < 5 && query; page++) {
      const res = await xapi<{ statements: { id: string }[]; more: string }>('GET', query);
      seen.push(...res.body.statements.map((s) => s.id));
      query = res.body.more ? res.body.more.replace('/xapi/statements', '') : '';
    }
    expect(seen.sort()).toEqual(batch.map((s) => s.id).sort());
  });

  it('filters by agent, verb and since', async () => {
    const other = await addWorker(sut.dataSource, 'Sofia Lima', 'sofia@fit.demo');
    const since = new Date(Date.now() - 1000).toISOString();
    await xapi('POST', '', [statementBy(other, VERB.completed, ACTIVITY), statementBy(other, VERB.attempted, ACTIVITY)]);
    const agent = encodeURIComponent(JSON.stringify({ account: { homePage: 'https://w3id.org/fit/users', name: other } }));
    const res = await xapi<{ statements: { verb: { id: string } }[] }>('GET', `?agent=${agent}&verb=${encodeURIComponent(VERB.completed)}&since=${since}`);
    expect(res.body.statements.map((s) => s.verb.id)).toEqual([VERB.completed]);
  });

  it('refuses more than 1,000 statements in one request with 413', async () => {
    const batch = Array.from({ length: 1001 }, () => statementBy(workerId, VERB.attempted, ACTIVITY));
    expect((await xapi('POST', '', batch)).status).toBe(413);
  });

  it("never shows one organisation's statements to another organisation's credentials", async () => {
    const s = statementBy(workerId, VERB.completed, ACTIVITY);
    await xapi('POST', '', s);
    await sut.dataSource.query(`insert into organisations (slug, name, kind) values ('other-org', 'Autre', 'sme')`);
    const other = xapiClient(sut.url, await basicAuthFor(sut.dataSource, 'other-org'));
    expect((await other('GET', `?statementId=${s.id}`)).status).toBe(404);
    const list = await other<{ statements: unknown[] }>('GET', '');
    expect(list.body.statements).toEqual([]);
    const voiding = statementBy(workerId, VERB.voided, ACTIVITY, { object: { objectType: 'StatementRef', id: s.id } });
    expect((await other('POST', '', voiding)).status).toBe(403);
  });

  it("refuses statements about someone outside the credential's organisation", async () => {
    const res = await xapi('POST', '', statementBy(randomUUID(), VERB.attempted, ACTIVITY));
    expect(res.status).toBe(403);
  });
});

