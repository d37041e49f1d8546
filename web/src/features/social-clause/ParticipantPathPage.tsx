// Route /clause/:contractId/participants/:participantId (the body's facilitators, the company's managers and
// admins): a participant's path — their contracts with eligibility and exit, monthly hours (work and training),
// the training they had (modules completed, AFESTs) and the qualifications they were awarded. The eligibility is
// read for this screen's purpose, and that read is logged.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { ClauseParticipantPathQuery } from './clause.queries';
import { PathContractsTable, PathMonthsTable } from './PathTables';
import '../../ui/sections.css';
import './clause.css';

export function ParticipantPathPage() {
  const { t, i18n } = useTranslation();
  const { contractId = '', participantId = '' } = useParams();
  const ids = { contracts: useId(), months: useId(), training: useId(), qualifications: useId() };
  const query = useGraphQLQuery(ClauseParticipantPathQuery, {
    participantId,
    reason: t('clause.path.readReason'),
    language: i18n.language.slice(0, 2),
  });
  return (
    <>
      <BackLink to={`/clause/${contractId}`}>{t('clause.path.back')}</BackLink>
      <QueryStates query={query}>
        {({ clauseParticipantPath: p }) => (
          <>
            <h1>{t('clause.path.title', { name: p.personName })}</h1>
            <section className="home-section" aria-labelledby={ids.contracts}>
              <h2 id={ids.contracts}>{t('clause.path.contracts')}</h2>
              <PathContractsTable contracts={p.contracts} />
            </section>
            <section className="home-section" aria-labelledby={ids.months}>
              <h2 id={ids.months}>{t('clause.path.months')}</h2>
              {p.months.length === 0 ? (
                <EmptyState title={t('clause.hours.empty')} />
              ) : (
                <PathMonthsTable months={p.months} />
              )}
            </section>
            <section className="home-section" aria-labelledby={ids.training}>
              <h2 id={ids.training}>{t('clause.path.training')}</h2>
              <p>{t('clause.path.modulesCount', { count: p.modules.length })}</p>
              {p.modules.length > 0 && (
                <ul className="clause-path-list">
                  {p.modules.map((m) => (
                    <li key={`${m.title}-${m.completedOn}`}>
                      {t('clause.path.module', { title: m.title, date: m.completedOn })}
                    </li>
                  ))}
                </ul>
              )}
              <p>{t('clause.path.afestCount', { count: p.afests.length })}</p>
              {p.afests.length > 0 && (
                <ul className="clause-path-list">
                  {p.afests.map((a) => (
                    <li key={a.id}>
                      {a.signedOn
                        ? t('clause.path.afestSigned', {
                            title: a.title,
                            from: a.startedOn,
                            to: a.signedOn,
                            count: a.sequences,
                          })
                        : t('clause.path.afestOpen', {
                            title: a.title,
                            from: a.startedOn,
                            count: a.sequences,
                          })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="home-section" aria-labelledby={ids.qualifications}>
              <h2 id={ids.qualifications}>{t('clause.path.qualifications')}</h2>
              {p.qualifications.length === 0 ? (
                <EmptyState title={t('clause.path.noQualification')} />
              ) : (
                <ul className="clause-path-list">
                  {p.qualifications.map((q) => (
                    <li key={`${q.scheme}-${q.title}-${q.awardedOn}`}>
                      {t('clause.path.qualification', {
                        title: q.title,
                        scheme: q.scheme,
                        date: q.awardedOn,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryStates>
    </>
  );
}
