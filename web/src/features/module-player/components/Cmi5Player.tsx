// Plays an imported cmi5 course with FIT as the LMS: the AUs listed as big buttons; one opens in a sandboxed frame
// (AnyWindow) or a window of its own (OwnWindow). The AU talks to FIT's learning record store only with the
// one-time credential of its launch; the sandbox (or the content origin) keeps it away from FIT's storage and tokens.
// Offline, a part kept on the tablet with the site pack plays from the content origin and its statements go into the
// worker's outbox (cmi5Offline.ts); any other part says why it needs a connection instead of failing when tapped.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../../ui/useOnlineStatus';
import { Button } from '../../../ui/Button';
import { auTitle, launchAu, offlineBlock, type Cmi5Au, type Cmi5Course } from '../cmi5Course';
import type { OfflineAvailability, OfflinePlay } from '../cmi5Offline';
import { useSyncController } from '../../sync';
import './player-cmi5.css';

export interface Cmi5PlayerProps {
  versionId: string;
  course: Cmi5Course;
  title: string;
  lang: string;
  token: () => Promise<string | null>;
  onExit: () => void;
  /** The signed-in learner: offline, their prepared launches play and their outbox keeps the AU's statements. */
  userId: string;
  userName?: string;
}

/** Offline, the AU's statements are moved into the outbox this often while it plays (and when it is closed). */
const COLLECT_EVERY_MS = 1500;
/** allow-same-origin only for another origin than FIT's (the content origin): it never gives FIT's storage away. */
const SANDBOX = 'allow-scripts allow-forms allow-popups allow-modals';
const sandboxFor = (url: string) => (new URL(url, window.location.href).origin === window.location.origin ? SANDBOX : `${SANDBOX} allow-same-origin`);

export function Cmi5Player({ versionId, course, title, lang, token, onExit, userId, userName }: Cmi5PlayerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ au: Cmi5Au; url: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const online = useOnlineStatus();
  const [kept, setKept] = useState<Record<number, OfflineAvailability | null>>({});
  const [refresh, setRefresh] = useState(0);
  const play = useRef<OfflinePlay | null>(null);
  // The sync status counts what waits in the outbox: told whenever the AU's statements land there.
  const sync = useSyncController();
  const queued = (n: number) => {
    if (n > 0) sync?.changed();
  };

  // Offline: which parts the site pack keeps on this tablet for this worker.
  useEffect(() => {
    if (online) return;
    let live = true;
    void import('../cmi5Offline').then(async ({ offlineLaunchOf }) => {
      const found = await Promise.all(course.aus.map(async (au) => [au.auIndex, await offlineLaunchOf(userId, versionId, au.auIndex)] as const));
      if (live) setKept(Object.fromEntries(found));
    });
    return () => {
      live = false;
    };
  }, [online, course, userId, versionId, refresh]);

  // While an offline part plays, its statements move into the outbox; all that is left when it closes.
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => void play.current?.collect().then(queued, () => undefined), COLLECT_EVERY_MS);
    return () => {
      clearInterval(timer);
      const ending = play.current;
      play.current = null;
      void ending
        ?.end()
        .then(queued, () => undefined)
        .then(() => setRefresh((n) => n + 1));
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `queued` only tells the sync controller
  }, [open]);

  const playable = (au: Cmi5Au) => online || Boolean(kept[au.auIndex] && !kept[au.auIndex]!.used);
  const someKept = course.aus.some((au) => kept[au.auIndex]);

  async function start(au: Cmi5Au) {
    setFailed(false);
    try {
      if (!online) {
        const found = kept[au.auIndex];
        if (!found || found.used) return;
        const { playOffline } = await import('../cmi5Offline');
        play.current = await playOffline(found.launch, found.contentOrigin, { userName });
        queued(1);
        setOpen({ au, url: play.current.url });
        return;
      }
      const url = await launchAu(versionId, au.auIndex, await token());
      if (au.launchMethod === 'OwnWindow') window.open(url, '_blank', 'noopener');
      else setOpen({ au, url });
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="player player-cmi5">
      <div className="player__top">
        <h1 className="player__title">{title}</h1>
      </div>
      {open ? (
        <section className="player-cmi5__au" aria-label={auTitle(open.au, lang)}>
          <iframe className="player-cmi5__frame" title={auTitle(open.au, lang)} src={open.url} sandbox={sandboxFor(open.url)} />
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t('player.cmi5.backToList')}
          </Button>
        </section>
      ) : (
        <section className="player__step">
          <h2 className="player__step-title">{t('player.cmi5.parts')}</h2>
          {!online && (
            <p className="player-cmi5__offline" role="status">
              {t(someKept ? 'player.cmi5.offline.someKept' : 'player.cmi5.offline.notice')}
            </p>
          )}
          <ol className="player-cmi5__list">
            {course.aus.map((au) => {
              const why = `cmi5-au-${au.auIndex}-offline`;
              const found = kept[au.auIndex];
              const reason = found ? (found.used ? 'usedOffline' : 'kept') : offlineBlock(au);
              return (
                <li key={au.auIndex}>
                  <Button fullWidth disabled={!playable(au)} aria-describedby={online ? undefined : why} onClick={() => start(au)}>
                    {auTitle(au, lang)}
                  </Button>
                  {!online && (
                    <p id={why} className="player-cmi5__why">
                      {t(`player.cmi5.offline.${reason}`)}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          {failed && <p role="alert">{t('player.cmi5.launchFailed')}</p>}
          <Button variant="secondary" onClick={onExit}>
            {t('player.cmi5.exit')}
          </Button>
        </section>
      )}
    </div>
  );
}
