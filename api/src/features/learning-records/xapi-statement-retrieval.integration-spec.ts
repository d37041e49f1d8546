// Reading statements back (xAPI Communication 2.1.3 GET Statements) and the status codes of the Statement resource,
// over real HTTP and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
type Result = { statements: Json[]; more: string };

const TRAINER = { objectType: 'Agent', name: 'Lucie', mbox: 'mailto:lucie@fit.demo' };

describe('xAPI statement retrieval at /xapi/statements', () => {
  let sut: TestApp;
  let xapi: ReturnType<typeof xapiClient>;
  let workerId: string;
  const newActivity = () => `https://w3id.org/fit/modules/retrieval/${randomUUID()}`;
  const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

  beforeAll(async () => {
    sut = await startTestApp();
    xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    workerId = await addWorker(sut.dataSource, 'Karim Benali', 'karim@fit.demo');
  });
  afterAll(() => sut.close());

  describe('formats', () => {
    const described = (activity: string) =>
      statementBy(workerId, VERB.completed, activity, {
        actor: { objectType: 'Agent', name: 'Karim', account: { homePage: 'https://w3id.org/fit/users', name: workerId } },
        verb: { id: VERB.completed, display: { 'en-US': 'completed', fr: 'a terminé' } },
        object: { objectType: 'Activity', id: activity, definition: { name: { 'en-US': 'Airtight windows', fr: 'Fenêtres étanches' }, type: 'http://adlnet.gov/expapi/activities/module' } },
        context: { instructor: TRAINER },
      });

    it('format=ids: "only include minimum information necessary in Agent, Activity, Verb and Group Objects to identify them"', async () => {
      const s = described(newActivity());
      await xapi('POST', '', s);
      const { body } = await xapi<Json>('GET', q({ statementId: s.id, format: 'ids' }));
      expect(body.actor).toEqual({ objectType: 'Agent', account: s.actor.account });
      expect(body.verb).toEqual({ id: VERB.completed });
      expect(body.object).toEqual({ objectType: 'Activity', id: s.object.id });
      expect(body.context.instructor).toEqual({ objectType: 'Agent', mbox: TRAINER.mbox });
    });

    it('format=canonical: "Activity Objects and Verbs … return only one language in each Language Map", chosen by Accept-Language', async () => {
      const s = described(newActivity());
      await xapi('POST', '', s);
      const fr = await xapi<Json>('GET', q({ statementId: s.id, format: 'canonical' }), undefined, { 'accept-language': 'fr-FR, fr;q=0.9, en;q=0.5' });
      expect(fr.body.verb.display).toEqual({ fr: 'a terminé' });
      expect(fr.body.object.definition.name).toEqual({ fr: 'Fenêtres étanches' });
      const en = await xapi<Result>('GET', q({ activity: s.object.id, format: 'canonical' }), undefined, { 'accept-language': 'en' });
      expect(en.body.statements[0]!.verb.display).toEqual({ 'en-US': 'completed' });
    });

    it('format=exact (the default) returns the statement as stored, every language kept', async () => {
      const s = described(newActivity());
      await xapi('POST', '', s);
      const { body } = await xapi<Json>('GET', q({ statementId: s.id, format: 'exact' }));
      expect(body.verb.display).toEqual((s.verb as Json).display);
      expect(body.actor).toEqual(s.actor);
    });
  });

  describe('headers', () => {
    it('"The LRS MUST include the header "Last-Modified" … on single Statement GET" with the time it was stored', async () => {
      const s = statementBy(workerId, VERB.attempted, newActivity());
      await xapi('POST', '', s);
      const res = await xapi<Json>('GET', q({ statementId: s.id }));
      expect(res.headers.get('last-modified')).toBe(new Date(res.body.stored).toUTCString());
    });

    it('"The LRS MUST include the header "X-Experience-API-Consistent-Through" … on all responses to GET requests to the Statement resource"', async () => {
      const s = statementBy(workerId, VERB.attempted, newActivity());
      await xapi('POST', '', s);
      for (const query of [q({ statementId: s.id }), q({ activity: s.object.id }), q({ statementId: randomUUID() })]) {
        const res = await xapi('GET', query);
        expect(Date.parse(res.headers.get('x-experience-api-consistent-through') ?? '')).not.toBeNaN();
      }
    });
  });

  it('X-Experience-API-Consistent-Through stays before a batch that is still being written, so a client polling with since misses nothing', async () => {
    const s = statementBy(workerId, VERB.attempted, newActivity());
    let pending: Promise<unknown> | undefined;
    const through = await whileInsertsWait(sut.database.url, async () => {
      pending = xapi('POST', '', s);
      await new Promise((r) => setTimeout(r, 300));
      return (await xapi('GET', q({ activity: s.object.id }))).headers.get('x-experience-api-consistent-through');
    });
    await pending;
    const stored = (await xapi<Json>('GET', q({ statementId: s.id }))).body.stored as string;
    expect(Date.parse(through ?? '')).toBeLessThan(Date.parse(stored));
  });

  describe('filters', () => {
    it('"since: Only Statements stored since the specified Timestamp (exclusive)" and "until: … stored at or before the specified Timestamp"', async () => {
      const activity = newActivity();
      const first = statementBy(workerId, VERB.attempted, activity);
      await xapi('POST', '', first);
      const stored = (await xapi<Json>('GET', q({ statementId: first.id }))).body.stored as string;
      await new Promise((r) => setTimeout(r, 5));
      const second = statementBy(workerId, VERB.attempted, activity);
      await xapi('POST', '', second);
      expect((await xapi<Result>('GET', q({ activity, since: stored }))).body.statements.map((s) => s.id)).toEqual([second.id]);
      expect((await xapi<Result>('GET', q({ activity, until: stored }))).body.statements.map((s) => s.id)).toEqual([first.id]);
    });

    it('"ascending: If true, return results in ascending order of stored time"; descending otherwise', async () => {
      const activity = newActivity();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const s = statementBy(workerId, VERB.attempted, activity);
        await xapi('POST', '', s);
        ids.push(s.id);
      }
      expect((await xapi<Result>('GET', q({ activity, ascending: 'true' }))).body.statements.map((s) => s.id)).toEqual(ids);
      expect((await xapi<Result>('GET', q({ activity }))).body.statements.map((s) => s.id)).toEqual([...ids].reverse());
    });

    it('"related_agents: Apply the Agent filter broadly. Include Statements for which the Actor, Object, Authority, Instructor, Team, … match"', async () => {
      const activity = newActivity();
      const instructed = statementBy(workerId, VERB.attempted, activity, { context: { instructor: { objectType: 'Agent', mbox: 'mailto:instructor@fit.demo' } } });
      await xapi('POST', '', instructed);
      const agent = JSON.stringify({ mbox: 'mailto:instructor@fit.demo' });
      expect((await xapi<Result>('GET', q({ agent, activity }))).body.statements).toEqual([]);
      expect((await xapi<Result>('GET', q({ agent, activity, related_agents: 'true' }))).body.statements.map((s) => s.id)).toEqual([instructed.id]);
    });

    it('agent: "Groups that have members which match the specified Agent … are considered a match"', async () => {
      const activity = newActivity();
      const crew = statementBy(workerId, VERB.attempted, activity, { object: { objectType: 'Group', member: [{ mbox: 'mailto:crew@fit.demo' }] } });
      await xapi('POST', '', crew);
      const res = await xapi<Result>('GET', q({ agent: JSON.stringify({ mbox: 'mailto:crew@fit.demo' }) }));
      expect(res.body.statements.map((s) => s.id)).toEqual([crew.id]);
    });

    it('"related_activities: Apply the Activity filter broadly. Include Statements for which the Object, any of the context Activities, or any of those properties in a contained SubStatement match"', async () => {
      const parent = newActivity();
      const child = statementBy(workerId, VERB.attempted, newActivity(), { context: { contextActivities: { parent: [{ id: parent }] } } });
      const planned = statementBy(workerId, VERB.attempted, newActivity(), {
        verb: { id: 'http://example.com/planned' },
        object: { objectType: 'SubStatement', actor: { mbox: 'mailto:karim@fit.demo' }, verb: { id: VERB.completed }, object: { id: parent } },
      });
      await xapi('POST', '', [child, planned]);
      expect((await xapi<Result>('GET', q({ activity: parent }))).body.statements).toEqual([]);
      const related = await xapi<Result>('GET', q({ activity: parent, related_activities: 'true' }));
      expect(related.body.statements.map((s) => s.id).sort()).toEqual([child.id, planned.id].sort());
    });

    it('"more": the IRL stays valid while statements are stored meanwhile, and every statement comes exactly once', async () => {
      const activity = newActivity();
      const batch = Array.from({ length: 7 }, () => statementBy(workerId, VERB.attempted, activity));
      await xapi('POST', '', batch);
      const first = await xapi<Result>('GET', q({ activity, limit: '3' }));
      expect(first.body.statements).toHaveLength(3);
      // Stored after the first page was read: newer than the cursor, so outside a descending walk.
      await xapi('POST', '', [statementBy(workerId, VERB.attempted, activity), statementBy(workerId, VERB.attempted, activity)]);
      const seen = first.body.statements.map((s) => s.id);
      let more = first.body.more;
      while (more) {
        expect(more).toMatch(/^\/xapi\/statements\?more=/);
        const page = await xapi<Result>('GET', more.replace('/xapi/statements', ''));
        seen.push(...page.body.statements.map((s) => s.id));
        more = page.body.more;
      }
      expect(seen.sort()).toEqual(batch.map((s) => s.id).sort());
    });
  });

  describe('parameters that are refused (400)', () => {
    it.each([
      ['agent', JSON.stringify({ mbox: 'mailto:karim@fit.demo' })],
      ['verb', VERB.attempted],
      ['activity', 'https://w3id.org/fit/modules/x'],
      ['since', '2026-01-01T00:00:00Z'],
      ['limit', '3'],
    ])('"The LRS MUST reject with 400 Bad Request any request … which has both statementId … and any other parameter besides attachments or format": statementId + %s', async (name, value) => {
      expect((await xapi('GET', q({ statementId: randomUUID(), [name]: value }))).status).toBe(400);
      expect((await xapi('GET', q({ voidedStatementId: randomUUID(), [name]: value }))).status).toBe(400);
    });

    it('"The LRS MUST reject with 400 … any request … that contain both statementId and voidedStatementId"', async () => {
      expect((await xapi('GET', q({ statementId: randomUUID(), voidedStatementId: randomUUID() }))).status).toBe(400);
    });

    it('statementId with format and attachments is allowed', async () => {
      const s = statementBy(workerId, VERB.attempted, newActivity());
      await xapi('POST', '', s);
      expect((await xapi('GET', q({ statementId: s.id, format: 'ids', attachments: 'false' }))).status).toBe(200);
    });

    it.each([
      ['an unknown parameter', { verbs: VERB.attempted }],
      ['a format that is not ids, exact or canonical', { format: 'full' }],
      ['an agent that is not an Agent', { agent: JSON.stringify({ name: 'Karim' }) }],
      ['an agent that is not JSON', { agent: 'karim' }],
      ['a since that is not a timestamp', { since: 'yesterday' }],
      ['a negative limit', { limit: '-1' }],
      ['a flag that is not true or false', { ascending: 'yes' }],
      ['a statementId that is not a UUID', { statementId: '42' }],
      ['a more link that was not made here', { more: 'not-a-cursor' }],
    ])('refuses %s with 400', async (_name, params) => {
      expect((await xapi('GET', q(params as Record<string, string>))).status).toBe(400);
    });
  });

  describe('status codes of the Statement resource', () => {
    it('PUT: "If the LRS receives a Statement with an id it already has a Statement for … it SHOULD return 409 Conflict if they do not match"; the same statement again is 204', async () => {
      const s = statementBy(workerId, VERB.attempted, newActivity());
      expect((await xapi('PUT', q({ statementId: s.id }), s)).status).toBe(204);
      expect((await xapi('PUT', q({ statementId: s.id }), s)).status).toBe(204);
      expect((await xapi('PUT', q({ statementId: s.id }), { ...s, verb: { id: VERB.passed } })).status).toBe(409);
      expect((await xapi<Json>('GET', q({ statementId: s.id }))).body.verb.id).toBe(VERB.attempted);
    });

    it('PUT without statementId, or with another parameter, is 400', async () => {
      const s = statementBy(workerId, VERB.attempted, newActivity());
      expect((await xapi('PUT', '', s)).status).toBe(400);
      expect((await xapi('PUT', q({ statementId: s.id, verb: VERB.attempted }), s)).status).toBe(400);
    });

    it('GET of an unknown statementId is 404; a voided statement is 404 by statementId and found by voidedStatementId, and the reverse', async () => {
      expect((await xapi('GET', q({ statementId: randomUUID() }))).status).toBe(404);
      const target = statementBy(workerId, VERB.attempted, newActivity());
      await xapi('POST', '', target);
      expect((await xapi('GET', q({ voidedStatementId: target.id }))).status).toBe(404);
      await xapi('POST', '', statementBy(workerId, VERB.voided, 'x:unused', { object: { objectType: 'StatementRef', id: target.id } }));
      expect((await xapi('GET', q({ statementId: target.id }))).status).toBe(404);
      expect((await xapi('GET', q({ voidedStatementId: target.id }))).status).toBe(200);
    });
  });
});

/** Runs `during` while a lock makes inserts into the ledger wait (reads go on), then lets them through. */
async function whileInsertsWait<T>(ownerUrl: string, during: () => Promise<T>): Promise<T> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('begin');
    await owner.query('lock table xapi_statements in share row exclusive mode');
    return await during();
  } finally {
    await owner.query('rollback');
    await owner.end();
  }
}
