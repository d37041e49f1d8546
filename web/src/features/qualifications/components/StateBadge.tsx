// A state as an icon and words, never colour alone: held ✓, expiring !, expired ✕, in progress %, awaiting validation on
// site ◷, missing –.
import { useTranslation } from 'react-i18next';

export type BadgeState = 'held' | 'expiring' | 'expired' | 'in_progress' | 'awaiting_validation' | 'missing';

const ICONS: Record<BadgeState, string> = {
  held: '✓',
  expiring: '!',
  expired: '✕',
  in_progress: '◔',
  awaiting_validation: '◷',
  missing: '–',
};

interface Props {
  state: BadgeState;
  percent?: number;
  compact?: boolean;
  /** Other words for the state (a task is "ready" rather than "held"). */
  label?: string;
}

export function StateBadge({ state, percent, compact = false, label: words }: Props) {
  const { t } = useTranslation();
  const label =
    words ??
    (state === 'in_progress' && percent !== undefined
      ? t('quals.state.in_progress_pct', { percent })
      : t(`quals.state.${state}`));
  return (
    <span className={`state-badge state-badge--${state}${compact ? ' state-badge--compact' : ''}`}>
      <span className="state-badge__icon" aria-hidden="true">
        {ICONS[state]}
      </span>
      <span className="state-badge__text">{label}</span>
    </span>
  );
}
