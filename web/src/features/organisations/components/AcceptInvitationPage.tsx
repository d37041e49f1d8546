// The invitee's page behind the emailed link: what the invitation is for, then a name and password (or the
// existing account's password); accepting signs them in. Unknown, expired and used links each say what to do.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isOfflineError, errorCode } from '../../../graphql/client';
import type { LoginPayloadFieldsFragment } from '../../../graphql/generated/graphql';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { TextField } from '../../../ui/TextField';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../api/organisations.queries';
import { organisationErrorText } from '../organisationErrors';
import { validateAccept, type AcceptDraft, type AcceptErrors } from '../validateOrganisation';
import './organisations.css';
import '../../../ui/staff-page.css';

export interface AcceptInvitationPageProps {
  onAccepted: (payload: LoginPayloadFieldsFragment) => void;
}

export function AcceptInvitationPage({ onAccepted }: AcceptInvitationPageProps) {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useGraphQLQuery(InvitationPreviewQuery, { token });

  if (preview.status === 'error') {
    const code = errorCode(preview.error);
    if (code === 'NOT_FOUND') return <Dead title={t('accept.unknownTitle')} message={t('accept.unknown')} />;
    return (
      <ErrorState
        title={t('errors.title')}
        message={isOfflineError(preview.error) ? t('errors.offline') : t('errors.unexpected')}
        retryLabel={t('app.retry')}
        onRetry={preview.retry}
      />
    );
  }
  if (!preview.data) return <LoadingState label={t('app.loading')} />;
  const invitation = preview.data.invitationPreview;
  if (invitation.status === 'expired') {
    return <Dead title={t('accept.expiredTitle')} message={t('accept.expired', { name: invitation.organisationName })} />;
  }
  if (invitation.status === 'accepted') {
    return <Dead title={t('accept.usedTitle')} message={t('accept.used')} signIn />;
  }
  return (
    <div className="staff-page accept">
      <h1>{t('accept.title', { name: invitation.organisationName })}</h1>
      <p className="staff-lead">
        {t('accept.intro', {
          name: invitation.organisationName,
          role: t(`roles.${invitation.role}`, { defaultValue: invitation.role }).toLocaleLowerCase(),
        })}
      </p>
      <AcceptForm token={token} email={invitation.email} accountExists={invitation.accountExists} onAccepted={onAccepted} />
    </div>
  );
}

function Dead({ title, message, signIn = false }: { title: string; message: string; signIn?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="staff-page accept">
      <h1>{title}</h1>
      <div className="state state--error" role="alert">
        <p className="state__body">{message}</p>
      </div>
      <p className="staff-back">
        <Link to="/login">{signIn ? t('accept.signIn') : t('accept.toLogin')}</Link>
      </p>
    </div>
  );
}

interface AcceptFormProps extends AcceptInvitationPageProps {
  token: string;
  email: string;
  accountExists: boolean;
}

function AcceptForm({ token, email, accountExists, onAccepted }: AcceptFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AcceptDraft>({ displayName: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<AcceptErrors>({});
  const accept = useMutation(AcceptInvitationMutation);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const set = (field: keyof AcceptDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateAccept(draft, accountExists);
    setErrors(found);
    const first = found.displayName ? nameRef : found.password ? passwordRef : found.confirm ? confirmRef : null;
    if (first) {
      first.current?.focus();
      return;
    }
    const data = await accept.run({
      input: { token, password: draft.password, displayName: accountExists ? null : draft.displayName.trim() },
    });
    if (data) onAccepted(data.acceptInvitation);
  };

  const serverError =
    accept.error === 'INVALID_CREDENTIALS'
      ? t('accept.wrongPassword')
      : accept.error === 'CONFLICT'
        ? t('accept.used')
        : accept.error === 'BAD_USER_INPUT' && accept.message
          ? accept.message
          : organisationErrorText(accept.error, t);

  return (
    <form className="org-form org-form--narrow" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <p className="accept__account">
        {accountExists ? t('accept.existingAccount', { email }) : t('accept.newAccount', { email })}
      </p>
      {!accountExists && (
        <TextField
          ref={nameRef}
          label={t('accept.name')}
          hint={t('accept.nameHint')}
          value={draft.displayName}
          onChange={(e) => set('displayName')(e.target.value)}
          error={errors.displayName && t('accept.nameRequired')}
          autoComplete="name"
        />
      )}
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        ref={passwordRef}
        label={accountExists ? t('accept.existingPassword') : t('accept.newPassword')}
        hint={accountExists ? undefined : t('accept.passwordHint')}
        type="password"
        value={draft.password}
        onChange={(e) => set('password')(e.target.value)}
        error={errors.password && (errors.password === 'required' ? t('accept.password_required') : t('accept.password_tooShort'))}
        autoComplete={accountExists ? 'current-password' : 'new-password'}
      />
      {!accountExists && (
        <TextField
          ref={confirmRef}
          label={t('accept.confirm')}
          type="password"
          value={draft.confirm}
          onChange={(e) => set('confirm')(e.target.value)}
          error={errors.confirm && t('accept.confirmMismatch')}
          autoComplete="new-password"
        />
      )}
      {accept.error && (
        <p className="org-error" role="alert">
          {serverError}
        </p>
      )}
      <Button type="submit" fullWidth pending={accept.pending} pendingLabel={t('accept.submitting')}>
        {accountExists ? t('accept.submitLink') : t('accept.submit')}
      </Button>
    </form>
  );
}
