// The skills (ULOs) the worker has evidence for: held or expired, until when, and the modules behind each.
import type { PassportUloView } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../assignments/formatDay';
import type { PassportNames } from './passportLabels';
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
            {u.code} · {t('passport.eqf', { level: u.eqfLevel })}
            {u.expiresAt &&
              ` · ${u.state === 'expired' ? t('passport.expiredOn', { date: formatDay(u.expiresAt, names.lang) }) : t('passport.validUntil', { date: formatDay(u.expiresAt, names.lang) })}`}
          </p>
          <EvidenceLines evidence={u.evidence} names={names} />
        </li>
      ))}
    </ul>
  );
}
