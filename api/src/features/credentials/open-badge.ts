// The unsigned OpenBadgeCredential of an award, and the issuer Profile that publishes the organisation's keys.
// Pure functions of what the database holds, so the document's shape is tested without signing anything.
import { CREDENTIALS_V2, MULTIKEY_V1, OPEN_BADGES_V3 } from './linked-data.js';

export interface Text {
  en: string;
  fr?: string;
}

export interface AwardFacts {
  credentialId: string;
  issuer: { id: string; name: string; url: string };
  worker: { id: string; name: string };
  qualification: { id: string; code: string; title: Text; scheme: string; schemeTitle: Text; awardingBody: string; country: string; practicalValidation: boolean };
  framework: { code: string; title: Text };
  ulos: { code: string; title: Text; eqfLevel: number; esco: string[] }[];
  evidence: EvidenceSummary;
  awardedAt: string;
  expiresAt: string | null;
  status: { listUrl: string; index: number };
}

export interface EvidenceSummary {
  ulos: number;
  modules: number;
  validatedOnSite: number;
  firstAt: string | null;
  lastAt: string | null;
}

const EQF = (level: number) => `http://data.europa.eu/snb/eqf/${level}`;
const startOfDay = (date: string) => `${date.slice(0, 10)}T00:00:00Z`;
// An award "expires on" a date: it is valid through the day before, so validUntil is the first instant of that day.
const endOf = (date: string) => startOfDay(date);

export function openBadgeCredential(f: AwardFacts) {
  const eqfLevel = f.ulos.length ? Math.max(...f.ulos.map((u) => u.eqfLevel)) : null;
  const alignment = [
    ...f.ulos.map((u) => ({
      type: ['Alignment'],
      targetName: u.title.en,
      targetCode: u.code,
      targetDescription: u.esco.length ? `ESCO: ${u.esco.join(' ')}` : undefined,
      targetFramework: f.framework.title.en,
      // The ULO's ESCO skill when the framework names one; otherwise the unit itself, by a stable URN.
      targetUrl: u.esco[0] ?? `urn:fit:ulo:${encodeURIComponent(f.framework.code)}:${encodeURIComponent(u.code)}`,
      targetType: 'ceasn:Competency',
    })),
    ...(eqfLevel
      ? [{ type: ['Alignment'], targetName: `EQF level ${eqfLevel}`, targetCode: String(eqfLevel), targetFramework: 'European Qualifications Framework', targetUrl: EQF(eqfLevel), targetType: 'ext:EQFLevel' }]
      : []),
  ].map(withoutUndefined);
  return {
    '@context': [CREDENTIALS_V2, OPEN_BADGES_V3],
    id: f.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: f.qualification.title.en,
    description: `${f.qualification.scheme} ${f.qualification.code}: ${f.qualification.title.en}`,
    issuer: { id: f.issuer.id, type: ['Profile'], name: f.issuer.name, url: f.issuer.url },
    validFrom: startOfDay(f.awardedAt),
    ...(f.expiresAt ? { validUntil: endOf(f.expiresAt) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      // The worker by name and by FIT's stable identifier for them; never their e-mail.
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: f.worker.name },
        { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: `urn:uuid:${f.worker.id}` },
      ],
      achievement: {
        id: `urn:uuid:${f.qualification.id}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: f.qualification.title.en,
        description: `${f.qualification.title.en}${f.qualification.title.fr ? ` / ${f.qualification.title.fr}` : ''} — ${f.qualification.schemeTitle.en} (${f.qualification.awardingBody}, ${f.qualification.country}).`,
        humanCode: `${f.qualification.scheme} ${f.qualification.code}`,
        criteria: { narrative: criteria(f) },
        alignment,
        inLanguage: 'en',
        creator: { id: f.issuer.id, type: ['Profile'], name: f.issuer.name },
        ...(eqfLevel ? { tag: [`EQF ${eqfLevel}`] } : {}),
      },
    },
    credentialStatus: {
      id: `${f.status.listUrl}#${f.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(f.status.index),
      statusListCredential: f.status.listUrl,
    },
    // A summary only: counts and dates of the work behind the award; no photos, no names but the holder's.
    evidence: [{ type: ['Evidence'], name: 'Evidence summary', narrative: evidenceNarrative(f.evidence) }],
  };
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;

function criteria(f: AwardFacts): string {
  const units = f.ulos.map((u) => `- ${u.code}: ${u.title.en}`).join('\n');
  const practical = f.qualification.practicalValidation ? ' Practical work was validated on site by a trainer.' : '';
  return `Awarded when the learning outcome units required by ${f.qualification.scheme} ${f.qualification.code} are achieved through FIT modules.${practical}\n${units}`;
}

export function evidenceNarrative(e: EvidenceSummary): string {
  const span = e.firstAt && e.lastAt ? ` between ${e.firstAt.slice(0, 10)} and ${e.lastAt.slice(0, 10)}` : '';
  return `${e.ulos} learning outcome unit(s) achieved through ${e.modules} module(s) completed${span}; ${e.validatedOnSite} validated on site by a trainer.`;
}

/** The organisation's OB Profile: every key it ever signed with, so credentials signed before a rotation still verify. */
export function issuerProfile(issuer: { id: string; name: string; url: string }, keys: { keyId: string; publicKeyMultibase: string }[]) {
  const methods = keys.map((k) => ({ id: `${issuer.id}#${k.keyId}`, type: 'Multikey', controller: issuer.id, publicKeyMultibase: k.publicKeyMultibase }));
  return {
    '@context': [CREDENTIALS_V2, OPEN_BADGES_V3, MULTIKEY_V1],
    id: issuer.id,
    type: 'Profile',
    name: issuer.name,
    url: issuer.url,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
