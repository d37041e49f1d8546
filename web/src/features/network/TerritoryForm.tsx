// Create or edit a territory: a name and official codes (INSEE communes, EPCI SIREN), checked here with the API's rules.
import { parseTerritoryCodes, territoryProblems, type TerritoryProblem } from '@fit/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { CreateTerritoryMutation, UpdateTerritoryMutation } from './network.queries';

export interface TerritoryFormProps {
  /** The territory being edited, or none to create one. */
  territory?: { id: string; name: string; codes: string[] };
  onSaved: () => void;
  onCancel?: () => void;
}

type Errors = Partial<Record<'name' | 'codes', { problem: TerritoryProblem | 'duplicateName'; code?: string }>>;

export function TerritoryForm({ territory, onSaved, onCancel }: TerritoryFormProps) {
  const { t } = useTranslation();
  const codesId = useId();
  const [name, setName] = useState(territory?.name ?? '');
  const [codesText, setCodesText] = useState(territory?.codes.join(' ') ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const create = useMutation(CreateTerritoryMutation);
  const update = useMutation(UpdateTerritoryMutation);
  const mutation = territory ? update : create;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), codes: parseTerritoryCodes(codesText) };
    const found: Errors = {};
    for (const p of territoryProblems(input)) found[p.field] ??= { problem: p.problem, code: p.code };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = territory ? await update.run({ id: territory.id, input }) : await create.run({ input });
    if (saved) onSaved();
  };
  // The API's one refusal the form cannot foresee: another territory of the body has this name.
  const nameError = errors.name ?? (mutation.error === 'CONFLICT' ? { problem: 'duplicateName' as const } : undefined);

  const errorText = (found?: { problem: TerritoryProblem | 'duplicateName'; code?: string }) =>
    found && t(`network.territory.errors.${found.problem}`, { code: found.code ?? '' });

  return (
    <form className="network-form" onSubmit={handleSubmit} noValidate>
      <TextField label={t('network.territory.name')} value={name} onChange={(e) => setName(e.target.value)} error={errorText(nameError)} />
      <div className={`text-field${errors.codes ? ' text-field--invalid' : ''}`}>
        <label className="text-field__label" htmlFor={codesId}>
          {t('network.territory.codes')}
        </label>
        <p className="text-field__hint" id={`${codesId}-hint`}>
          {t('network.territory.codesHint')}
        </p>
        {errors.codes && (
          <p className="text-field__error" id={`${codesId}-error`} role="alert">
            {errorText(errors.codes)}
          </p>
        )}
        <textarea
          id={codesId}
          className="text-field__input network-form__codes"
          rows={3}
          value={codesText}
          aria-invalid={errors.codes ? true : undefined}
          aria-describedby={[errors.codes ? `${codesId}-error` : '', `${codesId}-hint`].filter(Boolean).join(' ')}
          onChange={(e) => setCodesText(e.target.value)}
        />
      </div>
      {mutation.error && !nameError && <p role="alert">{t('network.saveFailed')}</p>}
      <div className="network-form__actions">
        <Button type="submit" pending={mutation.pending}>
          {territory ? t('network.territory.save') : t('network.territory.create')}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('network.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
