// Form to invite a manager or trainer by email; the answer's link is shown once, with a copy button.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { InvitationLink } from './InvitationLink';
import { CreateInvitationMutation } from '../api/organisations.queries';
import { organisationErrorText } from '../organisationErrors';
import { INVITABLE_ROLES, isValidEmail, type InvitableRole } from '../validateOrganisation';

export interface InviteFormProps {
  organisationId: string;
  organisationName: string;
  onInvited: () => void;
}

interface Sent {
  email: string;
  link: string;
  emailed: boolean;
}

export function InviteForm({ organisationId, organisationName, onInvited }: InviteFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('manager');
  const [emailError, setEmailError] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const mutation = useMutation(CreateInvitationMutation);
  const roleLegendId = useId();
  const emailRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = !isValidEmail(email);
    setEmailError(invalid);
    if (invalid) {
      emailRef.current?.focus();
      return;
    }
    setSent(null);
    const data = await mutation.run({ input: { organisationId, email: email.trim(), role } });
    if (data?.createInvitation.link) {
      const invitation = data.createInvitation;
      setSent({ email: invitation.email, link: invitation.link ?? '', emailed: invitation.delivery === 'email' });
      setEmail('');
      onInvited();
    }
  };

  return (
    <>
      <form className="org-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <TextField
          ref={emailRef}
          label={t('invitations.form.email')}
          hint={t('invitations.form.emailHint', { name: organisationName })}
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError ? t('invitations.form.emailInvalid') : undefined}
        />
        <fieldset className="org-choice" aria-describedby={roleLegendId}>
          <legend id={roleLegendId}>{t('invitations.form.role')}</legend>
          {INVITABLE_ROLES.map((value) => (
            <label key={value} className="org-choice__option">
              <input
                type="radio"
                name="invitation-role"
                value={value}
                checked={role === value}
                onChange={() => setRole(value)}
              />
              <span>
                <strong>{t(`roles.${value}`)}</strong>
                <span className="org-choice__hint">{t(`invitations.form.roleHint.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {mutation.error && (
          <p className="org-error" role="alert">
            {organisationErrorText(mutation.error, t)}
          </p>
        )}
        <Button type="submit" pending={mutation.pending}>
          {t('invitations.form.submit')}
        </Button>
      </form>
      <div role="status">
        {sent && <InvitationLink email={sent.email} link={sent.link} emailed={sent.emailed} />}
      </div>
    </>
  );
}
