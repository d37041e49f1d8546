// For the operator (admin of a network body): background jobs that failed after their retries, to look into.
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { QueryStates } from '../../../ui/QueryStates';
import { FailedJobsQuery } from '../api/organisations.queries';
import '../../../ui/staff-page.css';

export function FailedJobsSection() {
  const { t, i18n } = useTranslation();
  const query = useGraphQLQuery(FailedJobsQuery, {});
  return (
    <section className="staff-section" aria-labelledby="org-failed-jobs-heading">
      <h2 id="org-failed-jobs-heading">{t('organisations.failedJobs.heading')}</h2>
      <p className="staff-lead">{t('organisations.failedJobs.intro')}</p>
      <QueryStates query={query}>
        {(data) =>
          data.failedJobs.length === 0 ? (
            <p>{t('organisations.failedJobs.none')}</p>
          ) : (
            <ul className="org-rows">
              {data.failedJobs.map((job) => (
                <li key={job.id} className="org-row">
                  <div className="org-row__who">
                    <span className="org-row__name">{job.queue}</span>
                    <span className="org-row__meta">
                      {t('organisations.failedJobs.failedAt', { when: new Date(job.failedAt).toLocaleString(i18n.language) })} ·{' '}
                      {t('organisations.failedJobs.retries', { count: job.retries })}
                    </span>
                    <span className="org-row__meta">{job.error}</span>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </section>
  );
}
