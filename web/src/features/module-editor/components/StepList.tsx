// The module's ordered steps: drag to reorder, or move up/down with buttons (keyboard, gloves), delete with a confirmation.
import { STEP_KINDS, type ContentIssue, type ModuleStep, type StepKind } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { issuesExactly, moveItem, newStep } from '../editorModel';
import { FieldErrors } from './LocalisedField';
import { StepForm } from './StepForms';

export interface StepListProps {
  steps: ModuleStep[];
  issues?: ContentIssue[];
  onChange: (steps: ModuleStep[]) => void;
}

export function StepList({ steps, issues, onChange }: StepListProps) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<number>();
  const [confirming, setConfirming] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  const move = (from: number, to: number) => {
    const next = moveItem(steps, from, to);
    if (next === steps) return;
    onChange(next);
    setAnnouncement(t('editor.stepMoved', { from: from + 1, to: to + 1 }));
  };
  const handleAdd = (kind: StepKind) => onChange([...steps, newStep(kind, steps.map((s) => s.id))]);

  return (
    <section className="editor-section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('editor.steps', { count: steps.length })}</h2>
      <FieldErrors errors={issuesExactly(issues, 'steps')} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {steps.length === 0 && <p className="editor-note">{t('editor.noSteps')}</p>}
      <ol className="editor-steps">
        {steps.map((step, i) => (
          <li
            key={step.id}
            className={`editor-step${dragged === i ? ' editor-step--dragged' : ''}`}
            data-testid={`step-${i + 1}`}
            onDragOver={(event) => dragged !== undefined && event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== undefined) move(dragged, i);
              setDragged(undefined);
            }}
          >
            <div className="editor-step__head">
              <span
                className="editor-step__handle"
                draggable
                title={t('editor.dragHint')}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', step.id);
                  setDragged(i);
                }}
                onDragEnd={() => setDragged(undefined)}
              >
                <span aria-hidden="true">⠿</span>
              </span>
              <h3 className="editor-step__title">{t('editor.stepHeading', { n: i + 1, kind: t(`steps.${step.kind}`) })}</h3>
              <Button variant="secondary" aria-label={t('editor.moveStepUp', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </Button>
              <Button variant="secondary" aria-label={t('editor.moveStepDown', { n: i + 1 })} disabled={i === steps.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(step.id)}>
                {t('editor.deleteStep')}
              </Button>
            </div>
            {confirming === step.id && (
              <div className="editor-confirm" role="alertdialog" aria-label={t('editor.deleteConfirm', { n: i + 1 })}>
                <p>{t('editor.deleteConfirm', { n: i + 1 })}</p>
                <Button onClick={() => (onChange(steps.filter((s) => s.id !== step.id)), setConfirming(undefined))}>{t('editor.deleteYes')}</Button>
                <Button variant="secondary" onClick={() => setConfirming(undefined)}>
                  {t('editor.deleteNo')}
                </Button>
              </div>
            )}
            <StepForm step={step} path={`steps[${i}]`} issues={issues} onChange={(changed) => onChange(steps.map((s) => (s.id === step.id ? changed : s)))} />
          </li>
        ))}
      </ol>
      <div className="editor-add" role="group" aria-label={t('editor.addStep')}>
        <p className="editor-field__label">{t('editor.addStep')}</p>
        {STEP_KINDS.map((kind) => (
          <Button key={kind} variant="secondary" onClick={() => handleAdd(kind)}>
            + {t(`steps.${kind}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
