// Create or edit one tender requirement: title, clause, and the ULOs and/or qualifications it asks for, picked from the
// active framework with a search box. Checked here first (title, at least one pick), then by the server.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import {
  searchChoices,
  TITLE_MAX,
  validateDraft,
  type TenderChoice,
  type TenderDraft,
  type TenderDraftErrors,
} from './tenderView';

export interface TenderFormProps {
  initial: TenderDraft;
  choices: TenderChoice[];
  pending: boolean;
  /** The server's refusal, already in words, or null. */
  serverError: string | null;
  submitLabel: string;
  onSubmit: (draft: TenderDraft) => void;
  onCancel: () => void;
}

const SHOWN = 40;

export function TenderForm({
  initial,
  choices,
  pending,
  serverError,
  submitLabel,
  onSubmit,
  onCancel,
}: TenderFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<TenderDraft>(initial);
  const [search, setSearch] = useState('');
  // After a first try, the problems follow the fields as they are fixed.
  const [tried, setTried] = useState(false);
  const errors: TenderDraftErrors = tried ? validateDraft(draft) : {};
  const found = searchChoices(choices, search);
  const picked = new Set([...draft.ulos, ...draft.qualifications]);

  const toggle = (c: TenderChoice) => {
    const key = c.kind === 'ulo' ? 'ulos' : 'qualifications';
    setDraft((d) => ({
      ...d,
      [key]: d[key].includes(c.code) ? d[key].filter((x) => x !== c.code) : [...d[key], c.code],
    }));
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!Object.keys(validateDraft(draft)).length)
      onSubmit({ ...draft, title: draft.title.trim(), clause: draft.clause.trim() });
  };

  const pickedChoices = choices.filter((c) => picked.has(c.code));
  return (
    <form className="tender-form" onSubmit={handleSubmit} noValidate>
      <TextField
        label={t('tender.form.title')}
        hint={t('tender.form.titleHint')}
        value={draft.title}
        maxLength={TITLE_MAX + 50}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={errors.title ? t(`tender.form.title_${errors.title}`, { max: TITLE_MAX }) : undefined}
      />
      <TextField
        label={t('tender.form.clause')}
        hint={t('tender.form.clauseHint')}
        value={draft.clause}
        onChange={(e) => setDraft({ ...draft, clause: e.target.value })}
      />
      <fieldset className="tender-picks" aria-describedby={errors.picks ? `${id}-picks-error` : undefined}>
        <legend>{t('tender.form.picks')}</legend>
        {errors.picks && (
          <p className="text-field__error" id={`${id}-picks-error`}>
            {t('tender.form.picksRequired')}
          </p>
        )}
        <p className="tender-picked" aria-live="polite">
          {pickedChoices.length
            ? t('tender.form.picked', {
                count: pickedChoices.length,
                list: pickedChoices.map((c) => c.code).join(', '),
              })
            : t('tender.form.pickedNone')}
        </p>
        <TextField
          type="search"
          label={t('tender.form.search')}
          hint={t('tender.form.searchHint')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {found.length === 0 ? (
          <p className="tender-nothing">{t('tender.form.noMatch')}</p>
        ) : (
          <ul className="tender-choices">
            {found.slice(0, SHOWN).map((c) => (
              <li key={`${c.kind}-${c.code}`}>
                <label className={picked.has(c.code) ? 'tender-choice is-on' : 'tender-choice'}>
                  <input type="checkbox" checked={picked.has(c.code)} onChange={() => toggle(c)} />
                  <span className="tender-choice__kind">{t(`tender.kind.${c.kind}`)}</span>
                  <span className="tender-choice__title">{c.title}</span>
                  <span className="tender-choice__detail">
                    <span className="code-aside">{c.code}</span> · {c.detail}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {found.length > SHOWN && (
          <p className="tender-nothing">{t('tender.form.more', { count: found.length - SHOWN })}</p>
        )}
      </fieldset>
      {serverError && (
        <p className="quals-error" role="alert">
          {serverError}
        </p>
      )}
      <div className="tender-form__actions">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('crew.cancel')}
        </Button>
      </div>
    </form>
  );
}
