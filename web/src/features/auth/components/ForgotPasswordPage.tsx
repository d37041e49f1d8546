// "Forgot password?": the person types their email and is told the same thing whether or not it has an account.
import { isPlausibleEmail, normaliseEmail } from '@fit/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { RequestPasswordResetMutation } from '../api/auth.queries';
import { accountErrorText } from '../accountErrors';
import './LoginPage.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<'emailRequired' | 'emailInvalid' | null>(null);
  const [sent, setSent] = useState(false);
  const request = useMutation(RequestPasswordResetMutation);
  const emailRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isPlausibleEmail(email)) {
      setFieldError(email.trim() === '' ? 'emailRequired' : 'emailInvalid');
      emailRef.current?.focus();
      return;
    }
    setFieldError(null);
    if (await request.run({ email: normaliseEmail(email) })) setSent(true);
  };

  if (sent) {
    return (
      <div className="login">
        <h1>{t('account.forgot.sentTitle')}</h1>
        <p className="login__notice" role="status">
          {t('account.forgot.sent', { email: normaliseEmail(email) })}
        </p>
        <p>{t('account.forgot.sentHelp')}</p>
        <p className="login__links">
          <Link to="/login">{t('account.backToLogin')}</Link>
        </p>
      </div>
    );
  }
  const error = accountErrorText(request, t);
  return (
    <div className="login">
      <h1>{t('account.forgot.title')}</h1>
      <p className="login__intro">{t('account.forgot.intro')}</p>
      <div className="login__alert" role="alert">
        {error && <p>{error}</p>}
      </div>
      <form className="login__form" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <TextField
          ref={emailRef}
          label={t('login.email')}
          hint={t('login.emailHint')}
          error={fieldError ? t(`login.errors.${fieldError}`) : undefined}
          type="email"
          name="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Button type="submit" fullWidth pending={request.pending} pendingLabel={t('account.sending')}>
          {t('account.forgot.submit')}
        </Button>
      </form>
      <p className="login__links">
        <Link to="/login">{t('account.backToLogin')}</Link>
      </p>
    </div>
  );
}
