// The PIN check against the pack's argon2id hash, in WebAssembly: its own chunk, loaded only when a tablet signs a
// worker in offline, so it never weighs on anyone's first load.
import { argon2Verify } from 'hash-wasm';

export function verifyPin(pin: string, hash: string): Promise<boolean> {
  return argon2Verify({ password: pin, hash }).catch(() => false);
}
