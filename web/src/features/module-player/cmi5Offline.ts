// Offline play of cmi5 courses (README, "cmi5 courses offline"). With the site pack, the tablet asks the server for
// prepared launches of its crew's assigned courses and has the content origin (CMI5_CONTENT_ORIGIN) keep the course
// files, through a bridge page of that origin framed here. Offline, the player opens a prepared launch: FIT states
// "launched" into the worker's outbox, the content origin's service worker answers the AU as its LMS, and the AU's
// statements are taken back through the bridge into the outbox, checked to be about this worker's launch. The AU never
// receives a FIT token: its credential is a local one only the content origin's service worker accepts.
// Loaded lazily: with the pack download, and by the player when it is offline.
import Dexie, { type EntityTable } from 'dexie';
import { FIT_ACCOUNT_HOMEPAGE, versionIdOfActivity, type Statement } from '@fit/shared';
import { appOutbox, type OutboxDb } from '../sync';
import type { Cmi5Course } from './cmi5Course';

export interface OfflineLaunch {
  workerId: string;
  versionId: string;
  courseId: string;
  auIndex: number;
  sessionId: string;
  registration: string;
  actor: { objectType?: string; account: { homePage: string; name: string } };
  activityId: string;
  url: string;
  launchData: Record<string, unknown>;
  launched: Statement;
  held: Statement[];
  /** When the worker opened it on this tablet: a prepared session plays once (cmi5: "initialized" once a session). */
  usedAt?: string;
  /** When its statements were all taken and the content origin forgot it (unset after a cut play: taken later). */
  endedAt?: string;
}

interface OfflineCourse {
  courseId: string;
  versionIds: string[];
  files: string[];
  aus: Cmi5Course['aus'];
}

interface OfflinePlan {
  contentOrigin: string | null;
  courses: OfflineCourse[];
  launches: OfflineLaunch[];
}

interface PlanMeta {
  key: 'plan';
  contentOrigin: string | null;
  /** Course id → whether all its files are kept by the content origin. */
  filesKept: Record<string, boolean>;
}

type Cmi5OfflineDb = Dexie & {
  courses: EntityTable<OfflineCourse, 'courseId'>;
  launches: EntityTable<OfflineLaunch, 'sessionId'>;
  meta: EntityTable<PlanMeta, 'key'>;
};

let shared: Cmi5OfflineDb | undefined;

export function cmi5OfflineDb(name = 'fit-cmi5-offline'): Cmi5OfflineDb {
  if (name === 'fit-cmi5-offline' && shared) return shared;
  const db = new Dexie(name) as Cmi5OfflineDb;
  db.version(1).stores({ courses: 'courseId, *versionIds', launches: 'sessionId, [workerId+versionId]', meta: 'key' });
  if (name === 'fit-cmi5-offline') shared = db;
  return db;
}

// --- The bridge: a page of the content origin, framed here, that keeps files and launches for its service worker.

export interface Bridge {
  call<T>(type: string, payload?: Record<string, unknown>): Promise<T>;
  close(): void;
}

const BRIDGE_TIMEOUT_MS = 20_000;

