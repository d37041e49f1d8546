// A quiz question: choose (single, multiple, picture) or put in order with big move buttons, check, then feedback.
import { scoreQuiz, type QuizStep } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { LocalText, usePlayerText } from './LocalText';
import { initialOrder, moveItem } from '../playerProgress';
import { imageUrl } from './StepView';
// Its own styles: spaced recall shows the question outside the player too.
import './player-answers.css';

export interface QuizStepViewProps {
  step: QuizStep;
  answer: string[] | undefined;
  checked: boolean;
  onAnswer: (ids: string[]) => void;
  onCheck: () => void;
}

export function QuizStepView({ step, answer, checked, onAnswer, onCheck }: QuizStepViewProps) {
  const { t } = useTranslation();
  const { question } = step;
  const ordering = question.kind === 'ordering';
  const given = answer ?? (ordering ? initialOrder(question) : []);
  // The shared scoring rule, so the feedback never disagrees with the final score.
  const right = checked && scoreQuiz([step], { [step.id]: given }, 1).passed;
  const hintKey = ordering ? 'player.quizOrdering' : question.kind === 'multiple' ? 'player.quizMultiple' : 'player.quizSingle';

  return (
    <fieldset className="player-quiz" disabled={checked}>
      <legend className="player-quiz__prompt">
        <LocalText text={question.prompt} as="span" />
      </legend>
      <p className="player-quiz__hint">{t(hintKey)}</p>
      {ordering ? (
        <OrderingList ids={given} step={step} onChange={onAnswer} />
      ) : (
        <ul className={`player-quiz__options${question.kind === 'image' ? ' player-quiz__options--images' : ''}`}>
          {question.options.map((option) => (
            <li key={option.id}>
              <ChoiceOption
                step={step}
                optionId={option.id}
                chosen={given.includes(option.id)}
                onToggle={() =>
                  onAnswer(
                    question.kind === 'multiple'
                      ? given.includes(option.id)
                        ? given.filter((id) => id !== option.id)
                        : [...given, option.id]
                      : [option.id],
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {!checked && (
        <Button onClick={onCheck} disabled={given.length === 0}>
          {t('player.check')}
        </Button>
      )}
      {checked && (
        <div className={`player-feedback player-feedback--${right ? 'right' : 'wrong'}`} role="status">
          <p className="player-feedback__verdict">{right ? t('player.right') : t('player.wrong')}</p>
          <LocalText text={right ? question.feedback.correct : question.feedback.incorrect} />
        </div>
      )}
    </fieldset>
  );
}

function ChoiceOption({ step, optionId, chosen, onToggle }: { step: QuizStep; optionId: string; chosen: boolean; onToggle: () => void }) {
  const option = step.question.options.find((o) => o.id === optionId)!;
  const label = usePlayerText(option.label);
  const multiple = step.question.kind === 'multiple';
  return (
    <label className={`player-choice${chosen ? ' player-choice--chosen' : ''}`}>
      <input type={multiple ? 'checkbox' : 'radio'} name={`quiz-${step.id}`} checked={chosen} onChange={onToggle} />
      {option.mediaId && <img src={imageUrl(option.mediaId)} alt={label.text ? '' : option.id} />}
      <span lang={label.lang ?? undefined}>{label.text}</span>
    </label>
  );
}

function OrderingList({ ids, step, onChange }: { ids: string[]; step: QuizStep; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <ol className="player-order">
      {ids.map((id, i) => {
        const option = step.question.options.find((o) => o.id === id);
        return (
          <li key={id} className="player-order__item">
            <span className="player-order__position" aria-hidden="true">{i + 1}</span>
            <LocalText text={option?.label} as="span" className="player-order__label" />
            <Button variant="secondary" aria-label={t('player.moveUp', { position: i + 1 })} disabled={i === 0} onClick={() => onChange(moveItem(ids, i, i - 1))}>
              ↑
            </Button>
            <Button variant="secondary" aria-label={t('player.moveDown', { position: i + 1 })} disabled={i === ids.length - 1} onClick={() => onChange(moveItem(ids, i, i + 1))}>
              ↓
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
