// One tender requirement and the crew against it: the share meeting it as a big figure, then each worker met or not
// with what is missing, each name opening that worker's passport.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SiteTenderQuery } from '../../graphql/generated/graphql';
import { formatShare, sortMembers } from './tenderView';

export type TenderCheckData = SiteTenderQuery['siteTenderCheck']['requirements'][number];

export interface TenderCheckProps {
  check: TenderCheckData;
  name: (code: string) => string;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
}

export function TenderCheck({ check, name, onEdit, onDelete, deleting }: TenderCheckProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Deleting asks once more, inline (a tablet has no good modal), and says what goes.
  const [confirming, setConfirming] = useState(false);
  const r = check.requirement;
  const asks = [...r.qualifications, ...r.ulos];
  return (
    <article className="tender-card" aria-labelledby={`${id}-title`}>
      <header className="tender-card__head">
        <div>
          <h2 id={`${id}-title`}>{r.title}</h2>
          {r.clause && <p className="tender-card__clause">{t('tender.clause', { clause: r.clause })}</p>}
          <p className="tender-card__asks">{t('tender.asks', { list: asks.map(name).join(' · ') })}</p>
        </div>
        <div
          className="tender-card__figure"
          data-met={check.crewSize > 0 && check.metCount === check.crewSize ? 'all' : 'some'}
        >
          <strong>{check.crewSize ? formatShare(check.metPercent, i18n.language) : '—'}</strong>{' '}
          <span>{t('tender.metCount', { count: check.metCount, total: check.crewSize })}</span>
        </div>
      </header>
      {check.crewSize === 0 ? (
        <p className="tender-nothing">{t('tender.noCrew')}</p>
      ) : (
        <ul className="tender-members" aria-label={t('tender.membersLabel', { title: r.title })}>
          {sortMembers(check.members).map((m) => (
            <li key={m.workerId} data-met={m.met ? 'yes' : 'no'}>
              <span className="tender-member__state" aria-hidden="true">
                {m.met ? '✓' : '✗'}
              </span>
              <Link
                to={`/passport/${m.workerId}`}
                aria-label={t('matrix.openPassport', { name: m.displayName })}
              >
                {m.displayName}
              </Link>
              <span className="tender-member__what">
                {m.met
                  ? t('tender.met')
                  : t('tender.missing', {
                      list: [...m.missingQualifications, ...m.missingUlos].map(name).join(', '),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <div
          className="tender-card__actions"
          role="group"
          aria-label={t('tender.confirmDelete', { title: r.title })}
        >
          <p className="tender-confirm">{t('tender.confirmDelete', { title: r.title })}</p>
          <button
            type="button"
            className="matrix-download tender-delete"
            onClick={onDelete}
            disabled={deleting}
          >
            {t('tender.deleteYes')}
          </button>
          <button type="button" className="matrix-download" onClick={() => setConfirming(false)}>
            {t('tender.deleteNo')}
          </button>
        </div>
      ) : (
        <div className="tender-card__actions">
          <button
            type="button"
            className="matrix-download"
            onClick={onEdit}
            aria-label={t('tender.editOne', { title: r.title })}
          >
            {t('tender.edit')}
          </button>
          <button
            type="button"
            className="matrix-download tender-delete"
            onClick={() => setConfirming(true)}
            aria-label={t('tender.deleteOne', { title: r.title })}
          >
            {t('tender.delete')}
          </button>
        </div>
      )}
    </article>
  );
}
