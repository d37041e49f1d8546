// A scheme's qualification: titles, what it requires (all the ticked units, or n of them), an on-site validation,
// and how long it stays valid. The server checks the units against the scheme and n against their number.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import {
  checkQualification,
  localTitle,
  placeProblems,
  QUALIFICATION_PATHS,
  qualificationDraft,
  type CatalogueData,
  type CatalogueQualification,
  type QualificationDraft,
  type QualificationField,
} from '../frameworkDrafts';
import { UpdateSchemeQualificationMutation } from '../api/frameworkEditor.queries';
import { importErrors } from '../importErrors';
import { SaveProblem } from './SaveProblem';

export interface QualificationFormProps {
  scheme: CatalogueData['schemes'][number];
  qualification: CatalogueQualification;
  onSaved: (code: string) => void;
  onCancel: () => void;
}

export function QualificationForm({ scheme, qualification, onSaved, onCancel }: QualificationFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<QualificationDraft>(() => qualificationDraft(qualification));
  const [local, setLocal] = useState<QualificationField[]>([]);
  const save = useMutation(UpdateSchemeQualificationMutation);
  const server = placeProblems(
    save.error === 'BAD_USER_INPUT' ? importErrors(save.details ?? {}) : [],
    QUALIFICATION_PATHS,
  );
  const error = (field: QualificationField) =>
    local.includes(field) || server.fields.includes(field)
      ? t(`framework.edit.problem.q_${field}`)
      : undefined;
  const toggle = (unit: string) =>
    setDraft((d) => ({
      ...d,
      units: d.units.includes(unit) ? d.units.filter((u) => u !== unit) : [...d.units, unit],
    }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors } = checkQualification(draft);
    setLocal(errors);
    if (!input) return;
    const result = await save.run({ schemeCode: scheme.code, code: qualification.code, input });
    if (result) onSaved(result.updateSchemeQualification.code);
  };

  const unitsError = error('units');
  return (
    <form
      className="framework-edit__form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
    >
      <h4 id={`${id}-title`}>
        {t('framework.edit.editingQualification', { code: qualification.code, scheme: scheme.code })}
      </h4>
      <TextField
        label={t('framework.edit.titleEn')}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={error('title')}
      />
      <TextField
        label={t('framework.edit.titleLocal')}
        value={draft.titleFr}
        onChange={(e) => setDraft({ ...draft, titleFr: e.target.value })}
      />
      <fieldset
        className="framework-edit__group"
        aria-describedby={unitsError ? `${id}-units-error` : undefined}
      >
        <legend>{t('framework.edit.requirement')}</legend>
        <div className="framework-edit__choices">
          {(['all', 'nOf'] as const).map((kind) => (
            <label key={kind} className="framework-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={draft.kind === kind}
                onChange={() => setDraft({ ...draft, kind })}
              />
              <span>{t(`framework.edit.${kind === 'all' ? 'requireAll' : 'requireNOf'}`)}</span>
            </label>
          ))}
        </div>
        {unitsError && (
          <p className="text-field__error" id={`${id}-units-error`}>
            {unitsError}
          </p>
        )}
        <ul className="framework-edit__units">
          {scheme.units.map((u) => (
            <li key={u.code}>
              <label className="framework-choice">
                <input
                  type="checkbox"
                  checked={draft.units.includes(u.code)}
                  onChange={() => toggle(u.code)}
                />
                <span>
                  <strong>{u.code}</strong> — {localTitle(u, i18n.language)}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {draft.kind === 'nOf' && (
          <TextField
            label={t('framework.edit.nOf')}
            hint={t('framework.edit.nOfHint', { count: draft.units.length })}
            inputMode="numeric"
            value={draft.nOf}
            onChange={(e) => setDraft({ ...draft, nOf: e.target.value })}
            error={error('nOf')}
          />
        )}
      </fieldset>
      <label className="framework-choice">
        <input
          type="checkbox"
          checked={draft.practicalValidation}
          onChange={(e) => setDraft({ ...draft, practicalValidation: e.target.checked })}
        />
        <span>{t('framework.edit.practicalValidation')}</span>
      </label>
      <TextField
        label={t('framework.edit.validityMonths')}
        hint={t('framework.edit.validityMonthsHint')}
        inputMode="numeric"
        value={draft.validityMonths}
        onChange={(e) => setDraft({ ...draft, validityMonths: e.target.value })}
        error={error('validityMonths')}
      />
      <SaveProblem mutation={save} other={server.other} fieldsMarked={local.length > 0} />
      <div className="framework-edit__actions">
        <Button type="submit" pending={save.pending}>
          {t('framework.edit.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('framework.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
