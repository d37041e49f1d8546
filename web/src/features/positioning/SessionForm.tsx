// Create a positioning session: a name, the day, the language candidates start in (French unless chosen).
import { todayAt } from '@fit/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { WORKER_LANGUAGES } from '../../locales/worker-namespaces';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { CreatePositioningSessionMutation } from './positioning.queries';

export function SessionForm({ onSaved, onCancel }: { onSaved: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const languageId = useId();
  const [name, setName] = useState('');
  const [date, setDate] = useState(() => todayAt());
  const [language, setLanguage] = useState('fr');
  const [errors, setErrors] = useState<{ name?: boolean; date?: boolean }>({});
  const create = useMutation(CreatePositioningSessionMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = { name: name.trim().length < 2 || undefined, date: !/^\d{4}-\d{2}-\d{2}$/.test(date) || undefined };
    setErrors(found);
    if (found.name || found.date) return;
    const saved = await create.run({ input: { name: name.trim(), date, language } });
    if (saved) onSaved(saved.createPositioningSession.id);
  };
  return (
    <form className="positioning-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('positioning.form.name')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name ? t('positioning.form.nameRequired') : undefined} />
      <TextField label={t('positioning.form.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors.date ? t('positioning.form.dateRequired') : undefined} />
      <div className="text-field">
        <label className="text-field__label" htmlFor={languageId}>
          {t('positioning.form.language')}
        </label>
        <select id={languageId} className="positioning-select" value={language} onChange={(e) => setLanguage(e.target.value)}>
          {WORKER_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {create.error && (
        <p className="positioning-error" role="alert">
          {t('positioning.form.failed')}
        </p>
      )}
      <div className="positioning-actions">
        <Button type="submit" pending={create.pending}>
          {t('positioning.form.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('positioning.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
