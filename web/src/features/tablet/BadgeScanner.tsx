// "Scan my badge": the tablet camera looks for a FIT badge QR and signs its worker in.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOfflineError } from '../../graphql/client';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import type { LoginPayload } from '../../graphql/session-user';
import { parseBadgePayload } from './parseBadgePayload';
import { createQrReader } from './qrDetector';
import { BadgeLoginMutation } from './tablet.queries';
import './tablet.css';

export interface BadgeScannerProps {
  onSignedIn: (payload: LoginPayload) => void;
}

type Status = 'starting' | 'scanning' | 'signing' | 'no-camera' | 'refused' | 'offline';

const SCAN_INTERVAL_MS = 250;

export function BadgeScanner({ onSignedIn }: BadgeScannerProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<Status>('starting');
  const handleSignedIn = useEffectEvent((payload: LoginPayload) => onSignedIn(payload));

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rejected = new Set<string>();

    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'user' } }, audio: false });
      } catch {
        if (!stopped) setStatus('no-camera');
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const read = await createQrReader();
      if (!stopped) setStatus('scanning');

      const tick = async () => {
        if (stopped) return;
        const code = parseBadgePayload(await read(video));
        // A badge just refused is not sent again while it stays in front of the camera.
        if (code && !rejected.has(code)) {
          setStatus('signing');
          try {
            const data = await client.request(BadgeLoginMutation, { code });
            if (!stopped) handleSignedIn(data.badgeLogin);
            return;
          } catch (error) {
            if (stopped) return;
            rejected.add(code);
            navigator.vibrate?.(200);
            setStatus(isOfflineError(error) ? 'offline' : 'refused');
          }
        }
        timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
      };
      void tick();
    };
    void start();

    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [client]);

  const message = {
    starting: t('tablet.scan.starting'),
    scanning: t('tablet.scan.scanning'),
    signing: t('tablet.scan.signing'),
    'no-camera': t('tablet.scan.noCamera'),
    refused: t('tablet.scan.refused'),
    offline: t('tablet.errors.offline'),
  }[status];
  const problem = status === 'no-camera' || status === 'refused' || status === 'offline';

  return (
    <div className="tablet tablet--scan">
      <h1>{t('tablet.scan.title')}</h1>
      <p className="tablet__lead">{t('tablet.scan.lead')}</p>
      <div className="scanner">
        <video ref={videoRef} className="scanner__video" muted playsInline aria-hidden="true" />
        <div className="scanner__frame" aria-hidden="true" />
      </div>
      <div role="status" aria-atomic="true" className="tablet__feedback-slot">
        <p className={problem ? 'tablet__feedback' : 'tablet__status'}>{message}</p>
      </div>
      <Link className="tablet__back" to="/tablet">
        {t('tablet.scan.back')}
      </Link>
    </div>
  );
}
