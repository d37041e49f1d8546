// The tablet's honest sync status: records waiting, syncing, all saved, or offline and kept here; plus "Sync now".
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { checkStorage, type StorageHealth } from '../storage-health';
import { useSyncController, useSyncState } from '../SyncContext';
import './sync.css';

export function SyncIndicator() {
  const { t } = useTranslation();
  const state = useSyncState();
  const controller = useSyncController();
  const [storage, setStorage] = useState<StorageHealth>();

  useEffect(() => {
    let live = true;
    void checkStorage().then((health) => live && setStorage(health));
    return () => {
      live = false;
    };
  }, []);

  const label =
    state.phase === 'syncing'
      ? t('sync.syncing')
      : state.phase === 'offline'
        ? t('sync.offline', { count: state.waiting })
        : state.waiting > 0
          ? t('sync.waiting', { count: state.waiting })
          : t('sync.allSaved');
  const tone = state.phase === 'syncing' ? 'busy' : state.waiting > 0 || state.phase === 'offline' ? 'waiting' : 'saved';
  return (
    <div className="sync-indicator">
      <p className={`sync-indicator__status sync-indicator__status--${tone}`} role="status" aria-live="polite" data-testid="sync-status">
        {label}
      </p>
      {state.phase === 'failed' && (
        <p className="sync-indicator__error">{state.error ? t('sync.failed', { reason: state.error }) : t('sync.retryLater')}</p>
      )}
      {state.conflicts > 0 && <p className="sync-indicator__error">{t('sync.conflicts', { count: state.conflicts })}</p>}
      {state.others.map((group) => (
        <p key={group.userId} className="sync-indicator__others">
          {t('sync.others', { count: group.count, name: group.displayName || t('sync.anotherWorker') })}
        </p>
      ))}
      {storage?.low && (
        <p className="sync-indicator__error" role="alert">
          {t('sync.storageLow', { megabytes: Math.floor((storage.free ?? 0) / 1024 / 1024) })}
        </p>
      )}
      {controller && (state.waiting > 0 || state.phase === 'failed') && (
        <Button variant="secondary" onClick={() => void controller.sync(true)} disabled={state.phase === 'syncing' || state.phase === 'offline'}>
          {t('sync.now')}
        </Button>
      )}
    </div>
  );
}
