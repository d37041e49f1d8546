// Checks a new password before it is sent: the API's length rule, and that it was typed the same twice.
import { PASSWORD_MIN_LENGTH } from '@fit/shared';

export type NewPasswordError = 'passwordTooShort' | 'passwordTooLong' | 'confirmDiffers';
/** The API's upper bound on a password (see password-resets.service.ts). */
export const PASSWORD_MAX_LENGTH = 200;

export function validateNewPassword(password: string, confirm: string): { password?: NewPasswordError; confirm?: NewPasswordError } {
  if (password.length < PASSWORD_MIN_LENGTH) return { password: 'passwordTooShort' };
  if (password.length > PASSWORD_MAX_LENGTH) return { password: 'passwordTooLong' };
  if (password !== confirm) return { confirm: 'confirmDiffers' };
  return {};
}
