// Plays an imported cmi5 course with FIT as the LMS: the AUs listed as big buttons; one opens in a sandboxed frame
// (AnyWindow) or a window of its own (OwnWindow). The AU talks to FIT's learning record store only with the
// one-time credential of its launch; the sandbox keeps it away from FIT's storage and tokens. Offline, each part says
// why it needs a connection instead of failing when tapped.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../../ui/useOnlineStatus';
import { Button } from '../../../ui/Button';
import { auTitle, launchAu, offlineBlock, type Cmi5Au, type Cmi5Course } from '../cmi5Course';
import './player-cmi5.css';

export interface Cmi5PlayerProps {
  versionId: string;
  course: Cmi5Course;
  title: string;
  lang: string;
  token: () => Promise<string | null>;
  onExit: () => void;
}

export function Cmi5Player({ versionId, course, title, lang, token, onExit }: Cmi5PlayerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ au: Cmi5Au; url: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const online = useOnlineStatus();

  async function start(au: Cmi5Au) {
    setFailed(false);
    try {
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
          <iframe className="player-cmi5__frame" title={auTitle(open.au, lang)} src={open.url} sandbox="allow-scripts allow-forms allow-popups allow-modals" />
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t('player.cmi5.backToList')}
          </Button>
        </section>
      ) : (
        <section className="player__step">
          <h2 className="player__step-title">{t('player.cmi5.parts')}</h2>
          {!online && (
            <p className="player-cmi5__offline" role="status">
              {t('player.cmi5.offline.notice')}
            </p>
          )}
          <ol className="player-cmi5__list">
            {course.aus.map((au) => {
              const why = `cmi5-au-${au.auIndex}-offline`;
              return (
                <li key={au.auIndex}>
                  <Button fullWidth disabled={!online} aria-describedby={online ? undefined : why} onClick={() => start(au)}>
                    {auTitle(au, lang)}
                  </Button>
                  {!online && (
                    <p id={why} className="player-cmi5__why">
                      {t(`player.cmi5.offline.${offlineBlock(au)}`)}
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
