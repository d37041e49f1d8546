// Form to add a worker: name, trade, language and an optional email; an email that already has a FIT account gets an
// invitation instead (the person joins once they accept).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AddWorkerMutation } from '../api/crew.queries';
import { errorText } from '../errorText';
import { validateWorker, type WorkerDraft, type WorkerErrors } from '../validateWorker';

const EMPTY: WorkerDraft = { displayName: '', language: 'fr', trade: '', email: '' };
const LANGUAGE_CHOICES = ['fr', 'en', 'pt', 'es', 'it', 'pl', 'ro', 'ar', 'tr'];

export interface AddWorkerFormProps {
  onAdded: () => void;
}

export function AddWorkerForm({ onAdded }: AddWorkerFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WorkerDraft>(EMPTY);
  const [errors, setErrors] = useState<WorkerErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  const mutation = useMutation(AddWorkerMutation);
  const languageId = useId();
  const set = (field: keyof WorkerDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateWorker(draft);
    setErrors(found);
    setAdded(null);
    if (Object.keys(found).length > 0) return;
    const email = draft.email.trim();
    const data = await mutation.run({
      input: { displayName: draft.displayName.trim(), language: draft.language, trade: draft.trade.trim(), email: email || null },
    });
    if (data) {
      const { worker, invitation } = data.addWorker;
      setAdded(worker ? t('crew.workers.added', { name: worker.displayName }) : t('crew.workers.invited', { email: invitation?.email ?? email }));
      setDraft(EMPTY);
      onAdded();
    }
  };

  return (
    <form className="crew-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <TextField
        label={t('crew.workers.name')}
        value={draft.displayName}
        onChange={(e) => set('displayName')(e.target.value)}
        error={errors.displayName && t('crew.workers.nameRequired')}
        autoComplete="off"
      />
      <TextField
        label={t('crew.workers.trade')}
        hint={t('crew.workers.tradeHint')}
        value={draft.trade}
        onChange={(e) => set('trade')(e.target.value)}
        error={errors.trade && t('crew.workers.tradeRequired')}
        autoComplete="off"
      />
      <div className="crew-field">
        <label htmlFor={languageId}>{t('crew.workers.language')}</label>
        <select id={languageId} value={draft.language} onChange={(e) => set('language')(e.target.value)}>
          {LANGUAGE_CHOICES.map((code) => (
            <option key={code} value={code}>
              {new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('crew.workers.email')}
        hint={t('crew.workers.emailHint')}
        type="email"
        value={draft.email}
        onChange={(e) => set('email')(e.target.value)}
        error={errors.email && t('crew.workers.emailInvalid')}
        autoComplete="off"
      />
      {mutation.error && (
        <p className="crew-error" role="alert">
          {errorText(mutation.error, t)}
        </p>
      )}
      <div role="status">{added && <p className="crew-success">{added}</p>}</div>
      <Button type="submit" pending={mutation.pending}>
        {t('crew.workers.add')}
      </Button>
    </form>
  );
}
