// Members of the organisation for its managers and admins: deactivate or reactivate one (their records stay); admins
// also see each one's last sign-in and can produce a password reset link to hand over.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersQuery as MembersResult } from '../../../graphql/generated/graphql';
import type { SessionUser } from '../../../graphql/session-user';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { BackLink } from '../../../ui/BackLink';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { accountErrorText } from '../accountErrors';
import { DeactivateMemberMutation, MembersQuery, PasswordResetLinkForMutation, ReactivateMemberMutation } from '../api/auth.queries';
import './account.css';

type Member = MembersResult['members'][number];

export function MembersPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const query = useGraphQLQuery(MembersQuery, {});
  return (
    <div className="account-page">
      <BackLink to={`/${user.role}`}>{t('account.backHome')}</BackLink>
      <h1>{t('members.title')}</h1>
      <p className="account-lead">{t('members.intro', { organisation: user.organisation.name })}</p>
      <QueryStates query={query}>
        {({ members }) =>
          members.length === 0 ? (
            <EmptyState title={t('members.emptyTitle')} />
          ) : (
            <ul className="members-list">
              {members.map((member) => (
                <MemberRow key={member.id} member={member} viewer={user} />
              ))}
            </ul>
          )
        }
      </QueryStates>
    </div>
  );
}

function MemberRow({ member, viewer }: { member: Member; viewer: SessionUser }) {
  const { t, i18n } = useTranslation();
  const deactivate = useMutation(DeactivateMemberMutation, { invalidates: [MembersQuery] });
  const reactivate = useMutation(ReactivateMemberMutation, { invalidates: [MembersQuery] });
  const resetLink = useMutation(PasswordResetLinkForMutation);
  const [link, setLink] = useState<string | null>(null);
  const isAdmin = viewer.role === 'admin';
  const off = Boolean(member.deactivatedAt);
  // Nobody deactivates themself (they leave instead), and a manager never acts over an admin.
  const canAct = member.id !== viewer.id && (isAdmin || member.role !== 'admin');
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const error = accountErrorText(deactivate.error ? deactivate : reactivate.error ? reactivate : resetLink, t);

  return (
    <li className={`members-list__item${off ? ' members-list__item--off' : ''}`}>
      <span className="members-list__who">
        <span className="members-list__name">{member.displayName}</span>
        <span className="members-list__meta">
          {[member.email, t(`roles.${member.role}`), off ? t('members.deactivated') : t('members.active')].filter(Boolean).join(' · ')}
        </span>
        {isAdmin && (
          <span className="members-list__meta">
            {member.lastSignInAt ? t('members.lastSignIn', { when: when(String(member.lastSignInAt)) }) : t('members.neverSignedIn')}
          </span>
        )}
      </span>
      {canAct && (
        <span className="members-list__actions">
          {off ? (
            <Button
              variant="secondary"
              pending={reactivate.pending}
              aria-label={`${t('members.reactivate')} — ${member.displayName}`}
              onClick={() => void reactivate.run({ userId: member.id })}
            >
              {t('members.reactivate')}
            </Button>
          ) : (
            <Button
              variant="secondary"
              pending={deactivate.pending}
              aria-label={`${t('members.deactivate')} — ${member.displayName}`}
              onClick={() => void deactivate.run({ userId: member.id })}
            >
              {t('members.deactivate')}
            </Button>
          )}
          {isAdmin && member.email && (
            <Button
              variant="secondary"
              pending={resetLink.pending}
              aria-label={`${t('members.resetLink')} — ${member.displayName}`}
              onClick={async () => {
                const data = await resetLink.run({ email: member.email! });
                if (data) setLink(data.passwordResetLinkFor.link);
              }}
            >
              {t('members.resetLink')}
            </Button>
          )}
        </span>
      )}
      {link && (
        <p className="members-link" role="status">
          <span>{t('members.resetLinkReady', { name: member.displayName })}</span>
          <code>{link}</code>
        </p>
      )}
      {error && (
        <p className="account-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
