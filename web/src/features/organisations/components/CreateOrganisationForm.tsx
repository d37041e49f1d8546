// Form to create an organisation under the admin's network body: name, web address (slug) and kind.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { CreateOrganisationMutation } from '../api/organisations.queries';
import { organisationErrorText } from '../organisationErrors';
import {
  ORGANISATION_KINDS,
  slugFromName,
  validateOrganisation,
  type OrganisationDraft,
  type OrganisationErrors,
} from '../validateOrganisation';

const EMPTY: OrganisationDraft = { name: '', slug: '', kind: 'sme' };

export interface CreateOrganisationFormProps {
  onCreated: (organisation: { id: string; name: string }) => void;
}

export function CreateOrganisationForm({ onCreated }: CreateOrganisationFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OrganisationDraft>(EMPTY);
  // The slug follows the name until the person types their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<OrganisationErrors>({});
  const [created, setCreated] = useState<string | null>(null);
  const mutation = useMutation(CreateOrganisationMutation);
  const kindLegendId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const slugRef = useRef<HTMLInputElement>(null);

  const handleName = (name: string) =>
    setDraft((d) => ({ ...d, name, slug: slugEdited ? d.slug : slugFromName(name) }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateOrganisation(draft);
    setErrors(found);
    setCreated(null);
    if (found.name) nameRef.current?.focus();
    else if (found.slug) slugRef.current?.focus();
    if (Object.keys(found).length > 0) return;
    const data = await mutation.run({ input: { name: draft.name.trim(), slug: draft.slug, kind: draft.kind } });
    if (data) {
      setCreated(data.createOrganisation.name);
      setDraft(EMPTY);
      setSlugEdited(false);
      onCreated(data.createOrganisation);
    }
  };

  return (
    <form className="org-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <TextField
        ref={nameRef}
        label={t('organisations.create.name')}
        value={draft.name}
        onChange={(e) => handleName(e.target.value)}
        error={errors.name && t('organisations.create.nameRequired')}
        autoComplete="organization"
      />
      <TextField
        ref={slugRef}
        label={t('organisations.create.slug')}
        hint={t('organisations.create.slugHint')}
        value={draft.slug}
        onChange={(e) => {
          setSlugEdited(true);
          setDraft((d) => ({ ...d, slug: e.target.value.trim().toLowerCase() }));
        }}
        error={errors.slug && t(`organisations.create.slug_${errors.slug}`)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <fieldset className="org-choice" aria-describedby={kindLegendId}>
        <legend id={kindLegendId}>{t('organisations.create.kind')}</legend>
        {ORGANISATION_KINDS.map((kind) => (
          <label key={kind} className="org-choice__option">
            <input
              type="radio"
              name="organisation-kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => setDraft((d) => ({ ...d, kind }))}
            />
            <span>
              <strong>{t(`organisationKinds.${kind}`)}</strong>
              <span className="org-choice__hint">{t(`organisations.create.kindHint.${kind}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mutation.error && (
        <p className="org-error" role="alert">
          {mutation.error === 'CONFLICT'
            ? t('organisations.create.slugTaken', { slug: draft.slug })
            : organisationErrorText(mutation.error, t)}
        </p>
      )}
      <div role="status">{created && <p className="org-success">{t('organisations.create.created', { name: created })}</p>}</div>
      <Button type="submit" pending={mutation.pending}>
        {t('organisations.create.submit')}
      </Button>
    </form>
  );
}
