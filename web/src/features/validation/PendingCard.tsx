// One practical task waiting for sign-off: who, what, when, what was ticked, the photos, and the two big verdicts.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingValidationsQuery } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import type { SubmissionLabel } from './describeSubmission';
import { EvidencePhoto } from './EvidencePhoto';
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
  const review = useMutation(ReviewPracticalMutation);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const [verdictSent, setVerdictSent] = useState<Verdict | null>(null);
  const pending = review.pending ? verdictSent : null;
  const failure =
    review.error === null
      ? null
      : review.error === 'offline'
        ? t('validation.offline')
        : // A refusal by the rule of who may validate (e.g. one's own work) says which rule.
          (review.error === 'BAD_USER_INPUT' || review.error === 'FORBIDDEN') && review.message
          ? review.message
          : t('validation.failed');
  const submitted = new Date(submission.submittedAt).toLocaleString(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  const handleVerdict = async (verdict: Verdict) => {
    if (verdict === 'to_redo' && !comment.trim()) {
      setCommentError(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setVerdictSent(verdict);
    if (await review.run({ statementId: submission.statementId, verdict, comment: comment.trim() || null }))
      onReviewed(verdict);
  };

  return (
    <li className="pending-card">
      <h2 className="pending-card__worker">{submission.workerName}</h2>
      <p className="pending-card__task">
        {label.module ?? t('validation.unknownModule')}
        {label.version !== undefined && (
          <span className="pending-card__version"> ({t('validation.version', { n: label.version })})</span>
        )}
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
                <EvidencePhoto
                  mediaId={mediaId}
                  alt={t('validation.photo', { n: index + 1, name: submission.workerName })}
                />
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
        <Button
          className="verdict verdict--ok"
          pending={pending === 'validated'}
          disabled={!!pending}
          pendingLabel={t('validation.saving')}
          onClick={() => void handleVerdict('validated')}
        >
          ✓ {t('validation.validate')}
        </Button>
        <Button
          variant="secondary"
          className="verdict verdict--redo"
          pending={pending === 'to_redo'}
          disabled={!!pending}
          pendingLabel={t('validation.saving')}
          onClick={() => void handleVerdict('to_redo')}
        >
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
