// Route /handovers (a company's trainers and managers): the candidates a network body handed over, each with the trades
// that fit, where their path starts, and the company's own modules for it, assigned to the new worker in one action.
import { isTradeFamily } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { formatDay } from '../../ui/formatDay';
import { QueryStates } from '../../ui/QueryStates';
import { AssignPathForm } from './AssignPathForm';
import { PositioningHandoversQuery } from './positioning.queries';
import type { PositioningHandoversQuery as Result } from '../../graphql/generated/graphql';
import './positioning.css';

type Handover = Result['positioningHandovers'][number];

export function HandoversPage() {
  const { t } = useTranslation();
  const query = useGraphQLQuery(PositioningHandoversQuery, {});
  return (
    <div className="positioning-handovers">
      <BackLink to="/">{t('positioning.back')}</BackLink>
      <h1>{t('handovers.title')}</h1>
      <p>{t('handovers.lead')}</p>
      <QueryStates query={query}>
        {({ positioningHandovers }) =>
          positioningHandovers.length === 0 ? (
            <EmptyState title={t('handovers.empty')}>{t('handovers.emptyHelp')}</EmptyState>
          ) : (
            <ul className="positioning-candidates">
              {positioningHandovers.map((handover) => (
                <HandoverCard key={handover.id} handover={handover} />
              ))}
            </ul>
          )
        }
      </QueryStates>
    </div>
  );
}

function HandoverCard({ handover }: { handover: Handover }) {
  const { t, i18n } = useTranslation();
  const trade = (family: string) => (isTradeFamily(family) ? t(`candidate.trades.${family}.name`) : family);
  const open = handover.modules.filter((m) => !m.assigned);
  return (
    <li className="positioning-candidate">
      <h2>{handover.displayName}</h2>
      <p>{t('handovers.from', { network: handover.fromNetwork, date: formatDay(String(handover.candidateConsentedAt), i18n.language) })}</p>
      <h3>{t('handovers.trades')}</h3>
      <p>{handover.trades.length === 0 ? t('handovers.noTrades') : handover.trades.map(trade).join(', ')}</p>
      <h3>{t('handovers.ulos')}</h3>
      {handover.ulos.length === 0 ? (
        <p>{t('positioning.noPath')}</p>
      ) : (
        <ul className="positioning-labels" aria-label={t('handovers.ulos')}>
          {handover.ulos.map((ulo) => (
            <li key={ulo.code} className="positioning-label">
              {ulo.title}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('handovers.modules')}</h3>
      {handover.modules.length === 0 ? (
        <p>{t('handovers.noModules')}</p>
      ) : (
        <ul className="positioning-labels" aria-label={t('handovers.modules')}>
          {handover.modules.map((m) => (
            <li key={m.moduleVersionId} className="positioning-label positioning-label--module">
              {m.assigned ? t('handovers.assignedModule', { title: m.title }) : m.title}
            </li>
          ))}
        </ul>
      )}
      {!handover.workerId ? (
        <p>{t('handovers.noAccount')}</p>
      ) : open.length > 0 ? (
        <AssignPathForm workerId={handover.workerId} name={handover.displayName} versionIds={open.map((m) => m.moduleVersionId)} />
      ) : (
        handover.modules.length > 0 && <p className="positioning-done">{t('handovers.allAssigned')}</p>
      )}
    </li>
  );
}
