// Every field of one reference ULO: titles, topic, EQF level, credits, ESCO URIs and the knowledge, skills and
// autonomy statements (one a line). Numbers are checked here; the server runs the importer's checks on the whole
// framework and its problems come back on the fields they name.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { EditField } from './EditField';
import {
  checkUlo,
  placeProblems,
  ULO_PATHS,
  uloDraft,
  type CatalogueUlo,
  type UloDraft,
  type UloField,
} from '../frameworkDrafts';
import { SaveReferenceUloMutation } from '../api/frameworkEditor.queries';
import { importErrors } from '../importErrors';
import { SaveProblem } from './SaveProblem';

export interface UloFormProps {
  /** Absent for a new ULO. */
  ulo?: CatalogueUlo;
  onSaved: (code: string) => void;
  onCancel: () => void;
}

const STATEMENTS = ['knowledge', 'skills', 'autonomy', 'esco'] as const;

export function UloForm({ ulo, onSaved, onCancel }: UloFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<UloDraft>(() => uloDraft(ulo));
  const [local, setLocal] = useState<UloField[]>([]);
  const save = useMutation(SaveReferenceUloMutation);
  const server = placeProblems(
    save.error === 'BAD_USER_INPUT' ? importErrors(save.details ?? {}) : [],
    ULO_PATHS,
  );
  const set = (field: keyof UloDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: UloField) => {
    if (local.includes(field)) return t(`framework.edit.problem.${field}`);
    // The server speaks of a code only when it is taken (a blank one never leaves this form).
    if (server.fields.includes(field))
      return t(field === 'code' ? 'framework.edit.problem.codeTaken' : `framework.edit.problem.${field}`);
    return undefined;
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors } = checkUlo(draft);
    setLocal(errors);
    if (!input) return;
    const result = await save.run({ input, create: !ulo });
    if (result) onSaved(result.saveReferenceUlo.code);
  };

  return (
    <form
      className="framework-edit__form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
    >
      <h4 id={`${id}-title`}>
        {ulo ? t('framework.edit.editingUlo', { code: ulo.code }) : t('framework.edit.newUloTitle')}
      </h4>
      {!ulo && (
        <TextField
          label={t('framework.edit.code')}
          hint={t('framework.edit.codeHint')}
          value={draft.code}
          onChange={(e) => set('code')(e.target.value)}
          error={error('code')}
          autoComplete="off"
        />
      )}
      <TextField
        label={t('framework.edit.titleEn')}
        value={draft.title}
        onChange={(e) => set('title')(e.target.value)}
        error={error('title')}
      />
      <TextField
        label={t('framework.edit.titleFr')}
        value={draft.titleFr}
        lang="fr"
        onChange={(e) => set('titleFr')(e.target.value)}
      />
      <TextField
        label={t('framework.edit.topic')}
        hint={t('framework.edit.topicHint')}
        value={draft.topic}
        onChange={(e) => set('topic')(e.target.value)}
      />
      <div className="framework-edit__numbers">
        <TextField
          label={t('framework.edit.eqfLevel')}
          hint={t('framework.edit.eqfLevelHint')}
          inputMode="numeric"
          value={draft.eqfLevel}
          onChange={(e) => set('eqfLevel')(e.target.value)}
          error={error('eqfLevel')}
        />
        <TextField
          label={t('framework.edit.credits')}
          hint={t('framework.edit.creditsHint')}
          inputMode="decimal"
          value={draft.credits}
          onChange={(e) => set('credits')(e.target.value)}
          error={error('credits')}
        />
      </div>
      {STATEMENTS.map((field) => (
        <EditField
          key={field}
          label={t(`framework.edit.${field}`)}
          hint={t(field === 'esco' ? 'framework.edit.escoHint' : 'framework.edit.onePerLine')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={field === 'esco' ? 2 : 4}
              value={draft[field]}
              onChange={(e) => set(field)(e.target.value)}
            />
          )}
        </EditField>
      ))}
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
