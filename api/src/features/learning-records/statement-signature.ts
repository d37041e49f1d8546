// Signed statements (Data 2.6): the JWS in a signature attachment must be well formed, use RS256/384/512, verify
// against its X.509 certificate when it carries one, and sign a statement logically equivalent to the one received.
import { X509Certificate } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, importX509 } from 'jose';
import { canonicalStatement, type Statement } from '@fit/shared';
import { validateStatement } from '@fit/shared/validation';

export const SIGNATURE_USAGE_TYPE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

/** Why the signature does not hold, or null when it does. */
export async function signatureProblem(received: Statement, jws: string): Promise<string | null> {
  const token = jws.trim();
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: unknown;
  try {
    header = decodeProtectedHeader(token);
    const [, body = ''] = token.split('.');
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return 'the signature is not a JWS (compact serialization) whose payload is a statement';
  }
  if (!header.alg || !ALGORITHMS.includes(header.alg)) return `the signature must use RS256, RS384 or RS512, not ${header.alg ?? 'no algorithm'}`;
  if (header.x5c !== undefined) {
    const problem = await certificateProblem(token, header.x5c, header.alg);
    if (problem) return problem;
  }
  const signed = validateStatement(payload);
  if (!signed.ok) return 'the signed payload is not a valid statement';
  if (comparable(signed.statement) !== comparable(received)) return 'the signed payload differs from the statement received';
  return null;
}

async function certificateProblem(token: string, x5c: unknown, alg: string): Promise<string | null> {
  if (!Array.isArray(x5c) || typeof x5c[0] !== 'string') return 'the x5c header of the signature must list certificates';
  try {
    const pem = new X509Certificate(Buffer.from(x5c[0], 'base64')).toString();
    await compactVerify(token, await importX509(pem, alg));
    return null;
  } catch {
    return 'the signature does not verify against the certificate in its x5c header';
  }
}

// What the LRS may add or change (id, authority, stored, timestamp, version) is disregarded, and so is the signature
// attachment itself, which the statement could not contain when it was signed.
function comparable(statement: Statement): string {
  const { id: _id, authority: _a, stored: _s, timestamp: _t, version: _v, attachments, ...rest } = statement;
  const kept = (attachments ?? []).filter((a) => a.usageType !== SIGNATURE_USAGE_TYPE);
  return canonicalStatement((kept.length ? { ...rest, attachments: kept } : rest) as Statement);
}
