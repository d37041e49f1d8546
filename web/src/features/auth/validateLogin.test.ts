// Rules of the login form, independent of the screen.
import { describe, expect, it } from 'vitest';
import { hasErrors, validateLogin } from './validateLogin';

describe(validateLogin.name, () => {
  it('accepts a plausible email with any non-empty password', () => {
    expect(hasErrors(validateLogin(' manager@fit.demo ', 'x'))).toBe(false);
  });

  it('tells a missing email from an incomplete one', () => {
    expect(validateLogin('   ', 'x').email).toBe('emailRequired');
    expect(validateLogin('manager@', 'x').email).toBe('emailInvalid');
    expect(validateLogin('manager fit.demo', 'x').email).toBe('emailInvalid');
  });

  it('requires a password', () => {
    expect(validateLogin('manager@fit.demo', '').password).toBe('passwordRequired');
  });
});
