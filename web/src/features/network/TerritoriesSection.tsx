// The network body's territories: each with its codes; facilitators and the network's admin create and edit them.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './network.css';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { TerritoriesQuery } from './network.queries';
import { TerritoryForm } from './TerritoryForm';

export function TerritoriesSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useGraphQLQuery(TerritoriesQuery, {});
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const saved = () => {
    setEditing(null);
    query.retry();
  };
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('network.territories')}</h2>
      <QueryStates query={query}>
        {({ territories }) => (
          <>
            {territories.length === 0 ? (
              <EmptyState title={t('network.territoriesEmpty')} />
            ) : (
              <ul className="network-list">
                {territories.map((territory) =>
                  editing === territory.id ? (
                    <li key={territory.id}>
                      <TerritoryForm territory={territory} onSaved={saved} onCancel={() => setEditing(null)} />
                    </li>
                  ) : (
                    <li key={territory.id} className="network-card">
                      <h3>{territory.name}</h3>
                      <p>{t('network.codeCount', { count: territory.codes.length })}</p>
                      <p className="network-card__codes">{territory.codes.join(', ')}</p>
                      {canEdit && (
                        <Button variant="secondary" onClick={() => setEditing(territory.id)} aria-label={t('network.territory.editNamed', { name: territory.name })}>
                          {t('network.territory.edit')}
                        </Button>
                      )}
                    </li>
                  ),
                )}
              </ul>
            )}
            {canEdit &&
              (editing === 'new' ? (
                <TerritoryForm onSaved={saved} onCancel={() => setEditing(null)} />
              ) : (
                <Button variant="secondary" onClick={() => setEditing('new')}>
                  {t('network.territory.add')}
                </Button>
              ))}
          </>
        )}
      </QueryStates>
    </section>
  );
}
