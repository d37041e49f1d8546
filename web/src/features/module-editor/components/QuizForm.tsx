// The quiz question form: kind, prompt, options with the right answer(s) or the right order, pictures, feedback.
import { QUIZ_KINDS, type QuizKind, type QuizStep } from '@fit/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { correctForKind, freeId, issuesAt, issuesExactly, moveItem } from '../editorModel';
import { FieldErrors, LocalisedField } from './LocalisedField';
import { MediaField } from './MediaField';
import type { StepFormProps } from './StepForms';

export function QuizForm({ step, path, issues, onChange }: StepFormProps<QuizStep>) {
  const { t } = useTranslation();
  const kindId = useId();
  const q = step.question;
  const at = `${path}.question`;
  const setQuestion = (change: Partial<QuizStep['question']>) => {
    const next = { ...q, ...change };
    // An ordering question's answer is the options' order, so it follows every edit of the list.
    if (next.kind === 'ordering') next.correct = next.options.map((o) => o.id);
    onChange({ ...step, question: next });
  };
  const ids = q.options.map((o) => o.id);
  const toggleCorrect = (id: string, on: boolean) =>
    setQuestion({ correct: q.kind === 'multiple' ? (on ? [...q.correct, id] : q.correct.filter((c) => c !== id)) : [id] });

  return (
    <>
      <div className="editor-field">
        <label htmlFor={kindId} className="editor-field__label">
          {t('editor.quizKind')}
        </label>
        <select
          id={kindId}
          className="editor-field__input"
          value={q.kind}
          onChange={(event) => {
            const kind = event.target.value as QuizKind;
            setQuestion({ kind, correct: correctForKind(kind, ids, q.correct) });
          }}
        >
          {QUIZ_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`editor.quizKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <LocalisedField label={t('editor.prompt')} value={q.prompt} onChange={(prompt) => setQuestion({ prompt })} errors={issuesExactly(issues, `${at}.prompt`)} />
      <fieldset className="editor-group">
        <legend className="editor-field__label">{q.kind === 'ordering' ? t('editor.optionsInOrder') : t('editor.options')}</legend>
        <FieldErrors errors={[...issuesExactly(issues, `${at}.options`), ...issuesAt(issues, `${at}.correct`)]} />
        <ol className="editor-items">
          {q.options.map((option, i) => (
            <li key={option.id} className="editor-item">
              <LocalisedField
                label={t('editor.option', { n: i + 1 })}
                optional={q.kind === 'image'}
                value={option.label}
                onChange={(label) => setQuestion({ options: q.options.map((o) => (o.id === option.id ? { ...o, label } : o)) })}
                errors={issuesAt(issues, `${at}.options[${i}].label`)}
              />
              {q.kind === 'image' && (
                <MediaField
                  kind="image"
                  label={t('editor.optionPicture', { n: i + 1 })}
                  mediaId={option.mediaId}
                  onChange={(mediaId) => setQuestion({ options: q.options.map((o) => (o.id === option.id ? { ...o, mediaId } : o)) })}
                  errors={issuesAt(issues, `${at}.options[${i}].mediaId`)}
                />
              )}
              <div className="editor-item__actions">
                {q.kind !== 'ordering' && (
                  <label className="editor-check">
                    <input
                      type={q.kind === 'multiple' ? 'checkbox' : 'radio'}
                      name={`correct-${step.id}`}
                      checked={q.correct.includes(option.id)}
                      onChange={(event) => toggleCorrect(option.id, event.target.checked)}
                    />
                    {t('editor.correct', { n: i + 1 })}
                  </label>
                )}
                {q.kind === 'ordering' && (
                  <>
                    <Button variant="secondary" aria-label={t('editor.moveOptionUp', { n: i + 1 })} disabled={i === 0} onClick={() => setQuestion({ options: moveItem(q.options, i, i - 1) })}>↑</Button>
                    <Button variant="secondary" aria-label={t('editor.moveOptionDown', { n: i + 1 })} disabled={i === q.options.length - 1} onClick={() => setQuestion({ options: moveItem(q.options, i, i + 1) })}>↓</Button>
                  </>
                )}
                <Button
                  variant="secondary"
                  aria-label={t('editor.removeOption', { n: i + 1 })}
                  disabled={q.options.length <= 2}
                  onClick={() => setQuestion({ options: q.options.filter((o) => o.id !== option.id), correct: q.correct.filter((c) => c !== option.id) })}
                >
                  ✖
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setQuestion({ options: [...q.options, { id: freeId('option', ids), label: {} }] })}>
          + {t('editor.addOption')}
        </Button>
      </fieldset>
      <LocalisedField
        label={t('editor.feedbackRight')}
        value={q.feedback.correct}
        onChange={(correct) => setQuestion({ feedback: { ...q.feedback, correct } })}
        errors={issuesExactly(issues, `${at}.feedback.correct`)}
      />
      <LocalisedField
        label={t('editor.feedbackWrong')}
        value={q.feedback.incorrect}
        onChange={(incorrect) => setQuestion({ feedback: { ...q.feedback, incorrect } })}
        errors={issuesExactly(issues, `${at}.feedback.incorrect`)}
      />
    </>
  );
}
