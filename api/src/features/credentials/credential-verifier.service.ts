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
import { DocumentUnavailable } from './public-fetch.js';
import { messagesIn, type Language, type Say } from './verification-messages.js';

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

// A check as it is made: its detail is put into words at the end, in the reader's language.
interface Finding {
  name: string;
  ok: boolean;
  say: Say;
}

/** A failure whose reason is already a sentence in either language. */
class Refusal extends Error {
  constructor(readonly say: Say) {
    super(say(messagesIn('en')));
  }
}

type Doc = Record<string, unknown>;
type Profile = Doc & { id: string };

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : isObject(v) && typeof v.id === 'string' ? v.id : undefined);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
// A reason in the reader's language when FIT wrote it; a library's or the system's own message otherwise.
const because = (error: unknown): Say => (error instanceof DocumentUnavailable || error instanceof Refusal ? error.say : () => message(error));

@Injectable()
export class CredentialVerifier {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: IssuerDocumentsService,
  ) {}

  /** The verdict and its checks, the details in `language` (names and verdicts are the same in every language). */
  async verify(input: unknown, language: Language = 'en', now = new Date()): Promise<Verification> {
    const findings: Finding[] = [];
    let verdict: Verdict;
    try {
      verdict = await this.run(input, now, findings);
    } catch (error) {
      const why = because(error);
      findings.push({ name: 'signature', ok: false, say: (m) => m.unprocessable(why(m)) });
      verdict = 'invalid-signature';
    }
    const m = messagesIn(language);
    return { verdict, checks: findings.map(({ name, ok, say }) => ({ name, ok, detail: say(m) })) };
  }

  private async run(input: unknown, now: Date, checks: Finding[]): Promise<Verdict> {
    const shape = openBadgeShape(input);
    checks.push({ name: 'open-badge', ok: !shape, say: shape ?? ((m) => m.isOpenBadge()) });
    if (shape) return 'not-open-badge';
    const credential = input as Doc;
    const issuerUrl = idOf(credential.issuer)!;

    // The proof must be an eddsa-rdfc-2022 Data Integrity proof by a key the issuer publishes.
    const proofs = asArray(credential.proof).filter(isObject);
    const proof = proofs[0];
    const suiteProblem: Say | undefined = !proof
      ? (m) => m.noProof()
      : proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE
        ? (m) => m.wrongSuite(String(proof.type), String(proof.cryptosuite), CRYPTOSUITE)
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
      if (doc.id !== issuerUrl) throw new Refusal((m) => m.describesOther(issuerUrl, String(doc.id)));
      profile = doc as Profile;
      const name = typeof profile.name === 'string' ? profile.name : issuerUrl;
      checks.push({ name: 'issuer', ok: true, say: (m) => m.issuerResolved(name, issuerUrl) });
    } catch (error) {
      const why = because(error);
      checks.push({ name: 'issuer', ok: false, say: (m) => m.issuerUnavailable(why(m)) });
      return 'unknown-issuer';
    }

    if (suiteProblem) {
      checks.push({ name: 'signature', ok: false, say: suiteProblem });
      return 'invalid-signature';
    }
    const method = idOf(proof!.verificationMethod);
    const keys = asArray(profile.verificationMethod).filter(isObject);
    const key = keys.find((k) => k.id === method);
    const listed = asArray(profile.assertionMethod).some((m) => idOf(m) === method);
    if (!method || !key || !listed || key.controller !== issuerUrl) {
      checks.push({ name: 'signature', ok: false, say: (m) => m.keyNotPublished(String(method)) });
      return 'invalid-signature';
    }

    const signature = await this.signatureHolds(credential, profile, now);
    checks.push({ name: 'signature', ok: signature.ok, say: (m) => (signature.ok ? m.signedWith(method, CRYPTOSUITE) : m.signatureMismatch(String(signature.error))) });
    if (!signature.ok) return 'invalid-signature';

    const status = await this.status(credential, profile, now, load);
    checks.push(status.check);

    const from = Date.parse(String(credential.validFrom));
    const until = credential.validUntil === undefined ? undefined : Date.parse(String(credential.validUntil));
    const expired = until !== undefined && now.getTime() > until;
    const early = now.getTime() < from;
    const validFrom = String(credential.validFrom);
    const validUntil = until === undefined ? undefined : String(credential.validUntil);
    checks.push({
      name: 'validity-period',
      ok: !expired && !early,
      say: (m) => (expired ? m.expired(String(validUntil)) : early ? m.notYetValid(validFrom) : m.validPeriod(validFrom, validUntil)),
    });

    if (status.verdict) return status.verdict;
    if (expired) return 'expired';
    if (early) return 'not-yet-valid';
    return 'valid';
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
  ): Promise<{ check: Finding; verdict?: Verdict }> {
    const entries = asArray(credential.credentialStatus).filter(isObject);
    const entry = entries.find((e) => e.type === 'BitstringStatusListEntry' && (e.statusPurpose ?? 'revocation') === 'revocation');
    if (!entry) return { check: { name: 'status', ok: true, say: (m) => m.noStatusList() } };
    const listUrl = String(entry.statusListCredential);
    const index = Number(entry.statusListIndex);
    try {
      if (!Number.isInteger(index) || index < 0) throw new Refusal((m) => m.notListPosition(String(entry.statusListIndex)));
      const list = await load(listUrl);
      if (idOf(list.issuer) !== profile.id) throw new Refusal((m) => m.listOfOther(listUrl, profile.id));
      const signed = await this.signatureHolds(list, profile, now);
      if (!signed.ok) throw new Refusal((m) => m.listSignature(String(signed.error)));
      const subject = isObject(list.credentialSubject) ? list.credentialSubject : {};
      const bits = await decodeList(String(subject.encodedList ?? ''));
      if (index >= bits.length) throw new Refusal((m) => m.outsideList(index));
      if (!bits.get(index)) return { check: { name: 'status', ok: true, say: (m) => m.notRevoked(index, listUrl) } };
      return { check: { name: 'status', ok: false, say: await this.revocationDetail(credential, profile) }, verdict: 'revoked' };
    } catch (error) {
      const why = because(error);
      return { check: { name: 'status', ok: false, say: (m) => m.statusUnchecked(why(m)) }, verdict: 'unknown-issuer' };
    }
  }

  // For our own credentials, when and by which organisation; for others', what the list says.
  private async revocationDetail(credential: Doc, profile: Profile): Promise<Say> {
    const uuid = String(credential.id ?? '').split('/').pop();
    const [row] = isUuid(uuid)
      ? await this.db.query<{ revokedAt: Date | null; reason: string | null; name: string }[]>(
          `select c.revoked_at as "revokedAt", c.revocation_reason as reason, o.name from issued_credentials c join organisations o on o.id = c.organisation_id where c.id = $1`,
          [uuid],
        )
      : [];
    const by = row?.name ?? (typeof profile.name === 'string' ? profile.name : profile.id);
    const on = row?.revokedAt ? new Date(row.revokedAt).toISOString().slice(0, 10) : undefined;
    return (m) => m.revoked(by, on, row?.reason ?? undefined);
  }
}

/** Why the input is not an Open Badge 3.0 credential, or undefined when it is one. */
export function openBadgeShape(input: unknown): Say | undefined {
  if (!isObject(input)) return (m) => m.notObject();
  const contexts = asArray(input['@context']);
  if (contexts[0] !== CREDENTIALS_V2) return (m) => m.firstContext(CREDENTIALS_V2);
  if (!contexts.some(isOpenBadgesContext)) return (m) => m.noOpenBadgesContext();
  const types = asArray(input.type);
  if (!types.includes('VerifiableCredential')) return (m) => m.noType('VerifiableCredential');
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) return (m) => m.noType('OpenBadgeCredential');
  const issuer = idOf(input.issuer);
  if (!issuer) return (m) => m.noIssuer();
  if (!isObject(input.credentialSubject)) return (m) => m.noSubject();
  if (Number.isNaN(Date.parse(String(input.validFrom)))) return (m) => m.validFromMissing();
  if (input.validUntil !== undefined && Number.isNaN(Date.parse(String(input.validUntil)))) return (m) => m.validUntilNotDate();
  return undefined;
}
