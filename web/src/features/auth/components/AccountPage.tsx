// The signed-in person's account: change their password (their other sessions end) and leave an organisation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../graphql/session-user';
import { useMutation } from '../../../graphql/useMutation';
import { BackLink } from '../../../ui/BackLink';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { accountErrorText } from '../accountErrors';
import { ChangePasswordMutation, LeaveOrganisationMutation } from '../api/auth.queries';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields';
import './account.css';

export interface AccountPageProps {
  user: SessionUser;
  /** Leaving the organisation this session acts for ends the session: the app goes back to sign-in. */
  onLeftActiveOrganisation: () => void;
}

export function AccountPage({ user, onLeftActiveOrganisation }: AccountPageProps) {
  const { t } = useTranslation();
  return (
    <div className="account-page">
      <BackLink to={`/${user.role}`}>{t('account.backHome')}</BackLink>
      <h1>{t('account.title')}</h1>
      <p className="account-lead">{t('account.intro', { name: user.displayName, email: user.email ?? '' })}</p>
      <ChangePasswordSection />
      <LeaveSection user={user} onLeftActiveOrganisation={onLeftActiveOrganisation} />
    </div>
  );
}

function ChangePasswordSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();
  const [changed, setChanged] = useState(false);
  const change = useMutation(ChangePasswordMutation);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    if (!newPassword.check()) return;
    if (await change.run({ currentPassword: current, newPassword: newPassword.password })) {
      setChanged(true);
      setCurrent('');
      newPassword.clear();
    }
  };
  const wrongCurrent = change.error === 'INVALID_CREDENTIALS';
  const error = wrongCurrent || change.details?.field === 'password' ? null : accountErrorText(change, t);

  return (
    <section className="account-section" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('account.change.heading')}</h2>
      <p>{t('account.change.intro')}</p>
      <form className="account-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <TextField
          label={t('account.currentPassword')}
          error={wrongCurrent ? t('account.errors.wrongCurrentPassword') : undefined}
          type="password"
          name="current-password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <NewPasswordFields state={newPassword} serverError={change.details?.field === 'password' ? change.message : null} />
        <div className="account-form__status" role="status">
          {changed && <p className="account-ok">{t('account.change.done')}</p>}
        </div>
        <div className="account-form__status" role="alert">
          {error && <p className="account-error">{error}</p>}
        </div>
        <Button type="submit" pending={change.pending} pendingLabel={t('account.saving')}>
          {t('account.change.submit')}
        </Button>
      </form>
    </section>
  );
}

function LeaveSection({ user, onLeftActiveOrganisation }: AccountPageProps) {
  const { t } = useTranslation();
  const leave = useMutation(LeaveOrganisationMutation);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [left, setLeft] = useState<string[]>([]);
  const error = accountErrorText(leave, t);
  const memberships = user.memberships.filter((m) => !left.includes(m.organisation.id));

  return (
    <section className="account-section" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{t('account.leave.heading')}</h2>
      <p>{t('account.leave.intro')}</p>
      <ul className="account-orgs">
        {memberships.map((m) => (
          <li key={m.organisation.id} className="account-orgs__item">
            <span className="account-orgs__name">
              {m.organisation.name} · {t(`roles.${m.role}`)}
            </span>
            {confirming === m.organisation.id ? (
              <span className="account-orgs__confirm">
                <span>{t('account.leave.confirm', { name: m.organisation.name })}</span>
                <Button
                  pending={leave.pending}
                  onClick={async () => {
                    if (!(await leave.run({ organisationId: m.organisation.id }))) return;
                    setConfirming(null);
                    if (m.organisation.id === user.organisation.id) onLeftActiveOrganisation();
                    else setLeft((ids) => [...ids, m.organisation.id]);
                  }}
                >
                  {t('account.leave.yes')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(null)}>
                  {t('account.leave.cancel')}
                </Button>
              </span>
            ) : (
              <Button variant="secondary" onClick={() => setConfirming(m.organisation.id)} aria-label={`${t('account.leave.start')} — ${m.organisation.name}`}>
                {t('account.leave.start')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div role="status">{left.length > 0 && <p className="account-ok">{t('account.leave.done')}</p>}</div>
      <div role="alert">{error && <p className="account-error">{error}</p>}</div>
    </section>
  );
}
