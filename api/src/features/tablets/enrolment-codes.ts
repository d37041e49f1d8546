// The one-time set-up code itself: 8 characters a person can read aloud and type on a tablet (no 0/O, 1/I/L, U),
// shown as ABCD-EFGH. 30^8 ≈ 6.6·10^11 codes, tried at most 20 times per quarter hour per address, alive 15 minutes.
import { randomInt } from 'node:crypto';

export const ENROLMENT_CODE_MINUTES = 15;
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed (any case, with spaces or a dash) in the one form codes are hashed in. */
export function normaliseEnrolmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
