// A worker signs in on the tablet without network: the PIN is checked against the pack's hash (sealed for this tablet), the wrong-PIN lock
// applies locally, and the session is built from the pack (their day and their modules) for the player to work offline.
import { assignmentStatus, isOverdue, localise, pinLockedFor, pinTriesLeft, todayAt, type SealedSection, type SitePackSignIn, type SitePackWorker } from '@fit/shared';
import type { Session } from '../../app/session-store';
import type { CurrentSiteModelQuery, MyDayQuery, PlayerVersionQuery } from '../../graphql/generated/graphql';
import type { SessionUser } from '../../graphql/session-user';
import type { PackDb, PackMeta } from './pack-db';

/** The access token of an offline session: never valid on the server, it marks the session for the exchange. */
export const OFFLINE_ACCESS_TOKEN = 'offline-session';

export type OfflineSignIn =
  | { status: 'signedIn'; session: Session; answers: OfflineAnswers }
  | { status: 'wrong'; triesLeft: number }
  | { status: 'locked'; minutes: number }
  | { status: 'noPin' }
  /** No pack, or this worker is not in it: the tablet cannot sign them in offline. */
  | { status: 'unavailable' };

export async function signInOffline(
  db: PackDb,
  workerId: string,
  pin: string,
  verify: (pin: string, hash: string) => Promise<boolean> = async (p, h) => (await import('./argon2')).verifyPin(p, h),
  now = Date.now(),
  open: (section: SealedSection) => Promise<SitePackSignIn> = async (section) => (await import('./tablet-key')).openSignIn(section),
): Promise<OfflineSignIn> {
  const [meta, worker] = await Promise.all([db.meta.get('pack'), db.workers.get(workerId)]);
  if (!meta || !worker) return { status: 'unavailable' };
  const failures = (await db.pinFailures.get(workerId))?.times ?? [];
  const serverLock = worker.lockedUntil ? Date.parse(worker.lockedUntil) - now : 0;
  const lockedMs = Math.max(serverLock, pinLockedFor(failures, now));
  if (lockedMs > 0) return { status: 'locked', minutes: Math.max(1, Math.ceil(lockedMs / 60_000)) };
  if (!worker.hasPin) return { status: 'noPin' };
  // The hashes stay sealed in storage; this tablet's own key opens them for this one check.
  const pinHash = meta.signIn ? (await open(meta.signIn).catch(() => ({}) as SitePackSignIn))[workerId] : undefined;
  if (!pinHash) return { status: 'unavailable' };
  if (!(await verify(pin, pinHash))) {
    const times = [...failures.filter((t) => t > now - 30 * 60_000), now];
    await db.pinFailures.put({ workerId, times });
    const locked = pinLockedFor(times, now);
    if (locked > 0) {
      // Reported when the tablet is next online (see lockout-reports.ts): the managers are told, as for an online lock.
      await db.lockouts.add({ workerId, lockedAt: now });
      return { status: 'locked', minutes: Math.ceil(locked / 60_000) };
    }
    return { status: 'wrong', triesLeft: pinTriesLeft(times, now) };
  }
  await db.pinFailures.delete(workerId);
  return { status: 'signedIn', session: offlineSession(worker, meta, now), answers: await offlineAnswers(db, worker, meta) };
}

function offlineSession(worker: SitePackWorker, meta: PackMeta, now: number): Session {
  const organisation = { ...meta.organisation, kind: meta.organisation.kind as SessionUser['organisation']['kind'] };
  const user: SessionUser = {
    id: worker.id,
    email: null,
    displayName: worker.displayName,
    language: worker.language,
    role: 'worker',
    organisation,
    memberships: [{ role: 'worker', organisation }],
  };
  // Already expired: every request first tries to renew, which for an offline session is the PIN exchange.
  return { accessToken: OFFLINE_ACCESS_TOKEN, expiresAt: new Date(now - 60_000).toISOString(), kind: 'tablet', offline: true, user };
}

type DayAnswer = MyDayQuery;
type PlayerAnswer = PlayerVersionQuery;
type BimAnswer = CurrentSiteModelQuery;

/** What the worker's day, the player (one per module version) and a BIM step on the tablet would get online. */
export interface OfflineAnswers {
  day: DayAnswer;
  players: PlayerAnswer[];
  /** The site's current model, asked for with no site id on a tablet. */
  currentModel: BimAnswer;
}

/** The answers the worker's day and the player would get online, built from the pack (stored as those reads' answers). */
async function offlineAnswers(db: PackDb, worker: SitePackWorker, meta: PackMeta): Promise<OfflineAnswers> {
  const today = todayAt(meta.site.timeZone);
  const versions = new Map((await db.versions.bulkGet(worker.assignments.map((a) => a.moduleVersionId))).flatMap((v) => (v ? [[v.id, v]] : [])));
  const day: DayAnswer = {
    myAssignments: worker.assignments.flatMap((a) => {
      const version = versions.get(a.moduleVersionId);
      if (!version) return [];
      const status = assignmentStatus(undefined);
      const title = localise(version.content.title, worker.language, version.content.languages[0] ?? 'fr');
      return [
        {
          id: a.id,
          dueOn: a.dueOn,
          reason: a.reason,
          status,
          overdue: isOverdue(a.dueOn, status, today),
          // Not in the pack; offline there is no earlier pass to compare it with (progress is unknown).
          createdAt: '',
          moduleVersion: { id: version.id, version: version.version, content: version.content, title: { text: title.text, lang: title.lang, fellBack: title.fellBack } },
          progress: null,
        },
      ];
    }),
    myPracticalReviews: [],
  };
  const players = [...versions.values()].map(
    (version): PlayerAnswer => ({ moduleVersion: { id: version.id, moduleId: version.moduleId, version: version.version, status: 'published', content: version.content } }),
  );
  // A BIM step on the tablet asks for the site's current model; the pack holds it and its geometry.
  return { day, players, currentModel: { currentSiteModel: meta.model ?? null } };
}
