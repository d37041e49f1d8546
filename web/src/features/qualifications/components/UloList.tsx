// The skills (ULOs) the worker has evidence for: held or expired, until when, the modules behind each, and what
// each skill means (its knowledge, skills and autonomy outcomes) on demand.
import type { PassportUloView } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/formatDay';
import type { PassportNames } from '../passportLabels';
import { EvidenceLines } from './QualificationCard';
import { StateBadge } from './StateBadge';

export function UloList({ ulos, names }: { ulos: PassportUloView[]; names: PassportNames }) {
  const { t } = useTranslation();
  if (!ulos.length) return <p className="passport-none">{t('passport.ulosNone')}</p>;
  return (
    <ul className="passport-ulos">
      {ulos.map((u) => (
        <li key={u.code} className={`passport-ulo passport-ulo--${u.state}`}>
          <div className="passport-card__head">
            <h3>{names.ulo(u.code)}</h3>
            <StateBadge state={u.state} compact />
          </div>
          <p className="passport-card__scheme">
            <span className="code-aside">{u.code}</span> · {t('passport.eqf', { level: u.eqfLevel })}
            {u.expiresAt &&
              ` · ${u.state === 'expired' ? t('passport.expiredOn', { date: formatDay(u.expiresAt, names.lang) }) : t('passport.validUntil', { date: formatDay(u.expiresAt, names.lang) })}`}
          </p>
          {u.keptFreshUntil && u.state === 'held' && <p className="passport-ulo__fresh">{t('passport.keptFreshByRecall', { date: formatDay(u.keptFreshUntil, names.lang) })}</p>}
          <EvidenceLines evidence={u.evidence} names={names} />
          <UloOutcomes ulo={u} />
        </li>
      ))}
    </ul>
  );
}

/** The ULO's learning outcomes as the framework states them (they are written in the framework's language). */
function UloOutcomes({ ulo }: { ulo: PassportUloView }) {
  const { t } = useTranslation();
  const groups = [
    ['knowledge', ulo.knowledge],
    ['skills', ulo.skills],
    ['autonomy', ulo.autonomy],
  ] as const;
  if (groups.every(([, list]) => !list.length)) return null;
  return (
    <details className="passport-evidence passport-outcomes">
      <summary>{t('passport.outcomes')}</summary>
      {groups.map(
        ([key, list]) =>
          list.length > 0 && (
            <div key={key}>
              <h4>{t(`passport.outcome.${key}`)}</h4>
              <ul>
                {list.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ),
      )}
    </details>
  );
}
