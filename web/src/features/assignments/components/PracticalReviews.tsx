// The worker's practical tasks as the trainer judged them: validated, or to redo with the trainer's comment.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDayQuery } from '../../../graphql/generated/graphql';

export interface PracticalReviewsProps {
  reviews: MyDayQuery['myPracticalReviews'];
  assignments: MyDayQuery['myAssignments'];
}

export function PracticalReviews({ reviews, assignments }: PracticalReviewsProps) {
  const { t } = useTranslation();
  const id = useId();
  if (reviews.length === 0) return null;
  const titleOf = (versionId: string | null | undefined) =>
    assignments.find((a) => a.moduleVersion?.id === versionId)?.moduleVersion?.title.text ?? t('day.unknownModule');
  return (
    <section className="day-group" aria-labelledby={id}>
      <h2 id={id}>{t('day.reviews')}</h2>
      <ul className="review-list">
        {reviews.map((r) => {
          const review = r.review === 'validated' || r.review === 'to_redo' ? r.review : 'pending';
          return (
            <li key={r.statementId} className={`review-item review-item--${review}`}>
              <p className="review-item__title">{titleOf(r.moduleVersionId)}</p>
              <p className={`status-chip status-chip--review-${review}`}>{t(`day.review.${review}`)}</p>
              {r.reviewComment && <blockquote className="review-item__comment">{r.reviewComment}</blockquote>}
              {r.reviewedBy && <p className="review-item__by">{t('day.reviewBy', { name: r.reviewedBy })}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
