// For a company's admin: who read its participants' eligibility (category and evidence type), when and why — the
// append-only log every such read writes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../graphql/generated';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import './clause.css';

const EligibilityReadLogQuery = graphql(`
  query EligibilityReadLog {
    eligibilityReadLog {
      id
      personName
      readerName
      readerOrganisation
      reason
      readAt
    }
  }
`);

export function EligibilityReadLogSection() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = useGraphQLQuery(EligibilityReadLogQuery, {});
  const when = (value: unknown) => new Date(String(value)).toLocaleString(i18n.language.startsWith('fr') ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('clause.readLog.title')}</h2>
      <p>{t('clause.readLog.intro')}</p>
      <QueryStates query={query}>
        {({ eligibilityReadLog }) =>
          eligibilityReadLog.length === 0 ? (
            <EmptyState title={t('clause.readLog.empty')} />
          ) : (
            <div className="clause-table-wrap">
              <table className="clause-table">
                <thead>
                  <tr>
                    <th scope="col">{t('clause.readLog.when')}</th>
                    <th scope="col">{t('clause.readLog.person')}</th>
                    <th scope="col">{t('clause.readLog.reader')}</th>
                    <th scope="col">{t('clause.readLog.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {eligibilityReadLog.map((r) => (
                    <tr key={r.id}>
                      <td>{when(r.readAt)}</td>
                      <td>{r.personName}</td>
                      <td>
                        {r.readerName}
                        <br />
                        <small>{r.readerOrganisation}</small>
                      </td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryStates>
    </section>
  );
}
