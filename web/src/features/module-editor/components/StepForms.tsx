// The form of each step kind except the quiz: text with pictograms, media, practical task, BIM step.
import { PICTOGRAMS, type ContentIssue, type ModuleStep, type Pictogram } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { PictogramIcon } from '../../../ui/Pictogram';
import { freeId, issuesAt, issuesExactly, moveItem } from '../editorModel';
import { FieldErrors, LocalisedField } from './LocalisedField';
import { BimBindingsForm } from './BimBindingsForm';
import { MediaField } from './MediaField';
import { QuizForm } from './QuizForm';

export interface StepFormProps<S extends ModuleStep = ModuleStep> {
  step: S;
  path: string;
  issues?: ContentIssue[];
  onChange: (step: S) => void;
}

export function StepForm({ step, path, issues, onChange }: StepFormProps) {
  const { t } = useTranslation();
  const at = (field: string) => issuesExactly(issues, `${path}.${field}`);
  const set = (change: Partial<ModuleStep>) => onChange({ ...step, ...change } as ModuleStep);
  return (
    <div className="step-form">
      <LocalisedField label={t('editor.stepTitle')} optional value={step.title} onChange={(title) => set({ title })} errors={at('title')} />
      {step.kind === 'text' && (
        <>
          <LocalisedField label={t('editor.body')} hint={t('editor.bodyHint')} multiline value={step.body} onChange={(body) => set({ body })} errors={at('body')} />
          <PictogramPicker value={step.pictograms ?? []} onChange={(pictograms) => set({ pictograms })} errors={issuesAt(issues, `${path}.pictograms`)} />
        </>
      )}
      {(step.kind === 'image' || step.kind === 'video' || step.kind === 'audio') && (
        <MediaField kind={step.kind} label={t(`editor.media.${step.kind}`)} mediaId={step.mediaId} onChange={(mediaId) => set({ mediaId })} errors={at('mediaId')} />
      )}
      {step.kind === 'image' && (
        <>
          <LocalisedField label={t('editor.alt')} hint={t('editor.altHint')} value={step.alt} onChange={(alt) => set({ alt })} errors={at('alt')} />
          <LocalisedField label={t('editor.caption')} optional value={step.caption} onChange={(caption) => set({ caption })} errors={at('caption')} />
        </>
      )}
      {step.kind === 'video' && <LocalisedField label={t('editor.caption')} optional value={step.caption} onChange={(caption) => set({ caption })} errors={at('caption')} />}
      {(step.kind === 'video' || step.kind === 'audio') && (
        <LocalisedField label={t('editor.transcript')} optional multiline value={step.transcript} onChange={(transcript) => set({ transcript })} errors={at('transcript')} />
      )}
      {step.kind === 'quiz' && <QuizForm step={step} path={path} issues={issues} onChange={onChange} />}
      {step.kind === 'practical' && <PracticalForm step={step} path={path} issues={issues} onChange={onChange} />}
      {step.kind === 'bim' && (
        <>
          <p className="editor-note">{t('editor.bimNote')}</p>
          <LocalisedField label={t('editor.instructions')} optional multiline value={step.instructions} onChange={(instructions) => set({ instructions })} errors={at('instructions')} />
          <BimBindingsForm bindings={step.bindings} path={path} issues={issues} onChange={(bindings) => set({ bindings })} />
        </>
      )}
    </div>
  );
}

function PictogramPicker({ value, onChange, errors }: { value: Pictogram[]; onChange: (v: Pictogram[]) => void; errors: string[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor-pictograms">
      <legend className="editor-field__label">{t('editor.pictograms')}</legend>
      <FieldErrors errors={errors} />
      {PICTOGRAMS.map((name) => (
        <label key={name} className={`editor-pictogram${value.includes(name) ? ' editor-pictogram--on' : ''}`}>
          <input type="checkbox" checked={value.includes(name)} onChange={(event) => onChange(event.target.checked ? [...value, name] : value.filter((p) => p !== name))} />
          <PictogramIcon name={name} size={40} /> {t(`pictograms.${name}`)}
        </label>
      ))}
    </fieldset>
  );
}

function PracticalForm({ step, path, issues, onChange }: StepFormProps<Extract<ModuleStep, { kind: 'practical' }>>) {
  const { t } = useTranslation();
  const items = step.checklist;
  const setItems = (checklist: typeof items) => onChange({ ...step, checklist });
  return (
    <>
      <LocalisedField label={t('editor.instructions')} multiline value={step.instructions} onChange={(instructions) => onChange({ ...step, instructions })} errors={issuesExactly(issues, `${path}.instructions`)} />
      <fieldset className="editor-group">
        <legend className="editor-field__label">{t('editor.checklist')}</legend>
        <FieldErrors errors={issuesExactly(issues, `${path}.checklist`)} />
        <ol className="editor-items">
          {items.map((item, i) => (
            <li key={item.id} className="editor-item">
              <LocalisedField
                label={t('editor.checklistItem', { n: i + 1 })}
                value={item.label}
                onChange={(label) => setItems(items.map((it) => (it.id === item.id ? { ...it, label } : it)))}
                errors={issuesAt(issues, `${path}.checklist[${i}]`)}
              />
              <div className="editor-item__actions">
                <Button variant="secondary" aria-label={t('editor.moveItemUp', { n: i + 1 })} disabled={i === 0} onClick={() => setItems(moveItem(items, i, i - 1))}>↑</Button>
                <Button variant="secondary" aria-label={t('editor.removeItem', { n: i + 1 })} disabled={items.length === 1} onClick={() => setItems(items.filter((it) => it.id !== item.id))}>✖</Button>
              </div>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setItems([...items, { id: freeId('item', items.map((it) => it.id)), label: {} }])}>
          + {t('editor.addChecklistItem')}
        </Button>
      </fieldset>
      <label className="editor-check">
        <input type="checkbox" checked={step.photoRequired} onChange={(event) => onChange({ ...step, photoRequired: event.target.checked })} />
        {t('editor.photoRequired')}
      </label>
      <label className="editor-check">
        <input type="checkbox" checked={step.signOffRequired} onChange={(event) => onChange({ ...step, signOffRequired: event.target.checked })} />
        {t('editor.signOffRequired')}
      </label>
    </>
  );
}
