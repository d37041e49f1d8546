// A worker's passport as a European Learning Model (ELM 3) JSON-LD document, for wallets that take Europass
// credentials: one learning achievement per credential FIT issued them (revoked ones left out), each specified by
// its qualification with the ULOs as learning outcomes (ESCO skills where known) and the EQF level. Built from the
// signed credentials themselves, so it says no more than they do. Unsigned: the Open Badges are the proofs.
export const ELM_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

type Doc = Record<string, unknown>;
const obj = (v: unknown): Doc => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : {});
const list = (v: unknown): Doc[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const lang = (text: string) => ({ en: [text] });

export function passportElm(worker: { id: string; name: string }, credentials: Doc[], issuedAt = new Date()) {
  const achievements = credentials.map((c) => {
    const achievement = obj(obj(c.credentialSubject).achievement);
    const issuer = obj(c.issuer);
    const alignments = list(achievement.alignment);
    const eqf = alignments.find((a) => a.targetType === 'ext:EQFLevel');
    const outcomes = alignments
      .filter((a) => a.targetType !== 'ext:EQFLevel')
      .map((a) => ({
        id: `${str(c.id)}#ulo-${encodeURIComponent(str(a.targetCode))}`,
        type: 'LearningOutcome',
        title: lang(str(a.targetName)),
        ...(str(a.targetUrl).startsWith('http://data.europa.eu/esco/') ? { relatedESCOSkill: [{ id: str(a.targetUrl), type: 'Concept' }] } : {}),
      }));
    return {
      id: `${str(c.id)}#achievement`,
      type: 'LearningAchievement',
      title: lang(str(achievement.name)),
      ...(str(achievement.description) ? { description: lang(str(achievement.description)) } : {}),
      awardedBy: {
        id: `${str(c.id)}#awarding`,
        type: 'AwardingProcess',
        awardingBody: [{ id: str(issuer.id), type: 'Organisation', legalName: lang(str(issuer.name)) }],
        awardingDate: str(c.validFrom),
      },
      ...(c.validUntil ? { expiryPeriod: str(c.validUntil) } : {}),
      // The signed Open Badge this achievement comes from, for anyone who wants the proof.
      supplementaryDocument: [{ id: `${str(c.id)}#document`, type: 'WebResource', contentURL: str(c.id) }],
      specifiedBy: {
        id: str(achievement.id),
        type: 'Qualification',
        title: lang(str(achievement.name)),
        ...(eqf ? { eqfLevel: { id: str(eqf.targetUrl), type: 'Concept' } } : {}),
        learningOutcome: outcomes,
      },
    };
  });
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', ELM_CONTEXT],
    id: `urn:uuid:${worker.id}:passport:${issuedAt.toISOString().slice(0, 10)}`,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    validFrom: issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      id: `urn:uuid:${worker.id}`,
      type: 'Person',
      fullName: lang(worker.name),
      hasClaim: achievements,
    },
  };
}
