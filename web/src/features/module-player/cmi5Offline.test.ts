import { describe, expect, it } from 'vitest';
import { FIT_ACCOUNT_HOMEPAGE, moduleVersionActivity, type Statement } from '@fit/shared';
import { openOutbox } from '../sync';
import { acceptStatements, cmi5OfflineDb, offlineLaunchOf, playOffline, prepareOfflineCourses, type Bridge, type OfflineLaunch } from './cmi5Offline';

const SESSION = '6f1c2f4e-8c3a-4b7e-9d3e-2f6a1b0c9d8e';
const REGISTRATION = '0b7e5d2c-1a3f-4e6d-8c9b-7a6f5e4d3c2b';
const AU = 'https://example.org/courses/c1/aus/1';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const actor = { objectType: 'Agent' as const, account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: 'worker-1' } };

const statement = (verb: string, overrides: Partial<Statement> = {}): Statement => ({
  id: crypto.randomUUID(),
  actor,
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
  object: { objectType: 'Activity', id: AU },
  context: { registration: REGISTRATION, extensions: { [SESSION_ID]: SESSION } },
  timestamp: new Date().toISOString(),
  ...overrides,
});

const launch: OfflineLaunch = {
  workerId: 'worker-1',
  versionId: 'version-1',
  courseId: 'course-1',
  auIndex: 0,
  sessionId: SESSION,
  registration: REGISTRATION,
  actor,
  activityId: AU,
  url: 'http://content.test/cmi5/content/course-1/index.html?lang=en',
  launchData: { launchMode: 'Normal', moveOn: 'Completed' },
  launched: statement('launched'),
  held: [],
};

describe('the AU statements the outbox takes offline', () => {
  it("keeps those about the launch's learner, registration and session, in order, and drops the rest", async () => {
    const initialized = statement('initialized');
    const completed = statement('completed', { result: { completion: true } });
    const otherLearner = statement('completed', { actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: 'someone-else' } } });
    const otherSession = statement('completed', { context: { registration: REGISTRATION, extensions: { [SESSION_ID]: crypto.randomUUID() } } });
    const otherRegistration = statement('completed', { context: { registration: crypto.randomUUID(), extensions: { [SESSION_ID]: SESSION } } });
    const fitModule = statement('completed', { object: { objectType: 'Activity', id: moduleVersionActivity('v1') } });
    const invalid = { ...statement('completed'), verb: { id: 'not an IRI' } };
    const { accepted, ids } = await acceptStatements([initialized, otherLearner, otherSession, otherRegistration, fitModule, invalid, completed], launch);
    expect(accepted.map((s) => s.id)).toEqual([initialized.id, completed.id]);
    // Every statement is taken from the content origin, kept or dropped.
    expect(ids).toHaveLength(7);
  });
});

describe('playing a prepared launch offline', () => {
  it('queues "launched" first, gives the AU offline endpoints, moves its statements into the outbox once, and uses the launch up', async () => {
    const db = cmi5OfflineDb(`cmi5-offline-${crypto.randomUUID()}`);
    const outbox = openOutbox(`outbox-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'plan', contentOrigin: 'http://content.test', filesKept: { 'course-1': true } });
    await db.launches.put(launch);
    const initialized = statement('initialized');
    let sent: Statement[] = [initialized];
    const calls: { type: string; payload: Record<string, unknown> }[] = [];
    const bridge: Bridge = {
      call: async <T,>(type: string, payload: Record<string, unknown> = {}) => {
        calls.push({ type, payload });
        return (type === 'collect' ? sent : true) as T;
      },
      close: () => undefined,
    };

    const found = await offlineLaunchOf('worker-1', 'version-1', 0, db);
    expect(found?.used).toBe(false);
    const play = await playOffline(found!.launch, found!.contentOrigin, { db, outbox, bridge });
    const url = new URL(play.url);
    expect(url.searchParams.get('endpoint')).toBe(`http://content.test/cmi5/offline/${SESSION}/xapi/`);
    expect(url.searchParams.get('fetch')).toMatch(new RegExp(`^http://content.test/cmi5/offline/${SESSION}/fetch\\?token=`));
    expect(url.searchParams.get('lang')).toBe('en');
    // The AU gets a local credential, never a FIT token.
    const given = calls.find((c) => c.type === 'launch')!.payload.launch as { authToken: string };
    expect(atob(given.authToken)).toMatch(/^offline:/);

    expect(await play.collect()).toBe(1);
    // Collected again (the content origin still lists it): kept once.
    expect(await play.collect()).toBe(1);
    sent = [statement('completed', { result: { completion: true } })];
    expect(await play.end()).toBe(1);
    const rows = await outbox.statements.orderBy('createdAt').toArray();
    expect(rows.map((r) => r.statement.verb.id.split('/').pop())).toEqual(['launched', 'initialized', 'completed']);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set(['worker-1']));
    expect(calls.filter((c) => c.type === 'forget').at(-1)!.payload).toMatchObject({ ended: true });
    expect((await offlineLaunchOf('worker-1', 'version-1', 0, db))?.used).toBe(true);
  });
});

describe('preparing the courses with the site pack', () => {
  it("keeps the plan's launches and files, and first takes what a cut play's AU left on the content origin", async () => {
    const db = cmi5OfflineDb(`cmi5-offline-${crypto.randomUUID()}`);
    const outbox = openOutbox(`outbox-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'plan', contentOrigin: 'http://content.test', filesKept: { 'course-1': true } });
    // Opened, then the page was closed before the part's end: its "completed" is still on the content origin.
    await db.launches.put({ ...launch, usedAt: new Date().toISOString() });
    const left = statement('completed', { result: { completion: true } });
    const calls: { type: string; payload: Record<string, unknown> }[] = [];
    const bridge: Bridge = {
      call: async <T,>(type: string, payload: Record<string, unknown> = {}) => {
        calls.push({ type, payload });
        return (type === 'collect' ? [left] : type === 'keepFiles' ? 3 : true) as T;
      },
      close: () => undefined,
    };
    const fresh = { ...launch, sessionId: crypto.randomUUID() };
    const plan = { contentOrigin: 'http://content.test', courses: [{ courseId: 'course-1', versionIds: ['version-1'], files: ['/cmi5/content/course-1/index.html'], aus: [] }], launches: [fresh] };
    const fetchImpl = (async () => new Response(JSON.stringify(plan), { status: 200 })) as unknown as typeof fetch;

    expect(await prepareOfflineCourses('device', db, fetchImpl, { open: async () => bridge, outbox })).toBe(1);
    expect((await outbox.statements.toArray()).map((r) => r.id)).toEqual([left.id]);
    expect(calls.map((c) => c.type)).toEqual(['collect', 'forget', 'keepFiles']);
    expect(calls[2]!.payload).toEqual({ paths: ['/cmi5/content/course-1/index.html'] });
    expect((await db.launches.toArray()).map((l) => l.sessionId)).toEqual([fresh.sessionId]);
    expect((await offlineLaunchOf('worker-1', 'version-1', 0, db))?.used).toBe(false);
  });

  it('says why when the server refuses (the pack stays; the parts then need a connection)', async () => {
    const db = cmi5OfflineDb(`cmi5-offline-${crypto.randomUUID()}`);
    const fetchImpl = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch;
    await expect(prepareOfflineCourses('device', db, fetchImpl)).rejects.toThrow('The server answered 401 for the courses to play offline.');
  });
});
