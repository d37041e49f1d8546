// Maps one more of a scheme's units onto a ULO. The new mapping waits for approval like an imported one.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { CoverageChoice } from './CoverageChoice';
import { EditField } from './EditField';
import {
  checkMapping,
  MAPPING_PATHS,
  placeProblems,
  type CatalogueData,
  type MappingDraft,
  type MappingField,
} from '../frameworkDrafts';
import { SaveUloMappingMutation } from '../api/frameworkEditor.queries';
import { importErrors } from '../importErrors';
import { SaveProblem } from './SaveProblem';
import { CodeOptions } from './CodeOptions';
import { MappingNoteFields } from './MappingNoteFields';

export interface AddMappingFormProps {
  scheme: CatalogueData['schemes'][number];
  ulos: CatalogueData['ulos'];
  onAdded: (what: string) => void;
}

const EMPTY: MappingDraft = { schemeUnit: '', ulo: '', coverage: 'full', note: '', noteFr: '' };

export function AddMappingForm({ scheme, ulos, onAdded }: AddMappingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<MappingDraft>(EMPTY);
  const [local, setLocal] = useState<MappingField[]>([]);
  const save = useMutation(SaveUloMappingMutation);
  const server = placeProblems(
    save.error === 'BAD_USER_INPUT' ? importErrors(save.details ?? {}) : [],
    MAPPING_PATHS,
  );
  const error = (field: MappingField) =>
    local.includes(field) || server.fields.includes(field)
      ? t(`framework.edit.problem.m_${field}`)
      : undefined;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = checkMapping(draft);
    setLocal(errors);
    if (errors.length) return;
    const result = await save.run({ schemeCode: scheme.code, ...draft, note: draft.note.trim(), noteFr: draft.noteFr.trim() || null });
    if (result) {
      onAdded(`${draft.schemeUnit} → ${draft.ulo}`);
      setDraft(EMPTY);
    }
  };

  return (
    <form
      className="framework-edit__form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void handleSubmit(e)}
      noValidate
    >
      <h4 id={`${id}-title`}>{t('framework.edit.addMappingTitle', { scheme: scheme.code })}</h4>
      <EditField label={t('framework.edit.unit')} error={error('unit')}>
        {(props) => (
          <select
            {...props}
            value={draft.schemeUnit}
            onChange={(e) => setDraft({ ...draft, schemeUnit: e.target.value })}
          >
            <CodeOptions items={scheme.units} choose />
          </select>
        )}
      </EditField>
      <EditField label={t('framework.edit.ulo')} error={error('ulo')}>
        {(props) => (
          <select {...props} value={draft.ulo} onChange={(e) => setDraft({ ...draft, ulo: e.target.value })}>
            <CodeOptions items={ulos} choose />
          </select>
        )}
      </EditField>
      <CoverageChoice
        name={`${id}-coverage`}
        value={draft.coverage}
        onChange={(coverage) => setDraft({ ...draft, coverage })}
        error={error('coverage')}
      />
      <MappingNoteFields value={draft} onChange={(notes) => setDraft({ ...draft, ...notes })} />
      <SaveProblem mutation={save} other={server.other} fieldsMarked={local.length > 0} />
      <Button type="submit" pending={save.pending}>
        {t('framework.edit.addMapping')}
      </Button>
    </form>
  );
}