export function openBridge(contentOrigin: string, host: HTMLElement = document.body): Promise<Bridge> {
  const frame = document.createElement('iframe');
  frame.src = `${contentOrigin}/cmi5/bridge.html`;
  frame.title = 'cmi5';
  frame.hidden = true;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  const waiting = new Map<string, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const listen = (event: MessageEvent) => {
    // Only the bridge this page framed, from the content origin, is listened to.
    if (event.origin !== contentOrigin || event.source !== frame.contentWindow) return;
    const data = event.data as { bridge?: string; ready?: boolean; id?: string; ok?: boolean; result?: unknown; error?: string };
    if (data?.bridge !== 'fit-cmi5') return;
    if (data.ready) return ready();
    const pending = data.id ? waiting.get(data.id) : undefined;
    if (!pending) return;
    waiting.delete(data.id!);
    if (data.ok) pending.resolve(data.result);
    else pending.reject(new Error(data.error ?? 'The course bridge failed.'));
  };
  window.addEventListener('message', listen);
  host.appendChild(frame);
  const close = () => {
    window.removeEventListener('message', listen);
    frame.remove();
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The course bridge did not answer.')), BRIDGE_TIMEOUT_MS));
  return Promise.race([isReady, timeout]).then(
    () => ({
      close,
      call<T>(type: string, payload: Record<string, unknown> = {}) {
        const id = crypto.randomUUID();
        return new Promise<T>((resolve, reject) => {
          waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
          frame.contentWindow?.postMessage({ ...payload, type, id }, contentOrigin);
        });
      },
    }),
    (error: unknown) => {
      close();
      throw error;
    },
  );
}

// --- With the site pack (online): prepared launches, and the course files kept by the content origin.

/** Asks the server for the crew's prepared launches and has the content origin keep the courses' files. */
export async function prepareOfflineCourses(
  deviceToken: string,
  db: Cmi5OfflineDb = cmi5OfflineDb(),
  fetchImpl: typeof fetch = fetch,
  deps: { open?: (contentOrigin: string) => Promise<Bridge>; outbox?: OutboxDb } = {},
): Promise<number> {
  const open = deps.open ?? ((origin: string) => openBridge(origin));
  const res = await fetchImpl('/cmi5/offline-launches', { method: 'POST', headers: { 'x-device-token': deviceToken, accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`The server answered ${res.status} for the courses to play offline.`);
  const plan = (await res.json()) as OfflinePlan;
  const filesKept: Record<string, boolean> = {};
  // Plays cut before their end (the page closed or reloaded while a part was open): what their AU sent is taken now.
  const cut = (await db.launches.toArray()).filter((l) => l.usedAt && !l.endedAt);
  const previous = (await db.meta.get('plan'))?.contentOrigin;
  if (cut.length && previous) {
    const bridge = await open(previous);
    try {
      for (const launch of cut) await finishCut(bridge, launch, deps.outbox);
    } finally {
      bridge.close();
    }
  }
  if (plan.contentOrigin && plan.courses.length) {
    const bridge = await open(plan.contentOrigin);
    try {
      for (const course of plan.courses) {
        await bridge.call<number>('keepFiles', { paths: course.files });
        filesKept[course.courseId] = true;
      }
    } finally {
      bridge.close();
    }
  }
  await db.transaction('rw', db.courses, db.launches, db.meta, async () => {
    await db.courses.clear();
    await db.courses.bulkPut(plan.courses.filter((c) => filesKept[c.courseId]));
    await db.launches.clear();
    await db.launches.bulkPut(plan.launches.filter((l) => filesKept[l.courseId]));
    await db.meta.put({ key: 'plan', contentOrigin: plan.contentOrigin, filesKept });
  });
  return plan.launches.length;
}

// --- Offline play.

/** A course of the site pack, for the player to list its parts offline (even if never opened online here). */
export async function offlineCourseOf(versionId: string, db: Cmi5OfflineDb = cmi5OfflineDb()): Promise<Cmi5Course | null> {
  try {
    const course = await db.courses.where('versionIds').equals(versionId).first();
    return course ? { courseId: course.courseId, aus: course.aus } : null;
  } catch {
    return null;
  }
}

export interface OfflineAvailability {
  launch: OfflineLaunch;
  contentOrigin: string;
  /** Already played offline since the last download: the next play needs a new prepared launch (online). */
  used: boolean;
}

/** The prepared launch of this AU for this worker, when its files are kept on the tablet. */
export async function offlineLaunchOf(userId: string, versionId: string, auIndex: number, db: Cmi5OfflineDb = cmi5OfflineDb()): Promise<OfflineAvailability | null> {
  try {
    const meta = await db.meta.get('plan');
    if (!meta?.contentOrigin) return null;
    const launch = (await db.launches.where('[workerId+versionId]').equals([userId, versionId]).toArray()).find((l) => l.auIndex === auIndex);
    return launch && meta.filesKept[launch.courseId] ? { launch, contentOrigin: meta.contentOrigin, used: Boolean(launch.usedAt) } : null;
  } catch {
    return null;
  }
}

const randomToken = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
};

export interface OfflinePlay {
  /** The AU's launch URL on the content origin, with offline endpoint and fetch URL. */
  url: string;
  /** Moves the AU's statements sent so far into the worker's outbox; returns how many were queued. */
  collect(): Promise<number>;
  /** Collects a last time, forgets the launch (one play per prepared session) and closes the bridge. */
  end(): Promise<number>;
}

/**
 * Opens a prepared launch: FIT's "launched" statement goes into the worker's outbox first (cmi5: the LMS states it
 * before the AU), then the content origin receives the launch (LaunchData, a local credential) and the URL is built.
 */
export async function playOffline(
  launch: OfflineLaunch,
  contentOrigin: string,
  options: { db?: Cmi5OfflineDb; outbox?: OutboxDb; bridge?: Bridge; userName?: string; now?: () => Date } = {},
): Promise<OfflinePlay> {
  const db = options.db ?? cmi5OfflineDb();
  const outbox = options.outbox ?? appOutbox();
  const now = options.now ?? (() => new Date());
  const bridge = options.bridge ?? (await openBridge(contentOrigin));
  const fetchToken = randomToken();
  const authToken = btoa(`offline:${randomToken()}`);
  await bridge.call('launch', { launchId: launch.sessionId, launch: { activityId: launch.activityId, launchData: launch.launchData, held: launch.held, fetchToken, authToken } });
  const launched = { ...launch.launched, timestamp: now().toISOString() };
  await queue(outbox, launch, [launched], options.userName, now);
  // The prepared session is used: a second play needs a new one, prepared at the next download.
  await db.launches.update(launch.sessionId, { usedAt: now().toISOString() });

  const base = `${contentOrigin}/cmi5/offline/${launch.sessionId}`;
  const url = new URL(launch.url);
  url.searchParams.set('endpoint', `${base}/xapi/`);
  url.searchParams.set('fetch', `${base}/fetch?token=${fetchToken}`);
  url.searchParams.set('actor', JSON.stringify(launch.actor));
  url.searchParams.set('registration', launch.registration);
  url.searchParams.set('activityId', launch.activityId);

  let running: Promise<number> = Promise.resolve(0);
  const collect = () => {
    // One collection at a time, in order.
    running = running.then(async () => {
      const sent = await bridge.call<Statement[]>('collect', { launchId: launch.sessionId });
      const { accepted, ids } = await acceptStatements(sent, launch);
      await queue(outbox, launch, accepted, options.userName, now);
      if (ids.length) await bridge.call('forget', { launchId: launch.sessionId, ids });
      return accepted.length;
    });
    return running;
  };
  return {
    url: url.toString(),
    collect,
    async end() {
      try {
        const n = await collect();
        await bridge.call('forget', { launchId: launch.sessionId, ids: [], ended: true });
        await db.launches.update(launch.sessionId, { endedAt: now().toISOString() });
        return n;
      } finally {
        bridge.close();
      }
    },
  };
}

/** Takes what a cut play's AU sent into the outbox, then has the content origin forget the launch. */
async function finishCut(bridge: Bridge, launch: OfflineLaunch, outbox: OutboxDb = appOutbox()) {
  const sent = await bridge.call<Statement[]>('collect', { launchId: launch.sessionId });
  const { accepted } = await acceptStatements(sent, launch);
  await queue(outbox, launch, accepted, undefined, () => new Date());
  await bridge.call('forget', { launchId: launch.sessionId, ids: [], ended: true });
}

const ifi = (actor: unknown) => {
  const account = (actor as { account?: { homePage?: string; name?: string } } | undefined)?.account;
  return account ? `${account.homePage}|${String(account.name).toLowerCase()}` : '';
};
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/**
 * What of the AU's statements the outbox takes: valid xAPI, about this launch's learner, registration and session,
 * and never about FIT's own modules (the AU states only about itself and its content). The rest is dropped.
 */
export async function acceptStatements(sent: unknown[], launch: OfflineLaunch): Promise<{ accepted: Statement[]; ids: string[] }> {
  const { validateStatement } = await import('@fit/shared/validation');
  const accepted: Statement[] = [];
  const ids: string[] = [];
  for (const item of sent) {
    const statement = item as Statement;
    if (typeof statement?.id === 'string') ids.push(statement.id);
    if (!validateStatement(statement, { requireId: true }).ok) continue;
    if (launch.actor.account.homePage !== FIT_ACCOUNT_HOMEPAGE || ifi(statement.actor) !== ifi(launch.actor)) continue;
    if (String(statement.context?.registration ?? '').toLowerCase() !== launch.registration) continue;
    if (String(statement.context?.extensions?.[SESSION_ID] ?? '').toLowerCase() !== launch.sessionId) continue;
    const objectId = statement.object && 'id' in statement.object ? String(statement.object.id) : '';
    if (versionIdOfActivity(objectId) !== undefined) continue;
    accepted.push(statement);
  }
  return { accepted, ids };
}

let lastQueued = 0;

async function queue(outbox: OutboxDb, launch: OfflineLaunch, statements: Statement[], userName: string | undefined, now: () => Date) {
  if (!statements.length) return;
  await outbox.transaction('rw', outbox.statements, async () => {
    for (const statement of statements) {
      // A statement already queued (a collection retried) is kept once.
      if (await outbox.statements.get(statement.id!)) continue;
      // The outbox sends in createdAt order, and cmi5 checks a session's statements in order (launched, initialized
      // first…): each one a millisecond after the one before.
      lastQueued = Math.max(now().getTime(), lastQueued + 1);
      await outbox.statements.add({ id: statement.id!, userId: launch.workerId, userName, statement, createdAt: new Date(lastQueued).toISOString(), attempts: 0 });
    }
  });
}
