// "Download for offline" on the tablet's home: size before starting, quota check, progress in bytes, last update.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ProgressBar } from '../../../ui/ProgressBar';
import { fetchViewerEngine } from '../../../common/viewerEngine';
import { formatBytes } from '../../../ui/formatBytes';
import { checkPack, downloadPack, PackError, type PackPlan, type Progress } from '../pack-download';
import { ensureTabletKey } from '../tablet-key';
import { registerTabletKey } from '../register-tablet-key';
import { appPackDb, type PackMeta } from '../pack-db';
import './site-pack.css';

export interface SitePackPanelProps {
  deviceToken: string;
  meta?: PackMeta;
  /** The pack changed: the picker re-reads the roster. */
  onUpdated: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'ready'; plan: PackPlan }
  | { kind: 'downloading'; progress: Progress }
  | { kind: 'upToDate' }
  | { kind: 'failed'; error: PackError };

export function SitePackPanel({ deviceToken, meta, onUpdated }: SitePackPanelProps) {
  const { t, i18n } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const deps = {
    db: appPackDb(),
    deviceToken,
    viewerEngine: () => fetchViewerEngine(),
    ensureKey: () => ensureTabletKey(deviceToken, (key) => registerTabletKey(deviceToken, key)),
  };
  // The crew's cmi5 courses that can play offline: prepared launches, and their files kept by the content origin. A
  // failure leaves those parts needing a connection (the player says so); the rest of the pack stands.
  const prepareCourses = () =>
    import('../../module-player')
      .then((player) => player.prepareOfflineCourses(deviceToken))
      .catch((error: unknown) => {
        console.warn('cmi5 courses not prepared for offline play:', error);
        return 0;
      });
  const fail = (error: unknown) => setPhase({ kind: 'failed', error: error instanceof PackError ? error : new PackError('server') });

  const check = async () => {
    setPhase({ kind: 'checking' });
    try {
      const result = await checkPack(deps);
      if (result.status === 'upToDate') {
        await prepareCourses();
        setPhase({ kind: 'upToDate' });
        onUpdated();
      } else setPhase({ kind: 'ready', plan: result.plan });
    } catch (error) {
      fail(error);
    }
  };

  const download = async (plan: PackPlan) => {
    setPhase({ kind: 'downloading', progress: { done: 0, total: plan.bytes } });
    try {
      await downloadPack(deps, plan, (progress) => setPhase({ kind: 'downloading', progress }));
      await prepareCourses();
      setPhase({ kind: 'upToDate' });
      onUpdated();
    } catch (error) {
      fail(error);
    }
  };

  const errorMessage = (error: PackError) =>
    error.reason === 'quota'
      ? t('sitePack.errors.quota', { needed: size(error.details.needed ?? 0), available: size(error.details.available ?? 0) })
      : t(`sitePack.errors.${error.reason}`);

  return (
    <section className="site-pack" aria-labelledby="site-pack-title" data-testid="site-pack">
      <h2 id="site-pack-title">{t('sitePack.title')}</h2>
      <p className="site-pack__status" role="status">
        {phase.kind === 'upToDate'
          ? t('sitePack.upToDate')
          : meta
            ? t('sitePack.updatedAt', { date: new Date(meta.updatedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) })
            : t('sitePack.none')}
        {meta && ` · ${size(meta.totalBytes)}`}
      </p>
      {phase.kind === 'ready' && (
        <div className="site-pack__plan">
          <p>{t('sitePack.estimate', { size: size(phase.plan.bytes), count: phase.plan.manifest.versions.length, workers: phase.plan.manifest.roster.length })}</p>
          <div className="site-pack__actions">
            <Button onClick={() => void download(phase.plan)}>{t('sitePack.start')}</Button>
            <Button variant="secondary" onClick={() => setPhase({ kind: 'idle' })}>
              {t('sitePack.cancel')}
            </Button>
          </div>
        </div>
      )}
      {phase.kind === 'downloading' && (
        <ProgressBar
          label={t('sitePack.progress', { done: size(phase.progress.done), total: size(phase.progress.total) })}
          value={phase.progress.done}
          max={phase.progress.total}
        />
      )}
      {phase.kind === 'failed' && (
        <p className="site-pack__error" role="alert">
          {errorMessage(phase.error)}
        </p>
      )}
      {(phase.kind === 'idle' || phase.kind === 'checking' || phase.kind === 'upToDate' || phase.kind === 'failed') && (
        <Button variant="secondary" pending={phase.kind === 'checking'} pendingLabel={t('sitePack.checking')} onClick={() => void check()}>
          {meta ? t('sitePack.update') : t('sitePack.download')}
        </Button>
      )}
    </section>
  );
}
