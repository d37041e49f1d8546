// One practical task waiting for sign-off: who, what, when, what was ticked, the photos, and the two big verdicts.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, isOfflineError } from '../../graphql/client';
import type { PendingValidationsQuery } from '../../graphql/generated/graphql';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import type { SubmissionLabel } from './describeSubmission';
import { ReviewPracticalMutation } from './validation.queries';

export type PendingSubmission = PendingValidationsQuery['pendingValidations'][number];
export type Verdict = 'validated' | 'to_redo';

export interface PendingCardProps {
  submission: PendingSubmission;
  label: SubmissionLabel;
  onReviewed: (verdict: Verdict) => void;
}

export function PendingCard({ submission, label, onReviewed }: PendingCardProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const [pending, setPending] = useState<Verdict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const submitted = new Date(submission.submittedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });

  const handleVerdict = async (verdict: Verdict) => {
    if (verdict === 'to_redo' && !comment.trim()) {
      setCommentError(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setPending(verdict);
    setFailure(null);
    try {
      await client.request(ReviewPracticalMutation, { statementId: submission.statementId, verdict, comment: comment.trim() || null });
      onReviewed(verdict);
    } catch (error) {
      setFailure(isOfflineError(error) ? t('validation.offline') : errorCode(error) === 'BAD_USER_INPUT' && error instanceof Error ? error.message : t('validation.failed'));
      setPending(null);
    }
  };

  return (
    <li className="pending-card">
      <h2 className="pending-card__worker">{submission.workerName}</h2>
      <p className="pending-card__task">
        {label.module ?? t('validation.unknownModule')}
        {label.step && ` — ${label.step}`}
      </p>
      <p className="pending-card__when">{t('validation.submittedAt', { date: submitted })}</p>
      {label.ticked.length > 0 && (
        <div>
          <h3>{t('validation.ticked')}</h3>
          <ul className="pending-card__ticked">
            {label.ticked.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {submission.evidence.length > 0 && (
        <div>
          <h3>{t('validation.evidence')}</h3>
          <ul className="pending-card__photos">
            {submission.evidence.map((mediaId, index) => (
              <li key={mediaId}>
                <a href={`/media/${encodeURIComponent(mediaId)}`} target="_blank" rel="noreferrer">
                  <img src={`/media/${encodeURIComponent(mediaId)}`} alt={t('validation.photo', { n: index + 1, name: submission.workerName })} loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`text-field${commentError ? ' text-field--invalid' : ''}`}>
        <label className="text-field__label" htmlFor={`${id}-comment`}>
          {t('validation.comment')}
        </label>
        <p className="text-field__hint" id={`${id}-hint`}>
          {t('validation.commentHint')}
        </p>
        {commentError && (
          <p className="text-field__error" id={`${id}-error`}>
            {t('validation.commentRequired')}
          </p>
        )}
        <textarea
          id={`${id}-comment`}
          className="pending-card__comment"
          rows={3}
          value={comment}
          aria-invalid={commentError || undefined}
          aria-describedby={[commentError ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
          onChange={(event) => {
            setComment(event.target.value);
            if (event.target.value.trim()) setCommentError(false);
          }}
        />
      </div>
      <div className="pending-card__verdicts">
        <Button className="verdict verdict--ok" pending={pending === 'validated'} disabled={!!pending} pendingLabel={t('validation.saving')} onClick={() => void handleVerdict('validated')}>
          ✓ {t('validation.validate')}
        </Button>
        <Button variant="secondary" className="verdict verdict--redo" pending={pending === 'to_redo'} disabled={!!pending} pendingLabel={t('validation.saving')} onClick={() => void handleVerdict('to_redo')}>
          ↺ {t('validation.redo')}
        </Button>
      </div>
      {failure && (
        <p role="alert" className="pending-card__failure">
          {failure}
        </p>
      )}
    </li>
  );
}
