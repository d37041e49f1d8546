// The page behind a reset link: a new password, typed twice. A link already used, expired or unknown says so plainly
// and offers a new one.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { QueryStates } from '../../../ui/QueryStates';
import { accountErrorText } from '../accountErrors';
import { PasswordResetStateQuery, ResetPasswordMutation } from '../api/auth.queries';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields';
import './LoginPage.css';

type DeadLink = 'used' | 'expired' | 'invalid';
const DEAD_REASONS: Record<string, DeadLink> = { RESET_LINK_USED: 'used', RESET_LINK_EXPIRED: 'expired', RESET_LINK_INVALID: 'invalid' };

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const query = useGraphQLQuery(PasswordResetStateQuery, { token });
  const [dead, setDead] = useState<DeadLink | null>(null);
  const [done, setDone] = useState(false);
  return (
    <QueryStates query={query}>
      {({ passwordResetState: state }) => {
        if (done) return <ResetDone />;
        const gone = dead ?? (state === 'valid' ? null : state);
        if (gone) return <DeadLinkPage kind={gone} />;
        return <ResetForm token={token} onDone={() => setDone(true)} onDead={setDead} />;
      }}
    </QueryStates>
  );
}

function ResetForm({ token, onDone, onDead }: { token: string; onDone: () => void; onDead: (kind: DeadLink) => void }) {
  const { t } = useTranslation();
  const newPassword = useNewPassword();
  const reset = useMutation(ResetPasswordMutation);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!newPassword.check()) return;
    if (await reset.run({ token, password: newPassword.password })) onDone();
  };
  // The link died between opening the page and sending (used elsewhere, or 30 minutes passed): say so as a page.
  const reason = reset.details?.reason;
  useEffect(() => {
    const kind = DEAD_REASONS[String(reason)];
    if (kind) onDead(kind);
  }, [reason, onDead]);
  const error = reset.details?.field === 'password' ? null : accountErrorText(reset, t);
  const serverPasswordError = reset.details?.field === 'password' ? reset.message : null;

  return (
    <div className="login">
      <h1>{t('account.reset.title')}</h1>
      <p className="login__intro">{t('account.reset.intro')}</p>
      <div className="login__alert" role="alert">
        {error && <p>{error}</p>}
      </div>
      <form className="login__form" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <NewPasswordFields state={newPassword} serverError={serverPasswordError} />
        <Button type="submit" fullWidth pending={reset.pending} pendingLabel={t('account.saving')}>
          {t('account.reset.submit')}
        </Button>
      </form>
    </div>
  );
}

function ResetDone() {
  const { t } = useTranslation();
  return (
    <div className="login">
      <h1>{t('account.reset.doneTitle')}</h1>
      <p className="login__notice" role="status">
        {t('account.reset.done')}
      </p>
      <p className="login__links">
        <Link to="/login">{t('account.signInNow')}</Link>
      </p>
    </div>
  );
}

function DeadLinkPage({ kind }: { kind: DeadLink }) {
  const { t } = useTranslation();
  return (
    <div className="login">
      <h1>{t(`account.reset.${kind}Title`)}</h1>
      <div className="login__alert" role="alert">
        <p>{t(`account.reset.${kind}Body`)}</p>
      </div>
      <p className="login__links">
        <Link to="/forgot-password">{t('account.reset.askAgain')}</Link>
      </p>
      <p className="login__links">
        <Link to="/login">{t('account.backToLogin')}</Link>
      </p>
    </div>
  );
}
