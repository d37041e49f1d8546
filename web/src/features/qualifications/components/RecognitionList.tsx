// What the worker's qualifications are worth in the other schemes: fully recognised, or partly with what closes the gap.
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../ui/ProgressBar';
import type { PassportNames } from '../passportLabels';
import type { RecognitionGroups } from '../passportView';
import { NextModules } from './QualificationCard';

export function RecognitionList({
  groups,
  names,
  canStart,
}: {
  groups: RecognitionGroups;
  names: PassportNames;
  canStart: boolean;
}) {
  const { t } = useTranslation();
  if (!groups.full.length && !groups.partial.length)
    return <p className="passport-none">{t('passport.recognitionNone')}</p>;
  return (
    <ul className="passport-cards">
      {[...groups.full, ...groups.partial].map((r) => {
        const title = names.qualification(r.scheme, r.qualification);
        const full = r.coverage === 'full';
        return (
          <li
            key={`${r.scheme} ${r.qualification}`}
            className={`passport-card passport-card--${full ? 'held' : 'in_progress'}`}
            data-recognition={r.qualification}
          >
            <div className="passport-card__head">
              <h3>{title}</h3>
              <span className={`state-badge state-badge--${full ? 'held' : 'in_progress'}`}>
                <span className="state-badge__icon" aria-hidden="true">
                  {full ? '✓' : '◔'}
                </span>
                <span className="state-badge__text">
                  {full
                    ? t('passport.recognisedFull')
                    : t('passport.recognisedPartial', { percent: r.percent })}
                </span>
              </span>
            </div>
            <p className="passport-card__scheme">
              {names.scheme(r.scheme)} · {r.qualification}
            </p>
            <p className="passport-card__dates">
              {t('passport.fromQualification', {
                title: names.qualification(r.fromScheme, r.fromQualification),
              })}
              {r.byAgreement && <strong className="passport-agreement"> {t('passport.byAgreement')}</strong>}
            </p>
            {!full && (
              <>
                <ProgressBar label={t('passport.recognitionOf', { title })} value={r.percent} />
                <p className="passport-card__label">{t('passport.missingForRecognition')}</p>
                <ul className="passport-chips">
                  {r.missingUlos.map((u) => (
                    <li key={u}>{names.ulo(u)}</li>
                  ))}
                </ul>
                <NextModules ids={r.closingModules} names={names} canStart={canStart} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
