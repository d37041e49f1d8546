// One qualification in the passport: its state in words, dates, and either the evidence behind it or what is next.
import type { PassportQualificationView } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressBar } from '../../../ui/ProgressBar';
import { formatDay } from '../../../ui/formatDay';
import type { PassportNames } from '../passportLabels';
import { evidenceTrail } from '../passportView';
import { StateBadge } from './StateBadge';
import { AwardChain, type AwardChainLink } from './AwardChain';

interface Props {
  q: PassportQualificationView;
  names: PassportNames;
  award?: {
    awardedAt: string;
    expiresAt?: string | null;
    onHoldReason?: string | null;
    evidenceChain?: AwardChainLink[];
  };
  canStart: boolean;
  /** The reader's own passport (first person) or a member's (staff). */
  own: boolean;
}

export function QualificationCard({ q, names, award, canStart, own }: Props) {
  const { t } = useTranslation();
  const title = names.qualification(q.scheme, q.qualification);
  const day = (d: string) => formatDay(d, names.lang);
  const held = q.state === 'held' || q.state === 'expiring';
  return (
    <li className={`passport-card passport-card--${q.state}`} data-qualification={q.qualification}>
      <div className="passport-card__head">
        <h3>{title}</h3>
        <StateBadge state={q.state} percent={q.percent} />
      </div>
      <p className="passport-card__scheme">
        {names.scheme(q.scheme)} · {q.qualification}
      </p>
      {held && (
        <p className="passport-card__dates">
          {award
            ? t('passport.awardedOn', { date: day(award.awardedAt) })
            : q.achievedAt
              ? t('passport.achievedOn', { date: day(q.achievedAt) })
              : null}{' '}
          {q.expiresAt ? (
            <strong>
              {q.state === 'expiring'
                ? t('passport.renewBefore', { date: day(q.expiresAt) })
                : t('passport.validUntil', { date: day(q.expiresAt) })}
            </strong>
          ) : (
            t('passport.noExpiry')
          )}
        </p>
      )}
      {q.state === 'expired' && q.expiresAt && (
        <p className="passport-card__dates">{t('passport.expiredOn', { date: day(q.expiresAt) })}</p>
      )}
      {award?.onHoldReason && (
        <p className="passport-card__dates passport-award__hold">
          <StateBadge state="awaiting_validation" compact />{' '}
          {t('passport.awardOnHold', { date: day(award.awardedAt), reason: award.onHoldReason })}
        </p>
      )}
      {award?.evidenceChain && (
        <AwardChain
          links={award.evidenceChain}
          lang={names.lang}
          moduleTitle={(id) => (names.module(id).versionId ? names.module(id).title : null)}
        />
      )}
      {!held && <ProgressBar label={t('passport.progressOf', { title })} value={q.percent} />}
      {!held && q.toLearnUlos.length > 0 && (
        <div className="passport-card__next">
          <p className="passport-card__label">{t('passport.stillToLearn')}</p>
          <UloChips ulos={q.toLearnUlos} names={names} />
          <NextModules ids={q.nextModules} names={names} canStart={canStart} />
        </div>
      )}
      {/* Done but not yet counted by this qualification: it asks for a validation on site, not another course. */}
      {!held && q.awaitingUlos.length > 0 && (
        <div className="passport-card__next">
          <p className="passport-card__label">{t('passport.awaitingOnSite')}</p>
          <UloChips ulos={q.awaitingUlos} names={names} />
        </div>
      )}
      {held && q.backing.length > 0 && (
        <details className="passport-evidence">
          <summary>
            {t(own ? 'passport.showEvidence' : 'passport.showEvidenceOther', { count: q.backing.length })}
          </summary>
          <ul>
            {q.backing.map((b) => (
              <li key={b.ulo}>
                <strong>{names.ulo(b.ulo)}</strong>
                <EvidenceLines evidence={b.evidence} names={names} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function UloChips({ ulos, names }: { ulos: string[]; names: PassportNames }) {
  return (
    <ul className="passport-chips">
      {ulos.map((u) => (
        <li key={u}>{names.ulo(u)}</li>
      ))}
    </ul>
  );
}

export function NextModules({
  ids,
  names,
  canStart,
}: {
  ids: string[];
  names: PassportNames;
  canStart: boolean;
}) {
  const { t } = useTranslation();
  if (!ids.length) return <p className="passport-card__hint">{t('passport.noModuleYet')}</p>;
  return (
    <>
      <p className="passport-card__label">{t('passport.nextModules')}</p>
      <ul className="passport-next">
        {ids.map((id) => {
          const m = names.module(id);
          return (
            <li key={id}>
              <span>{m.title}</span>
              {canStart && m.versionId && (
                <Link
                  className="passport-start"
                  to={`/play/${m.versionId}`}
                  aria-label={`${t('passport.start')} — ${m.title}`}
                >
                  {t('passport.start')}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function EvidenceLines({
  evidence,
  names,
}: {
  evidence: Parameters<typeof evidenceTrail>[0];
  names: PassportNames;
}) {
  const { t } = useTranslation();
  return (
    <ul className="passport-trail">
      {evidenceTrail(evidence).map((e, i) => (
        <li key={`${e.moduleId}-${i}`}>
          {names.module(e.moduleId).title}
          {e.doneOn && ` — ${t('passport.passedOn', { date: formatDay(e.doneOn, names.lang) })}`}
          {e.validatedOn && ` — ${t('passport.validatedOn', { date: formatDay(e.validatedOn, names.lang) })}`}
        </li>
      ))}
    </ul>
  );
}
