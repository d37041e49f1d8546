// "Scan my badge": the tablet camera looks for a FIT badge QR and signs its worker in.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import type { LoginPayload } from '../../../graphql/session-user';
import { parseBadgePayload } from '../parseBadgePayload';
import { useQrScan } from '../hooks/useQrScan';
import { BadgeLoginMutation } from '../api/tablet.queries';
import './tablet.css';

export interface BadgeScannerProps {
  onSignedIn: (payload: LoginPayload) => void;
}

export function BadgeScanner({ onSignedIn }: BadgeScannerProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  const status = useQrScan(videoRef, {
    parse: parseBadgePayload,
    submit: async (code) => onSignedIn((await client.request(BadgeLoginMutation, { code })).badgeLogin),
  });

  const message = {
    starting: t('tablet.scan.starting'),
    scanning: t('tablet.scan.scanning'),
    working: t('tablet.scan.signing'),
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
