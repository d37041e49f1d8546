// Starts an AFEST from the positioning: the worker, the ULOs they already hold (read from their passport, shown as
// labels), the ULOs to reach and the trainer's short assessment. Errors show next to their field.
import { useId, useState, type FormEvent } from 'react';
import type { PassportCatalogue } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { TextField } from '../../ui/TextField';
import { CreateAfestMutation, PositioningQuery } from './afest.queries';
import { uloLabel } from './afestFiles';
import { TextArea } from './TextArea';

type Field = 'worker' | 'title' | 'note' | 'targets';

export function AfestCreateForm({ workers }: { workers: { id: string; displayName: string }[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const selectId = useId();
  const [workerId, setWorkerId] = useState('');
  const [title, setTitle] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useMutation(CreateAfestMutation);

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!workerId) found.worker = t('afest.workerRequired');
    if (!title.trim()) found.title = t('afest.titleRequired');
    if (!note.trim()) found.note = t('afest.noteRequired');
    setErrors(found);
    if (Object.keys(found).length) return;
    const done = await create.run({ input: { workerId, title: title.trim(), targetUlos: targets, positioningNote: note.trim() } });
    if (done) void navigate(`/afest/${done.createAfest.id}`);
  };
  const serverField = (create.details?.field as string | undefined) ?? '';
  const serverError = (field: string) => (create.error && serverField === field ? create.message ?? undefined : undefined);

  return (
    <section aria-labelledby="afest-new-title" className="afest-section">
      <h2 id="afest-new-title">{t('afest.newTitle')}</h2>
      <form noValidate onSubmit={(e) => void handleSubmit(e)} className="afest-form">
        <div className={['select-field', errors.worker ? 'select-field--invalid' : ''].join(' ')}>
          <label htmlFor={selectId}>{t('afest.workerLabel')}</label>
          {errors.worker && (
            <p className="afest-error" id={`${selectId}-error`}>
              {errors.worker}
            </p>
          )}
          <select id={selectId} value={workerId} onChange={(e) => {
              setWorkerId(e.target.value);
              setErrors((prev) => ({ ...prev, worker: undefined }));
            }} aria-invalid={errors.worker ? true : undefined} aria-describedby={errors.worker ? `${selectId}-error` : undefined}>
            <option value="">{t('afest.chooseWorker')}</option>
            {workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.displayName}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('afest.titleLabel')} hint={t('afest.titleHint')} value={title} onChange={(e) => {
            setTitle(e.target.value);
            setErrors((prev) => ({ ...prev, title: undefined }));
          }} error={errors.title ?? serverError('title')} />
        <fieldset className="afest-positioning">
          <legend>{t('afest.positioningTitle')}</legend>
          <Positioning
            workerId={workerId}
            lang={i18n.language}
            targets={targets}
            error={serverError('targetUlos')}
            onToggle={(code) => setTargets((prev) => (prev.includes(code) ? prev.filter((c) => c !== code) : [...prev, code]))}
          />
          <TextArea label={t('afest.noteLabel')} value={note} onChange={(value) => {
              setNote(value);
              setErrors((prev) => ({ ...prev, note: undefined }));
            }} error={errors.note ?? serverError('positioningNote')} />
        </fieldset>
        {create.error && !serverField && (
          <p className="afest-error" role="alert">
            {create.error === 'offline' ? t('afest.offline') : t('afest.saveFailed', { message: create.message ?? create.error })}
          </p>
        )}
        <Button type="submit" pending={create.pending} pendingLabel={t('afest.creating')}>
          {t('afest.create')}
        </Button>
      </form>
    </section>
  );
}

interface PositioningProps {
  workerId: string;
  lang: string;
  targets: string[];
  error?: string;
  onToggle: (code: string) => void;
}

/** The chosen worker's passport: the ULOs held (labels, the AFEST's starting point) and the others to aim at. */
function Positioning(props: PositioningProps) {
  const { t } = useTranslation();
  if (!props.workerId) return <p className="afest-muted">{t('afest.chooseWorkerFirst')}</p>;
  return <PositioningOf key={props.workerId} {...props} />;
}

function PositioningOf({ workerId, lang, targets, error, onToggle }: PositioningProps) {
  const { t } = useTranslation();
  const query = useGraphQLQuery(PositioningQuery, { workerId });
  if (!query.data) return query.status === 'loading' ? <LoadingState label={t('app.loading')} /> : null;
  const held = query.data.passport.ulos.filter((u) => u.state === 'held');
  // Every ULO of the framework the worker does not hold yet can be aimed at.
  const heldCodes = new Set(held.map((u) => u.code));
  const catalogue = query.data.passportInputs.catalogue as PassportCatalogue | null;
  const open = (catalogue?.ulos ?? []).filter((u) => !heldCodes.has(u.code)).map((u) => ({ code: u.code, title: u.title.en, titleFr: u.title.fr ?? null }));
  return (
    <div>
      <p className="afest-label">{t('afest.heldLabel')}</p>
      {held.length === 0 ? (
        <p className="afest-muted">{t('afest.noneHeld')}</p>
      ) : (
        <ul className="afest-ulos" aria-label={t('afest.heldLabel')}>
          {held.map((u) => (
            <li key={u.code} className="afest-ulo">
              {uloLabel(u, lang)}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="afest-targets">
        <legend className="afest-label">{t('afest.targetLabel')}</legend>
        {error && <p className="afest-error">{error}</p>}
        {open.map((u) => (
          <label key={u.code} className="afest-check">
            <input type="checkbox" checked={targets.includes(u.code)} onChange={() => onToggle(u.code)} />
            {uloLabel(u, lang)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
