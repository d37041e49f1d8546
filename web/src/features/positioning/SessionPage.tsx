// Route /positioning/:id (facilitators): the session's code and QR for candidates, then each candidate's profile,
// the suggested FIT path, and the hand-over to a company sharing with the body.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { QrCode } from '../../ui/QrCode';
import { QueryStates } from '../../ui/QueryStates';
import { CandidateCard } from './CandidateCard';
import { PositioningSessionQuery } from './positioning.queries';
import './positioning.css';

export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useGraphQLQuery(PositioningSessionQuery, { id });
  return (
    <QueryStates query={query}>
      {({ positioningSession: session, positioningCandidates, sharingAgreements }) => {
        const link = `${window.location.origin}/p/${session.code}`;
        const companies = sharingAgreements.filter((a) => !a.endedAt).map((a) => a.company);
        return (
          <div className="positioning-session">
            <BackLink to="/facilitator">{t('positioning.back')}</BackLink>
            <h1>{session.name}</h1>
            <p>
              {session.date} · {t('positioning.counts', { count: session.candidateCount, completed: session.completedCount })}
            </p>
            <section className="positioning-invite" aria-labelledby="invite-title">
              <h2 id="invite-title">{t('positioning.inviteTitle')}</h2>
              <div className="positioning-invite__qr">
                <QrCode value={link} label={t('positioning.qrLabel', { code: session.code })} size="180px" />
              </div>
              <p>
                {t('positioning.inviteHelp')} <strong className="positioning-code">{session.code}</strong>
              </p>
              <p className="positioning-link">{link}</p>
            </section>
            <section aria-labelledby="candidates-title">
              <h2 id="candidates-title">{t('positioning.candidates')}</h2>
              {positioningCandidates.length === 0 ? (
                <EmptyState title={t('positioning.noCandidates')} />
              ) : (
                <ul className="positioning-candidates">
                  {positioningCandidates.map((candidate) => (
                    <CandidateCard key={candidate.id} candidate={candidate} companies={companies} onHandedOver={query.retry} />
                  ))}
                </ul>
              )}
            </section>
          </div>
        );
      }}
    </QueryStates>
  );
}
