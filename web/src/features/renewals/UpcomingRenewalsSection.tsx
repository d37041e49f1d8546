// On a site's page: the crew's ULOs that lapse in the next 90 days, soonest first, with the modules that renew each
// and whether they are already assigned (FIT assigns them ahead of the lapse, each scheme's lead time before).
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { QueryStates } from '../../ui/QueryStates';
import { useUloLabels } from '../qualifications';
import { UpcomingRenewalsQuery } from './renewals.queries';
import './renewals.css';
import '../../ui/staff-page.css';

export const RENEWAL_HORIZON_DAYS = 90;

export function UpcomingRenewalsSection({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  const query = useGraphQLQuery(UpcomingRenewalsQuery, { siteId, days: RENEWAL_HORIZON_DAYS });
  const ulos = useUloLabels();
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  return (
    <section className="staff-section" aria-labelledby="renewals-heading">
      <h2 id="renewals-heading">{t('renewals.heading', { days: RENEWAL_HORIZON_DAYS })}</h2>
      <p>{t('renewals.intro')}</p>
      <QueryStates query={query}>
        {(data) =>
          data.upcomingRenewals.length === 0 ? (
            <p>{t('renewals.none')}</p>
          ) : (
            <table className="renewals-table">
              <thead>
                <tr>
                  <th scope="col">{t('renewals.expires')}</th>
                  <th scope="col">{t('renewals.worker')}</th>
                  <th scope="col">{t('renewals.ulo')}</th>
                  <th scope="col">{t('renewals.modules')}</th>
                  <th scope="col">{t('renewals.state')}</th>
                </tr>
              </thead>
              <tbody>
                {data.upcomingRenewals.map((r) => (
                  <tr key={`${r.workerId}-${r.ulo}`}>
                    <td>{day(r.expiresOn)}</td>
                    <td>{r.workerName}</td>
                    <td>
                      {ulos.label(r.ulo)} <span className="code-aside">{r.ulo}</span>
                      <span className="renewals-muted"> · {r.qualification}</span>
                    </td>
                    <td>{r.modules.length ? r.modules.join(', ') : t('renewals.noModule')}</td>
                    <td>{r.assigned ? t('renewals.assigned') : t('renewals.notYet')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryStates>
    </section>
  );
}
