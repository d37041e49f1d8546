// The candidate's items one after the other, from the first unanswered one: a tap saves the answer and moves on.
import { POSITIONING_ITEMS } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { ProgressBar } from '../../ui/ProgressBar';
import type { CandidateProgressFragment } from '../../graphql/generated/graphql';
import { ItemView } from './ItemView';
import { AnswerPositioningMutation } from './positioning.queries';

export interface CandidateItemsProps {
  token: string;
  progress: CandidateProgressFragment;
  lang: string;
  onProgress: (progress: CandidateProgressFragment) => void;
}

export function CandidateItems({ token, progress, lang, onProgress }: CandidateItemsProps) {
  const { t } = useTranslation();
  const answer = useMutation(AnswerPositioningMutation);
  const answered = new Set(progress.answers.map((a) => a.itemId));
  const index = POSITIONING_ITEMS.findIndex((item) => !answered.has(item.id));
  const item = POSITIONING_ITEMS[index];
  if (!item) return null;
  const submit = async (value: number[]) => {
    const saved = await answer.run({ token, itemId: item.id, value });
    if (saved) onProgress(saved.answerPositioning);
  };
  return (
    <section className="positioning-card" aria-labelledby="positioning-step">
      <h1 id="positioning-step" className="positioning-step-title">
        {t('candidate.questionOf', { n: index + 1, total: POSITIONING_ITEMS.length })}
      </h1>
      <ProgressBar label={t('candidate.progress')} value={answered.size} max={POSITIONING_ITEMS.length} />
      <ItemView key={item.id} item={item} lang={lang} pending={answer.pending} onAnswer={(value) => void submit(value)} />
      {answer.error && (
        <p className="positioning-error" role="alert">
          {answer.error === 'offline' ? t('candidate.offline') : t('candidate.failed')}
        </p>
      )}
      <p className="positioning-note">{t('candidate.savedNote')}</p>
    </section>
  );
}
