// Route /p/:code (public, no account): the consent screen, then a first name, then the items, then the result. The
// token lives in this browser, so a closed tab comes back to the first unanswered item.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CandidateProgressFragment } from '../../graphql/generated/graphql';
import { errorCode } from '../../graphql/client';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { CandidateItems } from './CandidateItems';
import { CandidateResult } from './CandidateResult';
import { forgetCandidateToken, keepCandidateToken, readCandidateToken } from './candidate-token';
import { ConsentStep } from './ConsentStep';
import { PositioningInviteQuery, PositioningProgressQuery } from './positioning.queries';
import './positioning.css';

export function CandidatePage() {
  const { code = '' } = useParams();
  const [token, setToken] = useState(() => readCandidateToken(code));
  if (token) {
    return (
      <CandidateSession
        token={token}
        onLost={() => {
          forgetCandidateToken(code);
          setToken(null);
        }}
      />
    );
  }
  return (
    <InviteStep
      code={code}
      onJoined={(joined) => {
        keepCandidateToken(code, joined);
        setToken(joined);
      }}
    />
  );
}

/** The candidate's answers so far (from the server, then from each saved answer): the next item, or the result. */
function CandidateSession({ token, onLost }: { token: string; onLost: () => void }) {
  const { t, i18n } = useTranslation();
  const query = useGraphQLQuery(PositioningProgressQuery, { token });
  const [latest, setLatest] = useState<CandidateProgressFragment | null>(null);
  const progress = latest ?? query.data?.positioningProgress;
  // Deleted at retention, or another browser's token: start again from the consent screen.
  if (query.status === 'error' && errorCode(query.error) === 'NOT_FOUND') {
    return (
      <section className="positioning-card">
        <p className="positioning-error">{t('candidate.failed')}</p>
        <Button onClick={onLost}>{t('candidate.orderRestart')}</Button>
      </section>
    );
  }
  if (!progress) return <QueryStates query={query}>{() => null}</QueryStates>;
  if (progress.completed && progress.result) return <CandidateResult token={token} progress={progress} />;
  return <CandidateItems token={token} progress={progress} lang={i18n.resolvedLanguage ?? 'fr'} onProgress={setLatest} />;
}

function InviteStep({ code, onJoined }: { code: string; onJoined: (token: string) => void }) {
  const { i18n } = useTranslation();
  const invite = useGraphQLQuery(PositioningInviteQuery, { code });
  const sessionLanguage = invite.data?.positioningInvite.language;
  // The session's language first (French by default); the candidate switches in the header whenever they like.
  useEffect(() => {
    if (sessionLanguage && !localStorage.getItem(`fit.positioning.lang`)) {
      localStorage.setItem('fit.positioning.lang', sessionLanguage);
      void i18n.changeLanguage(sessionLanguage);
    }
  }, [sessionLanguage, i18n]);
  return (
    <QueryStates query={invite}>
      {({ positioningInvite }) => <ConsentStep code={code} invite={positioningInvite} onJoined={onJoined} />}
    </QueryStates>
  );
}
