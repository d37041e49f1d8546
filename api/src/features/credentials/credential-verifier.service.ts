// Verifies any Open Badge 3.0 credential, ours or another issuer's, into one verdict and the list of what was
// checked. Never throws: whatever comes in (tampered, truncated, foreign, hostile) gets a verdict.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import * as vc from '@digitalcredentials/vc';
import { isUuid } from '../../common/ids.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';
import { CREDENTIALS_V2, CRYPTOSUITE, documentLoader, isOpenBadgesContext, MULTIKEY_V1 } from './linked-data.js';
import { verifyingSuite } from './signing.js';
import { decodeList } from './status-list.js';

export const VERDICTS = ['valid', 'invalid-signature', 'revoked', 'expired', 'not-yet-valid', 'unknown-issuer', 'not-open-badge'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Verification {
  verdict: Verdict;
  checks: Check[];
}

type Doc = Record<string, unknown>;
type Profile = Doc & { id: string };

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : isObject(v) && typeof v.id === 'string' ? v.id : undefined);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

@Injectable()
export class CredentialVerifier {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: IssuerDocumentsService,
  ) {}

  async verify(input: unknown, now = new Date()): Promise<Verification> {
    const checks: Check[] = [];
    try {
      return await this.run(input, now, checks);
    } catch (error) {
      checks.push({ name: 'signature', ok: false, detail: `The credential could not be processed: ${message(error)}` });
      return { verdict: 'invalid-signature', checks };
    }
  }

  private async run(input: unknown, now: Date, checks: Check[]): Promise<Verification> {
    const shape = openBadgeShape(input);
    checks.push({ name: 'open-badge', ok: !shape, detail: shape ?? 'A Verifiable Credential 2.0 with the Open Badges 3.0 context and type.' });
    if (shape) return { verdict: 'not-open-badge', checks };
    const credential = input as Doc;
    const issuerUrl = idOf(credential.issuer)!;

    // The proof must be an eddsa-rdfc-2022 Data Integrity proof by a key the issuer publishes.
    const proofs = asArray(credential.proof).filter(isObject);
    const proof = proofs[0];
    const suiteProblem = !proof
      ? 'The credential has no proof.'
      : proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE
        ? `The proof is ${String(proof.type)} / ${String(proof.cryptosuite)}; this verifier accepts DataIntegrityProof with ${CRYPTOSUITE}.`
        : undefined;

    const cache = new Map<string, Promise<Doc>>();
    const load = (url: string) => {
      const key = url.split('#')[0]!;
      if (!cache.has(key)) cache.set(key, this.documents.load(key));
      return cache.get(key)!;
    };

    let profile: Profile;
    try {
      const doc = await load(issuerUrl);
      if (doc.id !== issuerUrl) throw new Error(`the document at ${issuerUrl} describes ${String(doc.id)}`);
      profile = doc as Profile;
      checks.push({ name: 'issuer', ok: true, detail: `Issuer profile of ${typeof profile.name === 'string' ? profile.name : issuerUrl} resolved at ${issuerUrl}.` });
    } catch (error) {
      checks.push({ name: 'issuer', ok: false, detail: `The issuer's profile and keys could not be obtained: ${message(error)}` });
      return { verdict: 'unknown-issuer', checks };
    }

    if (suiteProblem) {
      checks.push({ name: 'signature', ok: false, detail: suiteProblem });
      return { verdict: 'invalid-signature', checks };
    }
    const method = idOf(proof!.verificationMethod);
    const keys = asArray(profile.verificationMethod).filter(isObject);
    const key = keys.find((k) => k.id === method);
    const listed = asArray(profile.assertionMethod).some((m) => idOf(m) === method);
    if (!method || !key || !listed || key.controller !== issuerUrl) {
      checks.push({ name: 'signature', ok: false, detail: `The proof names the key ${String(method)}, which the issuer does not publish for assertions.` });
      return { verdict: 'invalid-signature', checks };
    }

    const signature = await this.signatureHolds(credential, profile, now);
    checks.push({ name: 'signature', ok: signature.ok, detail: signature.ok ? `Signed with ${method} (${CRYPTOSUITE}).` : `The signature does not match the credential: ${signature.error}` });
    if (!signature.ok) return { verdict: 'invalid-signature', checks };

    const status = await this.status(credential, profile, now, load);
    checks.push(status.check);

    const from = Date.parse(String(credential.validFrom));
    const until = credential.validUntil === undefined ? undefined : Date.parse(String(credential.validUntil));
    const expired = until !== undefined && now.getTime() > until;
    const early = now.getTime() < from;
    checks.push({
      name: 'validity-period',
      ok: !expired && !early,
      detail: expired
        ? `Expired on ${String(credential.validUntil)}.`
        : early
          ? `Not valid before ${String(credential.validFrom)}.`
          : `Valid from ${String(credential.validFrom)}${until !== undefined ? ` until ${String(credential.validUntil)}` : ', with no end date'}.`,
    });

    if (status.verdict) return { verdict: status.verdict, checks };
    if (expired) return { verdict: 'expired', checks };
    if (early) return { verdict: 'not-yet-valid', checks };
    return { verdict: 'valid', checks };
  }

  // The library's own verifier. Dates are judged apart (so an expired credential reads "expired", not a failed
  // signature): the library is asked as of a moment inside the validity period; status is checked apart too.
  private async signatureHolds(credential: Doc, profile: Profile, now: Date): Promise<{ ok: boolean; error?: string }> {
    const from = Date.parse(String(credential.validFrom));
    const until = credential.validUntil === undefined ? Infinity : Date.parse(String(credential.validUntil));
    const at = new Date(Math.min(Math.max(now.getTime(), from), until));
    const result = await vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader: documentLoader(this.keyResolver(profile)),
      controller: profile,
      checkStatus: () => Promise.resolve({ verified: true }),
      now: at,
    });
    if (result.verified) return { ok: true };
    const error = result.error?.errors?.[0]?.message ?? result.results?.[0]?.error?.message ?? result.error?.message ?? 'unknown reason';
    return { ok: false, error };
  }

  /** Answers the key's URL with the Multikey the (already resolved) issuer profile lists. */
  private keyResolver(profile: Profile) {
    return (url: string) => {
      if (url === profile.id) return Promise.resolve(profile);
      const key = asArray(profile.verificationMethod).find((k) => isObject(k) && k.id === url);
      return Promise.resolve(isObject(key) ? { '@context': MULTIKEY_V1, ...key } : undefined);
    };
  }

  private async status(
    credential: Doc,
    profile: Profile,
    now: Date,
    load: (url: string) => Promise<Doc>,
  ): Promise<{ check: Check; verdict?: Verdict }> {
    const entries = asArray(credential.credentialStatus).filter(isObject);
    const entry = entries.find((e) => e.type === 'BitstringStatusListEntry' && (e.statusPurpose ?? 'revocation') === 'revocation');
    if (!entry) return { check: { name: 'status', ok: true, detail: 'The credential names no revocation list.' } };
    const listUrl = String(entry.statusListCredential);
    const index = Number(entry.statusListIndex);
    try {
      if (!Number.isInteger(index) || index < 0) throw new Error(`statusListIndex ${String(entry.statusListIndex)} is not a list position`);
      const list = await load(listUrl);
      if (idOf(list.issuer) !== profile.id) throw new Error(`the list at ${listUrl} was not issued by ${profile.id}`);
      const signed = await this.signatureHolds(list, profile, now);
      if (!signed.ok) throw new Error(`the list's signature does not hold (${signed.error})`);
      const subject = isObject(list.credentialSubject) ? list.credentialSubject : {};
      const bits = await decodeList(String(subject.encodedList ?? ''));
      if (index >= bits.length) throw new Error(`position ${index} is outside the list`);
      if (!bits.get(index)) return { check: { name: 'status', ok: true, detail: `Not revoked (position ${index} of ${listUrl}).` } };
      return { check: { name: 'status', ok: false, detail: await this.revocationDetail(credential, profile) }, verdict: 'revoked' };
    } catch (error) {
      return { check: { name: 'status', ok: false, detail: `The revocation list could not be checked: ${message(error)}` }, verdict: 'unknown-issuer' };
    }
  }

  // For our own credentials, when and by which organisation; for others', what the list says.
  private async revocationDetail(credential: Doc, profile: Profile): Promise<string> {
    const uuid = String(credential.id ?? '').split('/').pop();
    const [row] = isUuid(uuid)
      ? await this.db.query<{ revokedAt: Date | null; reason: string | null; name: string }[]>(
          `select c.revoked_at as "revokedAt", c.revocation_reason as reason, o.name from issued_credentials c join organisations o on o.id = c.organisation_id where c.id = $1`,
          [uuid],
        )
      : [];
    const by = row?.name ?? (typeof profile.name === 'string' ? profile.name : profile.id);
    const when = row?.revokedAt ? ` on ${new Date(row.revokedAt).toISOString().slice(0, 10)}` : '';
    return `Revoked by ${by}${when}${row?.reason ? `: ${row.reason}` : ''}.`;
  }
}

/** Why the input is not an Open Badge 3.0 credential, or undefined when it is one. */
export function openBadgeShape(input: unknown): string | undefined {
  if (!isObject(input)) return 'The input is not a JSON object.';
  const contexts = asArray(input['@context']);
  if (contexts[0] !== CREDENTIALS_V2) return `The first @context must be ${CREDENTIALS_V2}.`;
  if (!contexts.some(isOpenBadgesContext)) return 'The @context does not include the Open Badges 3.0 context.';
  const types = asArray(input.type);
  if (!types.includes('VerifiableCredential')) return 'The type does not include VerifiableCredential.';
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) return 'The type does not include OpenBadgeCredential.';
  const issuer = idOf(input.issuer);
  if (!issuer) return 'The credential has no issuer id.';
  if (!isObject(input.credentialSubject)) return 'The credential has no credentialSubject.';
  if (Number.isNaN(Date.parse(String(input.validFrom)))) return 'validFrom is missing or not a date.';
  if (input.validUntil !== undefined && Number.isNaN(Date.parse(String(input.validUntil)))) return 'validUntil is not a date.';
  return undefined;
}
