// Checks the login form before anything is sent, so a typo is caught on the tablet even without network.
import { isPlausibleEmail } from '@fit/shared';

export type LoginFieldError = 'emailRequired' | 'emailInvalid' | 'passwordRequired';

export interface LoginFormErrors {
  email?: LoginFieldError;
  password?: LoginFieldError;
}

export function validateLogin(email: string, password: string): LoginFormErrors {
  const errors: LoginFormErrors = {};
  if (email.trim() === '') errors.email = 'emailRequired';
  else if (!isPlausibleEmail(email)) errors.email = 'emailInvalid';
  if (password === '') errors.password = 'passwordRequired';
  return errors;
}

export function hasErrors(errors: LoginFormErrors): boolean {
  return errors.email !== undefined || errors.password !== undefined;
}
