// One invitation in the inviter's list: who, which role, its state, and a two-step revoke while it is pending.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../graphql/generated/graphql';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { RevokeInvitationMutation } from '../api/organisations.queries';
import { organisationErrorText } from '../organisationErrors';

export type InvitationState = 'pending' | 'expired' | 'accepted';

export function invitationState(invitation: InvitationFieldsFragment, now = Date.now()): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  return new Date(invitation.expiresAt as string).getTime() < now ? 'expired' : 'pending';
}

export interface InvitationRowProps {
  invitation: InvitationFieldsFragment;
  onChanged: () => void;
}

export function InvitationRow({ invitation, onChanged }: InvitationRowProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(RevokeInvitationMutation);
  const state = invitationState(invitation);
  const date = (value: unknown) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value as string));

  const handleRevoke = async () => {
    if (await revoke.run({ id: invitation.id })) onChanged();
  };

  return (
    <li className="org-row">
      <div className="org-row__who">
        <span className="org-row__name">{invitation.email}</span>
        <span className="org-row__meta">
          {t(`roles.${invitation.role}`, { defaultValue: invitation.role })} ·{' '}
          <span className={`invitation-state invitation-state--${state}`}>
            {state === 'accepted'
              ? t('invitations.state.accepted', { date: date(invitation.acceptedAt) })
              : t(`invitations.state.${state}`, { date: date(invitation.expiresAt) })}
          </span>
        </span>
      </div>
      {state !== 'accepted' && !confirming && (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('invitations.revoke')}
        </Button>
      )}
      {confirming && (
        <div className="org-confirm">
          <p>{t('invitations.revokeConfirm', { email: invitation.email })}</p>
          <Button variant="primary" pending={revoke.pending} onClick={() => void handleRevoke()}>
            {t('invitations.revokeYes')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('invitations.revokeNo')}
          </Button>
          {revoke.error && (
            <p className="org-error" role="alert">
              {organisationErrorText(revoke.error, t)}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
