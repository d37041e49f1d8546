// The site's fields (name, address, client, contract, dates, time zone), checked here first with the API's own rules;
// a refusal of the API is shown next to the field it names.
import type { SiteField, SiteInputFields } from '@fit/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { FIELD_ORDER, inputOf, validateSiteDraft, type SiteDraft, type SiteDraftErrors } from '../siteDraft';
import { timeZoneChoices } from '../timeZones';

export interface SiteFormProps {
  initial: SiteDraft;
  submitLabel: string;
  pending: boolean;
  /** Per-field refusals of the last answer, and a message for any other refusal. */
  serverErrors: SiteDraftErrors;
  serverMessage: string | null;
  onSubmit: (input: SiteInputFields) => Promise<void>;
}

export function SiteForm({ initial, submitLabel, pending, serverErrors, serverMessage, onSubmit }: SiteFormProps) {
  const { t } = useTranslation();
  const zonesId = useId();
  const [draft, setDraft] = useState<SiteDraft>(initial);
  const [errors, setErrors] = useState<SiteDraftErrors>({});
  const refs = useRef<Partial<Record<SiteField, HTMLInputElement | null>>>({});
  const shown: SiteDraftErrors = { ...serverErrors, ...errors };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateSiteDraft(draft);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      refs.current[first]?.focus();
      return;
    }
    await onSubmit(inputOf(draft));
  };

  const field = (name: SiteField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      ref={(element) => {
        refs.current[name] = element;
      }}
      label={t(`sites.fields.${name}`)}
      error={shown[name] && t(`sites.errors.${shown[name]}`)}
      name={name}
      value={draft[name]}
      onChange={(e) => {
        const value = e.target.value;
        setDraft((d) => ({ ...d, [name]: value }));
        // The field's old refusal no longer applies once it is edited.
        setErrors((found) => ({ ...found, [name]: undefined }));
      }}
      {...extra}
    />
  );

  return (
    <form className="sites-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
      {field('name', { required: true, autoComplete: 'off' })}
      {field('address', { autoComplete: 'street-address' })}
      {field('client', { hint: t('sites.hints.client') })}
      {field('contractReference', { hint: t('sites.hints.contractReference') })}
      {field('startsOn', { type: 'date' })}
      {field('endsOn', { type: 'date' })}
      {field('timeZone', { hint: t('sites.hints.timeZone'), list: zonesId, autoComplete: 'off', spellCheck: false })}
      <datalist id={zonesId}>
        {timeZoneChoices().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="sites-form__alert" role="alert">
        {serverMessage && <p className="sites-error">{serverMessage}</p>}
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('sites.saving')}>
        {submitLabel}
      </Button>
    </form>
  );
}
