// The sign-in screen: email and password, checked on the tablet first, then by the server.
import { normaliseEmail } from '@fit/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode, isOfflineError } from '../../../graphql/client';
import type { LoginMutation as LoginResult } from '../../../graphql/generated/graphql';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { LoginMutation } from '../api/auth.queries';
import { hasErrors, validateLogin, type LoginFormErrors } from '../validateLogin';
import './LoginPage.css';

export type LoginPayload = LoginResult['login'];

export interface LoginPageProps {
  onSignedIn: (payload: LoginPayload) => void;
  /** Shown above the form, e.g. when a session has ended and the person is back here. */
  notice?: string;
}

type ServerError = 'invalidCredentials' | 'offline' | 'unexpected';

export function LoginPage({ onSignedIn, notice }: LoginPageProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFormErrors>({});
  const [serverError, setServerError] = useState<{ key: ServerError; message?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const errors = validateLogin(email, password);
    setFieldErrors(errors);
    setServerError(null);
    if (hasErrors(errors)) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    try {
      const data = await client.request(LoginMutation, { email: normaliseEmail(email), password });
      onSignedIn(data.login);
    } catch (error) {
      setPending(false);
      setServerError(describeFailure(error));
    }
  }

  return (
    <div className="login">
      <h1>{t('login.title')}</h1>
      <p className="login__intro">{t('login.intro')}</p>
      {notice && (
        <p className="login__notice" role="status">
          {notice}
        </p>
      )}
      <div className="login__alert" role="alert">
        {serverError && (
          <p>
            {serverError.key === 'unexpected' && serverError.message
              ? serverError.message
              : t(`login.errors.${serverError.key}`)}
          </p>
        )}
      </div>
      <form className="login__form" onSubmit={handleSubmit} noValidate>
        <TextField
          ref={emailRef}
          label={t('login.email')}
          hint={t('login.emailHint')}
          error={fieldErrors.email && t(`login.errors.${fieldErrors.email}`)}
          type="email"
          name="email"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          ref={passwordRef}
          label={t('login.password')}
          error={fieldErrors.password && t(`login.errors.${fieldErrors.password}`)}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" fullWidth pending={pending} pendingLabel={t('login.submitting')}>
          {t('login.submit')}
        </Button>
      </form>
      <p className="login__links">
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
    </div>
  );
}

// Known refusals get our own wording in the screen's language; anything else keeps the server's safe message.
function describeFailure(error: unknown): { key: ServerError; message?: string } {
  if (isOfflineError(error)) return { key: 'offline' };
  const code = errorCode(error);
  if (code === 'INVALID_CREDENTIALS') return { key: 'invalidCredentials' };
  if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'RATE_LIMITED') {
    return { key: 'unexpected', message: error instanceof Error ? error.message : undefined };
  }
  return { key: 'unexpected' };
}
