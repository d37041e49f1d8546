// The tablet worker's session guard: signs out after a few idle minutes, warning with a countdown for the last 20 s.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { useInactivity } from '../hooks/useInactivity';
import './tablet.css';

export const TABLET_IDLE_SECONDS = 180;
export const TABLET_WARN_SECONDS = 20;

export interface InactivityNoticeProps {
  onTimeout: () => void;
  timeoutSeconds?: number;
}

export function InactivityNotice({ onTimeout, timeoutSeconds = TABLET_IDLE_SECONDS }: InactivityNoticeProps) {
  const { t } = useTranslation();
  const secondsLeft = useInactivity(timeoutSeconds, onTimeout);
  const warning = secondsLeft <= TABLET_WARN_SECONDS;
  return (
    <div className="idle-notice" role="status" aria-live="polite">
      {warning && (
        <div className="idle-notice__inner">
          <p className="idle-notice__text">{t('tablet.idle.warning', { count: secondsLeft })}</p>
          {/* Any touch keeps the session; the button just makes that obvious. */}
          <Button variant="primary">{t('tablet.idle.stay')}</Button>
        </div>
      )}
    </div>
  );
}
