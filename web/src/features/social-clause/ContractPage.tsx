// Route /clause/:contractId (facilitator, planner, manager, admin): one contract with a social clause — its figures
// in hours and FTE, progress per lot and company (charts with their tables), the participants (their eligibility is
// read for this screen's purpose, and that read is logged), the monthly hours with the facilitator's decisions, the
// company's declaration form and the facilitator's reports.
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingState } from '../../ui/LoadingState';
import { ProgressBar } from '../../ui/ProgressBar';
import { QueryStates } from '../../ui/QueryStates';
import { AddParticipantForm } from './AddParticipantForm';
import { ClauseContractQuery } from './clause.queries';
import { DeclarationsTable } from './DeclarationsTable';
import { DeclareHoursForm } from './DeclareHoursForm';
import { useHours } from './format';
import { LinkSiteForm } from './LinkSiteForm';
import { monthlyProgress } from './monthlyProgress';
import { ParticipantsTable } from './ParticipantsTable';
import { RecordExitForm } from './RecordExitForm';
import { ReportDownloads } from './ReportDownloads';
import '../../ui/sections.css';
import './clause.css';

const ContractCharts = lazy(() => import('./ContractCharts'));
const MonthlyCharts = lazy(() => import('./MonthlyCharts'));

export function ContractPage({ role, organisationId }: { role: string; organisationId: string }) {
  const { t } = useTranslation();
  const hours = useHours();
  const { contractId = '' } = useParams();
  const ids = { participants: useId(), hours: useId(), declare: useId(), report: useId(), progress: useId(), exit: useId(), link: useId(), add: useId(), monthly: useId() };
  const query = useGraphQLQuery(ClauseContractQuery, { id: contractId, reason: t('clause.readReason') });
  return (
    <>
      <BackLink to="/">{t('clause.back')}</BackLink>
      <QueryStates query={query}>
        {({ clauseContract: c, clauseParticipants, clauseDeclarations }) => (
          <>
            <h1>{c.title}</h1>
            <p>{t('clause.contract.line', { buyer: c.buyer, reference: c.reference, from: c.startsOn, to: c.endsOn })}</p>
            <dl className="clause-figures">
              <div>
                <dt>{t('clause.contract.achieved')}</dt>
                <dd>{hours(c.progress.achievedHours)} h</dd>
              </div>
              <div>
                <dt>{t('clause.contract.target')}</dt>
                <dd>{hours(c.progress.targetHours)} h</dd>
              </div>
              <div>
                <dt>{t('clause.contract.fte')}</dt>
                <dd>{hours(c.progress.achievedFte)}</dd>
              </div>
              <div>
                <dt>{t('clause.contract.pending')}</dt>
                <dd>{hours(c.progress.pendingHours)} h</dd>
              </div>
            </dl>
            <section className="home-section" aria-labelledby={ids.progress}>
              <h2 id={ids.progress}>{t('clause.contract.progress')}</h2>
              {c.lots.map((l) => (
                <ProgressBar key={l.id} label={t('clause.contract.lotProgress', { lot: l.label, achieved: hours(l.progress.achievedHours), target: hours(l.targetHours) })} value={l.progress.achievedHours} max={l.targetHours} />
              ))}
              <Suspense fallback={<LoadingState label={t('clause.charts.loading')} />}>
                <ContractCharts lots={c.lots} companies={c.companies} />
              </Suspense>
            </section>
            <section className="home-section" aria-labelledby={ids.monthly}>
              <h2 id={ids.monthly}>{t('clause.monthly.title')}</h2>
              <Suspense fallback={<LoadingState label={t('clause.charts.loading')} />}>
                <MonthlyCharts months={monthlyProgress(clauseDeclarations, c, c.progress.targetHours)} />
              </Suspense>
            </section>
            {c.viewerSide === 'network' && role === 'facilitator' && (
              <section className="home-section" aria-labelledby={ids.report}>
                <h2 id={ids.report}>{t('clause.report.title')}</h2>
                <p>{t('clause.report.intro')}</p>
                <ReportDownloads path={`/social-clause/contracts/${c.id}/report`} fileName={`clause-${c.reference}`} />
              </section>
            )}
            <section className="home-section" aria-labelledby={ids.participants}>
              <h2 id={ids.participants}>{t('clause.participants.title')}</h2>
              <ParticipantsTable
                participants={clauseParticipants}
                pathOf={(c.viewerSide === 'network' ? role === 'facilitator' : role === 'manager' || role === 'admin') ? (id) => `/clause/${c.id}/participants/${id}` : undefined}
              />
            </section>
            {((c.viewerSide === 'company' && (role === 'manager' || role === 'admin')) || (c.viewerSide === 'network' && role === 'facilitator')) && (
              <section className="home-section" aria-labelledby={ids.add}>
                <h2 id={ids.add}>{t('clause.add.title')}</h2>
                <AddParticipantForm contractId={c.id} showCompany={c.viewerSide === 'network'} />
              </section>
            )}
            {c.viewerSide === 'company' && (role === 'manager' || role === 'admin') && (
              <section className="home-section" aria-labelledby={ids.link}>
                <h2 id={ids.link}>{t('clause.link.title')}</h2>
                <LinkSiteForm lots={c.lots.filter((l) => l.companies.some((co) => co.organisationId === organisationId))} />
              </section>
            )}
            {c.viewerSide === 'network' && role === 'facilitator' && clauseParticipants.some((p) => !p.exitOutcome) && (
              <section className="home-section" aria-labelledby={ids.exit}>
                <h2 id={ids.exit}>{t('clause.exit.title')}</h2>
                <RecordExitForm participants={clauseParticipants.filter((p) => !p.exitOutcome)} />
              </section>
            )}
            {c.viewerSide === 'company' && (role === 'manager' || role === 'admin') && clauseParticipants.length > 0 && (
              <section className="home-section" aria-labelledby={ids.declare}>
                <h2 id={ids.declare}>{t('clause.declare.title')}</h2>
                <DeclareHoursForm
                  contract={c}
                  participants={clauseParticipants}
                  lots={c.lots.filter((l) => l.companies.some((co) => co.organisationId === clauseParticipants[0]?.companyId))}
                  onDeclared={query.retry}
                />
              </section>
            )}
            <section className="home-section" aria-labelledby={ids.hours}>
              <h2 id={ids.hours}>{t('clause.hours.title')}</h2>
              {clauseDeclarations.length === 0 ? (
                <EmptyState title={t('clause.hours.empty')} />
              ) : (
                <DeclarationsTable rows={clauseDeclarations} canDecide={c.viewerSide === 'network' && role === 'facilitator'} onDecided={query.retry} />
              )}
            </section>
          </>
        )}
      </QueryStates>
    </>
  );
}
