// The candidate's own result, right after the last item or later by their private link (/p/r/:token).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CandidateProgressFragment } from '../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { resultLink } from './candidate-token';
import { PositioningProgressQuery } from './positioning.queries';
import { ResultView } from './ResultView';
import './positioning.css';

export function CandidateResult({ token, progress }: { token: string; progress: CandidateProgressFragment }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const link = resultLink(token);
  return (
    <section className="positioning-card" aria-labelledby="result-title">
      <p className="positioning-kicker">{progress.sessionName}</p>
      <h1 id="result-title">{t('candidate.result.title', { name: progress.firstName })}</h1>
      {progress.result ? <ResultView profile={progress.result} audience="candidate" /> : <p>{t('candidate.result.notYet')}</p>}
      <h2>{t('candidate.result.linkTitle')}</h2>
      <p>{t('candidate.result.linkHelp')}</p>
      <p className="positioning-link">{link}</p>
      <Button
        variant="secondary"
        onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t('candidate.result.copied') : t('candidate.result.copy')}
      </Button>
      <p className="positioning-note">{t('candidate.result.next')}</p>
    </section>
  );
}

/** Route /p/r/:token: the result page by the private link. */
export function CandidateResultPage() {
  const { token = '' } = useParams();
  const query = useGraphQLQuery(PositioningProgressQuery, { token });
  return <QueryStates query={query}>{({ positioningProgress }) => <CandidateResult token={token} progress={positioningProgress} />}</QueryStates>;
}
