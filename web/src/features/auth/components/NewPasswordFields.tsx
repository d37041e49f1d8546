// The new password, typed twice, with its checks: one component for the account page and the reset-link page, so the
// rule and its wording are the same in both places.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';
import { validateNewPassword, type NewPasswordError } from '../validatePassword';

export interface NewPassword {
  password: string;
  confirm: string;
  errors: { password?: NewPasswordError; confirm?: NewPasswordError };
  setPassword: (value: string) => void;
  setConfirm: (value: string) => void;
  /** Counts the failed checks: each one sends the keyboard to the first wrong field. */
  failedChecks: number;
  /** Checks both fields, shows the errors next to them and focuses the first wrong one; true when both are right. */
  check: () => boolean;
  clear: () => void;
}

export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPassword['errors']>({});
  const [failedChecks, setFailedChecks] = useState(0);
  const check = () => {
    const found = validateNewPassword(password, confirm);
    setErrors(found);
    const ok = !found.password && !found.confirm;
    if (!ok) setFailedChecks((n) => n + 1);
    return ok;
  };
  const clear = () => {
    setPassword('');
    setConfirm('');
    setErrors({});
  };
  return { password, confirm, errors, setPassword, setConfirm, failedChecks, check, clear };
}

export interface NewPasswordFieldsProps {
  state: NewPassword;
  /** The server's word on the new password (e.g. a rule it alone knows), shown under it when the device found none. */
  serverError?: string | null;
}

export function NewPasswordFields({ state, serverError }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const { errors, failedChecks } = state;
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const firstWrong = errors.password ? passwordRef : confirmRef;
  useEffect(() => {
    if (failedChecks > 0) firstWrong.current?.focus();
  }, [failedChecks, firstWrong]);
  return (
    <>
      <TextField
        ref={passwordRef}
        label={t('account.newPassword')}
        hint={t('account.passwordHint')}
        error={errors.password ? t(`account.errors.${errors.password}`) : (serverError ?? undefined)}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={state.password}
        onChange={(e) => state.setPassword(e.target.value)}
      />
      <TextField
        ref={confirmRef}
        label={t('account.confirmPassword')}
        error={errors.confirm && t(`account.errors.${errors.confirm}`)}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        value={state.confirm}
        onChange={(e) => state.setConfirm(e.target.value)}
      />
    </>
  );
}
