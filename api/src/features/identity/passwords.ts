// Password and PIN hashing with argon2id (OWASP's recommended parameters).
import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verifying against a fixed hash when the user does not exist keeps the answer time the same either way.
const UNKNOWN_USER_HASH = argon2.hash('fit-unknown-user-placeholder', OPTIONS);

/**
 * PINs are short (six digits: a million tries), so each try costs more than a password's: 72 MiB and two passes make
 * exhausting the space take over a day of one core here (bench: `pin_space_exhaust_hours`), while one online sign-in
 * stays under 250 ms of server CPU and the tablet's offline check (WebAssembly, about ten times the server's time at
 * 4× CPU slowdown) near 1 s. More would push the tablet's check past what a worker waits for.
 */
export const PIN_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 73_728, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(secret, OPTIONS);
}

export function hashPin(pin: string): Promise<string> {
  return argon2.hash(pin, PIN_HASH_OPTIONS);
}

export async function verifySecret(hash: string | null | undefined, secret: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await UNKNOWN_USER_HASH, secret);
    return false;
  }
  try {
    return await argon2.verify(hash, secret);
  } catch {
    return false;
  }
}
