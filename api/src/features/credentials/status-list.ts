// Bitstring Status List (W3C): the revocation bits of an organisation's credentials, GZIP'd and multibase-encoded.
import { Bitstring } from '@digitalcredentials/bitstring';
import { CREDENTIALS_V2 } from './linked-data.js';

/** 131,072 bits (16 KB): the spec's minimum, so a list does not tell how many credentials an issuer made. */
export const STATUS_LIST_LENGTH = 131_072;

export async function encodeList(bits: Bitstring): Promise<string> {
  return `u${await bits.encodeBits()}`;
}

export async function decodeList(encoded: string): Promise<Bitstring> {
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  return new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: body }) });
}

export async function statusListCredential(listUrl: string, issuerId: string, encodedList: string, at: Date) {
  return {
    '@context': [CREDENTIALS_V2],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId,
    validFrom: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: { id: `${listUrl}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
  };
}

export { Bitstring };
