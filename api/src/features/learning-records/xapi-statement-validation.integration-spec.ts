// The Statement resource against the xAPI data requirements (sections of xAPI 1.0.3 / 2.0 "Data"), over real HTTP and
// PostgreSQL: SubStatements are valid, and every too-lax case is refused with 400 and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { querySingle } from '../../common/sql.js';

const ACTIVITY = 'https://w3id.org/fit/modules/airtight-windows/v/1';
const OTHER = { objectType: 'Agent', mbox: 'mailto:trainer@fit.demo' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('xAPI statement validation at /xapi/statements', () => {
  let sut: TestApp;
  let xapi: ReturnType<typeof xapiClient>;
  let workerId: string;
  let auth: string;
  const count = async () => Number((await querySingle<{ n: string }>(sut.dataSource, 'select count(*) as n from xapi_statements')).n);
  const statement = (extra: Json = {}): Json => statementBy(workerId, VERB.attempted, ACTIVITY, extra);
  const subStatement = (extra: Json = {}): Json => ({
    objectType: 'SubStatement',
    actor: { objectType: 'Agent', mbox: 'mailto:karim@fit.demo' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: ACTIVITY },
    ...extra,
  });

  /** Sends the statement and expects a 400 whose reasons match, with nothing stored. */
  async function refused(s: Json, reason: RegExp, version = '2.0.0') {
    const before = await count();
    const res = await xapi<{ reasons?: string[]; message: string }>('POST', '', s, { 'x-experience-api-version': version });
    expect(res.status).toBe(400);
    expect((res.body.reasons ?? [res.body.message]).join('\n')).toMatch(reason);
    expect(await count()).toBe(before);
  }

  beforeAll(async () => {
    sut = await startTestApp();
    auth = await basicAuthFor(sut.dataSource);
    xapi = xapiClient(sut.url, auth);
    workerId = await addWorker(sut.dataSource, 'Karim Benali', 'karim@fit.demo');
  });
  afterAll(() => sut.close());

  describe('SubStatements (Data 2.4.4.3)', () => {
    it('"A SubStatement MUST specify an "objectType" property with the value SubStatement": one with its own result, context and timestamp is stored and read back as sent', async () => {
      const sub = subStatement({
        result: { completion: true },
        context: { platform: 'FIT tablet', contextActivities: { parent: [{ id: ACTIVITY }] }, instructor: OTHER },
        timestamp: '2026-12-01T08:00:00.000Z',
      });
      const s = statement({ verb: { id: 'http://example.com/planned', display: { 'en-US': 'planned' } }, object: sub });
      const post = await xapi<string[]>('POST', '', s);
      expect(post).toMatchObject({ status: 200, body: [s.id] });
      const get = await xapi<Json>('GET', `?statementId=${s.id}`);
      expect(get.body.object).toEqual(sub);
    });

    it.each(['id', 'stored', 'version', 'authority'])('"A SubStatement MUST NOT have the "id", "stored", "version" or "authority" properties": one with %s is refused', async (key) => {
      const values: Json = { id: randomUUID(), stored: '2026-12-01T08:00:00Z', version: '2.0.0', authority: OTHER };
      await refused(statement({ object: subStatement({ [key]: values[key] }) }), new RegExp(`object\\.${key} must not be in a SubStatement`));
    });

    it('"A SubStatement MUST NOT contain a SubStatement of its own, i.e., cannot be nested"', async () => {
      await refused(statement({ object: subStatement({ object: subStatement() }) }), /must not contain a SubStatement of its own/);
    });

    it('"A SubStatement MUST be validated as a Statement in addition to other SubStatement requirements": a broken verb or missing actor is refused', async () => {
      await refused(statement({ object: subStatement({ verb: { id: 'completed' } }) }), /object\.verb\.id must be an absolute IRI/);
      const { actor: _actor, ...withoutActor } = subStatement();
      await refused(statement({ object: withoutActor }), /object\.actor must be an object/);
    });

    it('"The revision property MUST only be used if the Statement\'s Object is an Activity" also inside a SubStatement', async () => {
      await refused(statement({ object: subStatement({ object: OTHER, context: { revision: '2' } }) }), /object\.context\.revision may only be used when the object is an Activity/);
    });
  });

  describe('too-lax cases that must be 400 Bad Request', () => {
    const cases: [string, () => Json, RegExp][] = [
      ['"The "revision" property MUST only be used if the Statement\'s Object is an Activity" (Data 2.4.6)', () => statement({ object: OTHER, context: { revision: 'r2' } }), /context\.revision may only be used/],
      ['"The "platform" property MUST only be used if the Statement\'s Object is an Activity" (Data 2.4.6)', () => statement({ object: { objectType: 'StatementRef', id: randomUUID() }, context: { platform: 'web' } }), /context\.platform may only be used/],
      ['context "team": "Team that this Statement relates to" is a Group (Data 2.4.6): an Agent is refused', () => statement({ context: { team: OTHER } }), /context\.team\.objectType must be "Group"/],
      ['"If the authority is a Group, it MUST contain exactly two Agents" (three-legged OAuth, Data 2.4.9)', () => statement({ authority: { objectType: 'Group', member: [OTHER] } }), /authority as a Group must be an anonymous group of exactly two Agents/],
      ['an interactionType outside the ones the specification lists (Data 2.4.4.1, Interaction Activities)', () => statement({ object: { id: ACTIVITY, definition: { interactionType: 'essay' } } }), /interactionType must be one of/],
      ['interaction components of another interaction type: "choices" on a likert interaction', () => statement({ object: { id: ACTIVITY, definition: { interactionType: 'likert', choices: [{ id: 'a' }] } } }), /definition\.choices is not used by the interaction type likert/],
      ['"Within an array of Interaction Components, all id values MUST be distinct"', () => statement({ object: { id: ACTIVITY, definition: { interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] } } }), /choices\[1\]\.id repeats a/],
      ['correctResponsesPattern that is not an array of strings', () => statement({ object: { id: ACTIVITY, definition: { interactionType: 'choice', correctResponsesPattern: 'a' } } }), /correctResponsesPattern must be an array of strings/],
      ['interaction components without an interactionType', () => statement({ object: { id: ACTIVITY, definition: { steps: [{ id: 's1' }] } } }), /interactionType is required/],
      ['"moreInfo" that is not an IRL (Data 2.4.4.1)', () => statement({ object: { id: ACTIVITY, definition: { moreInfo: 'see the manual' } } }), /definition\.moreInfo must be an absolute IRI/],
      ['an unknown top-level property', () => statement({ comment: 'hi' }), /statements\[0\]: comment is not an xAPI property/],
      ['an unknown property in the result', () => statement({ result: { completion: true, grade: 'A' } }), /result\.grade is not an xAPI property/],
      ['an unknown property in an activity definition', () => statement({ object: { id: ACTIVITY, definition: { title: { en: 'x' } } } }), /definition\.title is not an xAPI property/],
      ['an unknown property in the verb', () => statement({ verb: { id: VERB.attempted, name: { en: 'tried' } } }), /verb\.name is not an xAPI property/],
      ['a verb "display" that is a string, not a Language Map (Data 4.2.7)', () => statement({ verb: { id: VERB.attempted, display: 'attempted' } }), /verb\.display must be an object/],
      ['a Language Map whose value is not a string', () => statement({ object: { id: ACTIVITY, definition: { name: { en: 3 } } } }), /definition\.name\.en must be a string/],
      ['a Language Map key that is not an RFC 5646 language tag', () => statement({ verb: { id: VERB.attempted, display: { 'english please': 'x' } } }), /is not a language tag/],
      ['"An LRS rejects with error code 400 Bad Request any Statement having a property whose value is set to "null", except in an "extensions" property"', () => statement({ context: null }), /context must be an object/],
      ['a contextAgents entry without objectType "contextAgent" (xAPI 2.0 Data 2.4.6)', () => statement({ context: { contextAgents: [{ agent: OTHER }] } }), /contextAgents\[0\]\.objectType must be "contextAgent"/],
      ['a Timestamp with the offset -00:00 (RFC 3339: local offset unknown, so no instant)', () => statement({ timestamp: '2026-12-01T08:00:00.000-00:00' }), /timestamp must not use the offset -00:00/],
      ['an attachment without its required "sha2" (Data 2.4.11)', () => statement({ attachments: [{ usageType: 'https://w3id.org/fit/x', display: { en: 'x' }, contentType: 'text/plain', length: 1, fileUrl: 'https://a.fr/x' }] }), /attachments\[0\]\.sha2 must be a SHA-2 hex digest/],
    ];

    it.each(cases)('refuses %s', async (_name, make, reason) => {
      await refused(make(), reason);
    });

    it('accepts what those rules allow: a choice interaction with distinct components, a Group team, contextAgents and contextGroups (xAPI 2.0)', async () => {
      const s = statement({
        object: {
          id: ACTIVITY,
          definition: {
            interactionType: 'choice',
            correctResponsesPattern: ['a[,]b'],
            choices: [{ id: 'a', description: { en: 'Seal' } }, { id: 'b', description: { en: 'Tape' } }],
            moreInfo: 'https://fit.example/manual',
          },
        },
        context: {
          revision: '2',
          team: { objectType: 'Group', name: 'Crew', member: [OTHER] },
          contextAgents: [{ objectType: 'contextAgent', agent: OTHER, relevantTypes: ['https://w3id.org/fit/roles/trainer'] }],
          contextGroups: [{ objectType: 'contextGroup', group: { objectType: 'Group', member: [OTHER] } }],
        },
        authority: { objectType: 'Group', member: [{ account: { homePage: 'https://a.fr', name: 'app' } }, OTHER] },
      });
      expect((await xapi('POST', '', s)).status).toBe(200);
    });

    it('"An LRS MUST return single Activity Objects as an array of length one containing the same Activity" (Data 2.4.6.2)', async () => {
      const s = statement({ context: { contextActivities: { parent: { id: 'https://w3id.org/fit/modules/airtight-windows' } } } });
      expect((await xapi('POST', '', s)).status).toBe(200);
      const get = await xapi<Json>('GET', `?statementId=${s.id}`);
      expect(get.body.context.contextActivities.parent).toEqual([{ id: 'https://w3id.org/fit/modules/airtight-windows' }]);
    });
  });

  describe('versions: 2.0 and 1.0.3 clients (Communication 3.3)', () => {
    it('"The LRS MUST include the "X-Experience-API-Version" header in every response" with the version the client asked for, and stores a 1.0.3 statement as version 1.0.0', async () => {
      const s = statement();
      const post = await xapi('POST', '', s, { 'x-experience-api-version': '1.0.3' });
      expect(post.status).toBe(200);
      expect(post.headers.get('x-experience-api-version')).toBe('1.0.3');
      const get = await xapi<Json>('GET', `?statementId=${s.id}`, undefined, { 'x-experience-api-version': '1.0.3' });
      expect(get.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect(get.body.version).toBe('1.0.0');
      const v2 = await xapi<Json>('GET', `?statementId=${s.id}`);
      expect(v2.headers.get('x-experience-api-version')).toBe('2.0.0');
    });

    it('"Statements returned by an LRS MUST retain the version they are accepted with"', async () => {
      const s = statement({ version: '1.0.1' });
      expect((await xapi('POST', '', s)).status).toBe(200);
      expect((await xapi<Json>('GET', `?statementId=${s.id}`)).body.version).toBe('1.0.1');
    });

    it.each(['3.0.0', '0.95', 'latest', ''])('"The LRS MUST reject requests with version header prior to version 1.0.0" or of no version it speaks: %j answers 400', async (version) => {
      const res = await xapi('POST', '', statement(), { 'x-experience-api-version': version });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-experience-api-version')).toBe('2.0.0');
    });

    it('"The LRS MUST include the "X-Experience-API-Version" header in every response": a body that is not JSON answers 400 with it too', async () => {
      const res = await fetch(`${sut.url}/xapi/statements`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' },
        body: '{"actor": ',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-experience-api-version')).toBe('2.0.0');
    });

    it('a 1.0.3 client cannot send what only 2.0 defines (contextAgents)', async () => {
      await refused(statement({ context: { contextAgents: [{ objectType: 'contextAgent', agent: OTHER }] } }), /context\.contextAgents is not an xAPI property/, '1.0.3');
    });

    it('a 1.0.3 client gets the same trust rules: an unknown credential answers 401, a statement about a non-member 403', async () => {
      const unknown = xapiClient(sut.url, `Basic ${Buffer.from('fitk_nope:nope').toString('base64')}`);
      expect((await unknown('POST', '', statement(), { 'x-experience-api-version': '1.0.3' })).status).toBe(401);
      const stranger = statementBy(randomUUID(), VERB.attempted, ACTIVITY);
      expect((await xapi('POST', '', stranger, { 'x-experience-api-version': '1.0.3' })).status).toBe(403);
    });
  });
});
