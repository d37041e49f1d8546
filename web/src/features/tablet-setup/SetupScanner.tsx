// The camera part of "Set up this tablet": finds the QR the manager's site page shows and hands its code on.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useQrScan } from '../tablet';
import { enrolmentCodeFrom } from './enrol-tablet';

export interface SetupScannerProps {
  /** Rejects when the code is refused: the camera keeps looking. */
  onCode: (code: string) => Promise<void>;
  onBack: () => void;
}

export function SetupScanner({ onCode, onBack }: SetupScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const status = useQrScan(videoRef, { parse: enrolmentCodeFrom, submit: onCode });
  const message = {
    starting: t('tablet.scan.starting'),
    scanning: t('tabletSetup.scanning'),
    working: t('tabletSetup.working'),
    'no-camera': t('tabletSetup.noCamera'),
    refused: t('tabletSetup.scanning'),
    offline: t('tabletSetup.scanning'),
  }[status];
  return (
    <section className="tablet-setup__way tablet--scan" aria-labelledby="setup-scan">
      <h2 id="setup-scan">{t('tabletSetup.scanTitle')}</h2>
      <div className="scanner">
        <video ref={videoRef} className="scanner__video" muted playsInline aria-hidden="true" />
        <div className="scanner__frame" aria-hidden="true" />
      </div>
      <p role="status" className={status === 'no-camera' ? 'tablet__feedback' : 'tablet__status'}>
        {message}
      </p>
      <Button variant="secondary" onClick={onBack}>
        {t('tabletSetup.otherWay')}
      </Button>
    </section>
  );
}
