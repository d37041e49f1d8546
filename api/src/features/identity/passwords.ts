// Password and PIN hashing with argon2id (OWASP's recommended parameters).
import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verifying against a fixed hash when the user does not exist keeps the answer time the same either way.
const UNKNOWN_USER_HASH = argon2.hash('fit-unknown-user-placeholder', OPTIONS);

export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(secret, OPTIONS);
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
