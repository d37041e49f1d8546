import { describe, expect, it } from '@jest/globals';
import { newEnrolmentCode, normaliseEnrolmentCode } from './enrolment-codes.js';

describe('tablet enrolment codes', () => {
  it('are 8 unambiguous characters shown as two groups of four, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newEnrolmentCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('read the same however a person types them', () => {
    expect(normaliseEnrolmentCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseEnrolmentCode('AB CD EF GH')).toBe('ABCDEFGH');
  });
});
