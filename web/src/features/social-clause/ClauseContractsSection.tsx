// The contracts with a social clause a facilitator follows, or a company was awarded: progress at a glance, each
// opening its contract screen; a facilitator records a new contract from here.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ProgressBar } from '../../ui/ProgressBar';
import { QueryStates } from '../../ui/QueryStates';
import { ClauseContractsQuery } from './clause.queries';
import { useHours } from './format';
import { RecordContractForm } from './RecordContractForm';
import './clause.css';

export function ClauseContractsSection({ canRecord = false }: { canRecord?: boolean }) {
  const { t } = useTranslation();
  const hours = useHours();
  const headingId = useId();
  const query = useGraphQLQuery(ClauseContractsQuery, {});
  const [recording, setRecording] = useState(false);
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('clause.contracts.title')}</h2>
      {canRecord &&
        (recording ? (
          <>
            <h3>{t('clause.record.title')}</h3>
            <RecordContractForm onCancel={() => setRecording(false)} />
          </>
        ) : (
          <div className="clause-actions">
            <Button onClick={() => setRecording(true)}>{t('clause.record.open')}</Button>
          </div>
        ))}
      <QueryStates query={query}>
        {({ clauseContracts }) =>
          clauseContracts.length === 0 ? (
            <EmptyState title={t('clause.contracts.empty')} />
          ) : (
            <ul className="clause-list">
              {clauseContracts.map((c) => (
                <li key={c.id} className="clause-card">
                  <h3>
                    <Link to={`/clause/${c.id}`} className="clause-card__link">
                      {c.title}
                    </Link>
                  </h3>
                  <p>{t('clause.contracts.line', { buyer: c.buyer, reference: c.reference })}</p>
                  <ProgressBar
                    label={t('clause.contracts.progress', { achieved: hours(c.progress.achievedHours), target: hours(c.progress.targetHours) })}
                    value={c.progress.achievedHours}
                    max={c.progress.targetHours}
                  />
                  {c.progress.pendingHours > 0 && <p>{t('clause.contracts.pending', { hours: hours(c.progress.pendingHours) })}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </section>
  );
}
