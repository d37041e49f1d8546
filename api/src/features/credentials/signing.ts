// Ed25519 keys as Multikey and Data Integrity proofs (eddsa-rdfc-2022), with the Digital Credentials libraries.
import * as vc from '@digitalcredentials/vc';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import { documentLoader, MULTIKEY_V1 } from './linked-data.js';
import { required } from '../../common/required.js';

export interface KeyMaterial {
  /** `<issuer id>#<key id>` */
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

export async function generateKey(id: string, controller: string): Promise<KeyMaterial> {
  const pair = await Ed25519Multikey.generate({ id, controller });
  const exported = await pair.export({ publicKey: true, secretKey: true, includeContext: false });
  return {
    id,
    controller,
    publicKeyMultibase: required(exported.publicKeyMultibase, 'the exported public key'),
    secretKeyMultibase: required(exported.secretKeyMultibase, 'the exported secret key'),
  };
}

/** Signs a credential; the proof comes back as a one-element array, the shape the OB 3.0 JSON schema requires. */
export async function signCredential<T extends object>(credential: T, key: KeyMaterial): Promise<T & { proof: object[] }> {
  const pair = await Ed25519Multikey.from({ '@context': MULTIKEY_V1, type: 'Multikey', ...key });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader: documentLoader() });
  return { ...signed, proof: [signed.proof] } as T & { proof: object[] };
}

export const verifyingSuite = () => new DataIntegrityProof({ cryptosuite });
