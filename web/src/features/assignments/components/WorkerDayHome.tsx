// The worker's home on the shared tablet: the day's assigned modules grouped by urgency, and the trainer's reviews.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { firstNameOf } from '../firstName';
import type { SessionUser } from '../../../graphql/session-user';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { MyDayQuery } from '../api/assignments.queries';
import { AssignmentCard } from './AssignmentCard';
import { dayGroupOf, groupWorkerDay } from '../groupWorkerDay';
import { PracticalReviews } from './PracticalReviews';
import { withLocalOutcome } from '../localOutcomes';
import { useLocalOutcomes } from '../hooks/useLocalOutcomes';
import { RecallEntry } from '../../recall';
import './assignments.css';

export function WorkerDayHome({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const id = useId();
  // Asked again when records are delivered and when the network returns (see app/query-session).
  const query = useGraphQLQuery(MyDayQuery, {}, { offline: true });
  const local = useLocalOutcomes(user.id);
  return (
    <>
      <div className="day-intro">
        <p className="day-intro__greeting">{t('home.greeting', { name: firstNameOf(user.displayName) })}</p>
        <h1>{t('home.worker.title')}</h1>
        <p className="day-intro__text">{t('home.worker.intro')}</p>
        <p className="day-links">
          <Link className="day-passport-link" to="/passport">
            {t('home.worker.passport')}
          </Link>
          <Link className="day-passport-link" to="/my-results">
            {t('home.worker.results')}
          </Link>
          <Link className="day-passport-link" to="/my-afest">
            {t('myAfest.homeLink')}
          </Link>
          <Link className="day-passport-link" to="/scan-element">
            {t('elementLabels.homeLink')}
          </Link>
        </p>
      </div>
      <RecallEntry userId={user.id} />
      <QueryStates query={query}>
        {(data) => {
          const items = data.myAssignments.map((a) => {
            const mine = a.moduleVersion ? local.get(a.moduleVersion.id) : undefined;
            const status = withLocalOutcome(a.status, mine);
            return { ...a, status, overdue: a.overdue && status === a.status, savedHere: status !== a.status, title: a.moduleVersion?.title.text ?? '' };
          });
          const groups = groupWorkerDay(items);
          return (
            <>
              {groups.length === 0 ? (
                <EmptyState title={t('home.worker.emptyTitle')}>
                  <p>{t('home.worker.emptyBody')}</p>
                </EmptyState>
              ) : (
                groups.map(({ group, items: inGroup }) => (
                  <section key={group} className={`day-group day-group--${group}`} aria-labelledby={`${id}-${group}`}>
                    <h2 id={`${id}-${group}`}>
                      {t(`day.groups.${group}`)} <span className="day-group__count">({inGroup.length})</span>
                    </h2>
                    <ul className="day-list">
                      {inGroup.map((a) => (
                        <AssignmentCard key={a.id} assignment={a} overdue={dayGroupOf(a) === 'overdue'} savedHere={a.savedHere} />
                      ))}
                    </ul>
                  </section>
                ))
              )}
              <PracticalReviews reviews={data.myPracticalReviews} assignments={data.myAssignments} />
            </>
          );
        }}
      </QueryStates>
    </>
  );
}
