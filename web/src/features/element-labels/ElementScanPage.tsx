// "Scan a label": the tablet camera reads an element's QR label and opens the module bound to that element at its
// BIM step, the element highlighted. Decided from the site pack, so it works with no network.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { applySeeds, seedQuery } from '../../graphql/query-client';
import type { SessionUser } from '../../graphql/session-user';
import { loadProgress, PlayerVersionQuery, progressKey, saveProgress } from '../module-player';
import { startQrScanLoop } from '../tablet';
import { readPackView } from './packElements';
import { resolveLabel, type LabelOutcome } from './resolveLabel';
import './element-labels.css';

type Status = 'starting' | 'scanning' | 'no-camera' | 'no-pack' | Exclude<LabelOutcome['kind'], 'open'>;

export function ElementScanPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<Status>('starting');

  const open = useEffectEvent((outcome: Extract<LabelOutcome, { kind: 'open' }>, pack: Awaited<ReturnType<typeof readPackView>>) => {
    const version = pack!.versions.find((v) => v.id === outcome.versionId)!;
    // The player reads the version from its saved answer when offline: give it the pack's copy.
    applySeeds(queryClient, [
      seedQuery(PlayerVersionQuery, { id: version.id }, {
        moduleVersion: { id: version.id, moduleId: version.moduleId, version: version.version, status: 'published', content: version.content },
      }),
    ]);
    // Straight to the BIM step, keeping what the worker already did in this module.
    const key = progressKey(user.id, version.id);
    const progress = loadProgress(window.localStorage, key, version.content.steps.length);
    saveProgress(window.localStorage, key, { ...progress, index: outcome.bimStepIndex });
    void navigate(`/play/${version.id}?element=${encodeURIComponent(outcome.globalId)}`, {
      state: { elementName: outcome.elementName, storey: outcome.storey },
    });
  });

  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void readPackView()
      .catch(() => null)
      .then((pack) => {
        if (left) return;
        if (!pack) return setStatus('no-pack');
        let last: string | null = null;
        // The back camera: the label is on the building, not on the worker.
        stop = startQrScanLoop(() => videoRef.current, {
          facingMode: 'environment',
          onScanning: () => setStatus('scanning'),
          onNoCamera: () => setStatus('no-camera'),
          onText: async (raw) => {
            if (raw === last) return false;
            last = raw;
            const outcome = resolveLabel(raw, pack);
            if (outcome.kind === 'open') {
              open(outcome, pack);
              return true;
            }
            navigator.vibrate?.(200);
            setStatus(outcome.kind);
            return false;
          },
        });
      });
    return () => {
      left = true;
      stop?.();
    };
  }, []);

  const message = {
    starting: t('elementLabels.scan.starting'),
    scanning: t('elementLabels.scan.scanning'),
    'no-camera': t('elementLabels.scan.noCamera'),
    'no-pack': t('elementLabels.scan.noPack'),
    'not-a-label': t('elementLabels.scan.notALabel'),
    'other-site': t('elementLabels.scan.otherSite'),
    'unknown-element': t('elementLabels.scan.unknownElement'),
    'module-not-in-pack': t('elementLabels.scan.moduleNotInPack'),
  }[status];
  const problem = status !== 'starting' && status !== 'scanning';

  return (
    <div className="tablet tablet--scan element-scan">
      <h1>{t('elementLabels.scan.title')}</h1>
      <p className="tablet__lead">{t('elementLabels.scan.lead')}</p>
      <div className="scanner">
        <video ref={videoRef} className="scanner__video" muted playsInline aria-hidden="true" />
        <div className="scanner__frame" aria-hidden="true" />
      </div>
      <div role="status" aria-atomic="true" className="tablet__feedback-slot">
        <p className={problem ? 'tablet__feedback' : 'tablet__status'}>{message}</p>
      </div>
      <Link className="tablet__back" to="/">
        {t('elementLabels.scan.back')}
      </Link>
    </div>
  );
}
