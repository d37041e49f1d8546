// On the facilitator's home: the body's positioning sessions (code, candidates, results) and a form for a new one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { PositioningSessionsQuery } from './positioning.queries';
import { SessionForm } from './SessionForm';
import './positioning.css';

export function PositioningSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const query = useGraphQLQuery(PositioningSessionsQuery, {});
  const [adding, setAdding] = useState(false);
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('positioning.title')}</h2>
      <p>{t('positioning.intro')}</p>
      <QueryStates query={query}>
        {({ positioningSessions }) =>
          positioningSessions.length === 0 ? (
            <EmptyState title={t('positioning.empty')} />
          ) : (
            <ul className="positioning-sessions">
              {positioningSessions.map((session) => (
                <li key={session.id} className="positioning-session-card">
                  <h3>
                    <Link to={`/positioning/${session.id}`}>{session.name}</Link>
                  </h3>
                  <p>
                    {session.date} · {t('positioning.code')} <strong>{session.code}</strong>
                  </p>
                  <p>{t('positioning.counts', { count: session.candidateCount, completed: session.completedCount })}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
      {adding ? (
        <SessionForm onSaved={(id) => void navigate(`/positioning/${id}`)} onCancel={() => setAdding(false)} />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('positioning.new')}
        </Button>
      )}
    </section>
  );
}
