// The tablet's own key pair, made on the device when it is paired with its site: the private key is created
// non-extractable and stays in this browser's IndexedDB; the public key goes to the server with the enrolment, and
// the server seals the site pack's PIN hashes for it. A copy of the pack taken off the network or out of storage yields no PINs.
import Dexie, { type EntityTable } from 'dexie';
import type { SealedSection, SitePackSignIn } from '@fit/shared';
import { sha256Hex } from '../../common/sha256';

interface StoredKey {
  id: 'tablet';
  /** Which pairing the key belongs to (digest of the device token): a new pairing makes a new key. */
  device: string;
  privateKey: CryptoKey;
}

type KeyDb = Dexie & { keys: EntityTable<StoredKey, 'id'> };

let shared: KeyDb | undefined;
function keyDb(): KeyDb {
  if (!shared) {
    shared = new Dexie('fit-tablet-key') as KeyDb;
    shared.version(1).stores({ keys: 'id' });
  }
  return shared;
}

const RSA_OAEP = { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };

/** The public half as the server takes it: an RSA-OAEP-256 JWK, as a string. */
async function publicJwk(publicKey: CryptoKey): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  return JSON.stringify({ kty: jwk.kty, n: jwk.n, e: jwk.e, alg: 'RSA-OAEP-256' });
}

// extractable: false — the private key can be used by this origin on this device, never read out.
const newPair = async () => (await crypto.subtle.generateKey(RSA_OAEP, false, ['encrypt', 'decrypt'])) as CryptoKeyPair;

async function keep(deviceToken: string, privateKey: CryptoKey): Promise<void> {
  await keyDb().keys.put({ id: 'tablet', device: await sha256Hex(new TextEncoder().encode(deviceToken)), privateKey });
}

/**
 * A new key pair for the enrolment under way: its public half is sent with the enrolment, and `keep` stores the
 * private half for the device token the enrolment returns. Undefined where the browser offers no WebCrypto (then the
 * tablet registers a key at its first pack download, as tablets enrolled before did).
 */
export async function tabletKeyForEnrolment(): Promise<{ publicKeyJwk: string; keep(deviceToken: string): Promise<void> } | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  try {
    const pair = await newPair();
    return { publicKeyJwk: await publicJwk(pair.publicKey), keep: (deviceToken) => keep(deviceToken, pair.privateKey) };
  } catch {
    return undefined;
  }
}

/**
 * A tablet enrolled without its key (before keys came with enrolment) makes and registers one, once per pairing.
 * `register` sends the public key (JWK string) to the server and throws when it is refused (a tablet enrolled before
 * keys existed must be enrolled again).
 */
export async function ensureTabletKey(deviceToken: string, register: (publicKeyJwk: string) => Promise<void>): Promise<void> {
  const device = await sha256Hex(new TextEncoder().encode(deviceToken));
  const stored = await keyDb().keys.get('tablet');
  if (stored?.device === device) return;
  const pair = await newPair();
  await register(await publicJwk(pair.publicKey));
  await keep(deviceToken, pair.privateKey);
}

export async function forgetTabletKey(): Promise<void> {
  await keyDb().keys.clear();
}

/** The pack's sign-in section, opened with this tablet's private key (undefined when the tablet has none). */
export async function openSignIn(section: SealedSection): Promise<SitePackSignIn> {
  const stored = await keyDb().keys.get('tablet');
  if (!stored) return {};
  return openSealed(section, stored.privateKey);
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

export async function openSealed(section: SealedSection, privateKey: CryptoKey, subtle: SubtleCrypto = crypto.subtle): Promise<SitePackSignIn> {
  const raw = await subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, bytes(section.wrappedKey));
  const key = await subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  const plain = await subtle.decrypt({ name: 'AES-GCM', iv: bytes(section.iv) }, key, bytes(section.ciphertext));
  return JSON.parse(new TextDecoder().decode(plain)) as SitePackSignIn;
}
