import { describe, expect, it } from 'vitest';
import { validateNewPassword } from './validatePassword';

describe(validateNewPassword.name, () => {
  it('asks for 8 characters at least, at most 200, typed the same twice', () => {
    expect(validateNewPassword('short', 'short')).toEqual({ password: 'passwordTooShort' });
    expect(validateNewPassword('x'.repeat(201), 'x'.repeat(201))).toEqual({ password: 'passwordTooLong' });
    expect(validateNewPassword('long enough', 'long enougH')).toEqual({ confirm: 'confirmDiffers' });
    expect(validateNewPassword('long enough', 'long enough')).toEqual({});
  });
});
