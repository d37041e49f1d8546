// Records the server refused under the rule of who may state what (e.g. sent for a worker who had left the organisation
// while the tablet was offline): never stored, listed here so staff know what did not count, and why.
import { useTranslation } from 'react-i18next';
import type { PendingValidationsQuery } from '../../graphql/generated/graphql';

export function RefusedStatements({ refused }: { refused: PendingValidationsQuery['refusedStatements'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="refused-statements" aria-labelledby="refused-statements-title">
      <h2 id="refused-statements-title">{t('validation.refusedTitle')}</h2>
      {refused.length === 0 ? (
        <p>{t('validation.refusedNone')}</p>
      ) : (
        <ul className="refused-statements__list">
          {refused.map((r) => (
            <li key={r.statementId}>
              <strong>{r.workerName ?? t('validation.refusedUnknown')}</strong> —{' '}
              {new Date(r.refusedAt as string).toLocaleString(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              })}
              <br />
              <span className="refused-statements__reason">
                {t('validation.refusedReason', { rule: r.rule, reason: r.reason })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
