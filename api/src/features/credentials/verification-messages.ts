// What a verification says about each check, in English and French. A check's `name` and the verdict stay machine
// values; only `detail` is for people, so only it is translated. Messages from the signing library itself (why a
// signature failed) come in English inside the translated sentence.
export type Language = 'en' | 'fr';

const en = {
  isOpenBadge: () => 'A Verifiable Credential 2.0 with the Open Badges 3.0 context and type.',
  notObject: () => 'The input is not a JSON object.',
  firstContext: (context: string) => `The first @context must be ${context}.`,
  noOpenBadgesContext: () => 'The @context does not include the Open Badges 3.0 context.',
  noType: (type: string) => `The type does not include ${type}.`,
  noIssuer: () => 'The credential has no issuer id.',
  noSubject: () => 'The credential has no credentialSubject.',
  validFromMissing: () => 'validFrom is missing or not a date.',
  validUntilNotDate: () => 'validUntil is not a date.',
  unprocessable: (why: string) => `The credential could not be processed: ${why}`,
  noProof: () => 'The credential has no proof.',
  wrongSuite: (type: string, suite: string, expected: string) => `The proof is ${type} / ${suite}; this verifier accepts DataIntegrityProof with ${expected}.`,
  issuerResolved: (name: string, url: string) => `Issuer profile of ${name} resolved at ${url}.`,
  issuerUnavailable: (why: string) => `The issuer's profile and keys could not be obtained: ${why}`,
  describesOther: (url: string, other: string) => `the document at ${url} describes ${other}`,
  keyNotPublished: (method: string) => `The proof names the key ${method}, which the issuer does not publish for assertions.`,
  signedWith: (method: string, suite: string) => `Signed with ${method} (${suite}).`,
  signatureMismatch: (why: string) => `The signature does not match the credential: ${why}`,
  noStatusList: () => 'The credential names no revocation list.',
  notRevoked: (index: number, list: string) => `Not revoked (position ${index} of ${list}).`,
  revoked: (by: string, on: string | undefined, reason: string | undefined) => `Revoked by ${by}${on ? ` on ${on}` : ''}${reason ? `: ${reason}` : ''}.`,
  statusUnchecked: (why: string) => `The revocation list could not be checked: ${why}`,
  notListPosition: (index: string) => `statusListIndex ${index} is not a list position`,
  listOfOther: (list: string, issuer: string) => `the list at ${list} was not issued by ${issuer}`,
  listSignature: (why: string) => `the list's signature does not hold (${why})`,
  outsideList: (index: number) => `position ${index} is outside the list`,
  expired: (until: string) => `Expired on ${until}.`,
  notYetValid: (from: string) => `Not valid before ${from}.`,
  validPeriod: (from: string, until: string | undefined) => `Valid from ${from}${until !== undefined ? ` until ${until}` : ', with no end date'}.`,
  // Why another issuer's document could not be obtained.
  notUrl: (url: string) => `${url} is not a URL`,
  notHttp: (url: string) => `${url} is not an http(s) URL`,
  notPublishedHere: (url: string) => `${url} is not published by this FIT`,
  answered: (url: string, status: number) => `${url} answered ${status}`,
  notJson: (url: string) => `${url} is not JSON`,
  notJsonObject: (url: string) => `${url} is not a JSON object`,
  tooLarge: (url: string, bytes: number) => `${url} is larger than ${bytes} bytes`,
  tooManyRedirects: (url: string, max: number) => `${url} redirects more than ${max} times`,
  noAnswer: (url: string, seconds: number) => `${url} gave no answer within ${seconds} s`,
  unreachable: (url: string, why: string) => `${url} could not be fetched (${why})`,
  noAddress: (host: string) => `${host} has no address`,
  unresolved: (host: string, why: string) => `${host} could not be resolved (${why})`,
  privateAddress: (where: string, range: string) => `${where} is a ${range} address, not a public one: FIT does not fetch from it`,
  range: (range: string) =>
    ({ linkLocal: 'link-local', uniqueLocal: 'unique-local', carrierGradeNat: 'shared (carrier-grade NAT)', ipv4Mapped: 'IPv4-mapped' })[range] ?? range,
};

export type Messages = typeof en;

const fr: Messages = {
  isOpenBadge: () => 'Une attestation vérifiable (Verifiable Credential 2.0) avec le contexte et le type Open Badges 3.0.',
  notObject: () => 'Le contenu n’est pas un objet JSON.',
  firstContext: (context) => `Le premier @context doit être ${context}.`,
  noOpenBadgesContext: () => 'Le @context ne comprend pas le contexte Open Badges 3.0.',
  noType: (type) => `Le type ne comprend pas ${type}.`,
  noIssuer: () => 'L’attestation n’a pas d’identifiant d’émetteur.',
  noSubject: () => 'L’attestation n’a pas de credentialSubject.',
  validFromMissing: () => 'validFrom manque ou n’est pas une date.',
  validUntilNotDate: () => 'validUntil n’est pas une date.',
  unprocessable: (why) => `L’attestation n’a pas pu être traitée : ${why}`,
  noProof: () => 'L’attestation n’a pas de preuve.',
  wrongSuite: (type, suite, expected) => `La preuve est ${type} / ${suite} ; ce vérificateur accepte DataIntegrityProof avec ${expected}.`,
  issuerResolved: (name, url) => `Profil d’émetteur de ${name} obtenu à ${url}.`,
  issuerUnavailable: (why) => `Le profil et les clés de l’émetteur n’ont pas pu être obtenus : ${why}`,
  describesOther: (url, other) => `le document à ${url} décrit ${other}`,
  keyNotPublished: (method) => `La preuve nomme la clé ${method}, que l’émetteur ne publie pas pour ses attestations.`,
  signedWith: (method, suite) => `Signée avec ${method} (${suite}).`,
  signatureMismatch: (why) => `La signature ne correspond pas à l’attestation : ${why}`,
  noStatusList: () => 'L’attestation ne nomme aucune liste de révocation.',
  notRevoked: (index, list) => `Non révoquée (position ${index} de ${list}).`,
  revoked: (by, on, reason) => `Révoquée par ${by}${on ? ` le ${on}` : ''}${reason ? ` : ${reason}` : ''}.`,
  statusUnchecked: (why) => `La liste de révocation n’a pas pu être vérifiée : ${why}`,
  notListPosition: (index) => `statusListIndex ${index} n’est pas une position dans la liste`,
  listOfOther: (list, issuer) => `la liste à ${list} n’a pas été émise par ${issuer}`,
  listSignature: (why) => `la signature de la liste ne tient pas (${why})`,
  outsideList: (index) => `la position ${index} est hors de la liste`,
  expired: (until) => `Expirée le ${until}.`,
  notYetValid: (from) => `Pas valide avant le ${from}.`,
  validPeriod: (from, until) => `Valide du ${from}${until !== undefined ? ` au ${until}` : ', sans date de fin'}.`,
  notUrl: (url) => `${url} n’est pas une URL`,
  notHttp: (url) => `${url} n’est pas une URL http(s)`,
  notPublishedHere: (url) => `${url} n’est pas publié par ce FIT`,
  answered: (url, status) => `${url} a répondu ${status}`,
  notJson: (url) => `${url} n’est pas du JSON`,
  notJsonObject: (url) => `${url} n’est pas un objet JSON`,
  tooLarge: (url, bytes) => `${url} dépasse ${bytes} octets`,
  tooManyRedirects: (url, max) => `${url} redirige plus de ${max} fois`,
  noAnswer: (url, seconds) => `${url} n’a pas répondu en ${seconds} s`,
  unreachable: (url, why) => `${url} n’a pas pu être obtenu (${why})`,
  noAddress: (host) => `${host} n’a pas d’adresse`,
  unresolved: (host, why) => `${host} n’a pas pu être résolu (${why})`,
  privateAddress: (where, range) => `${where} est une adresse ${range}, pas une adresse publique : FIT ne va pas la chercher`,
  range: (range) =>
    ({
      loopback: 'de bouclage',
      private: 'privée',
      linkLocal: 'lien-local',
      uniqueLocal: 'locale unique',
      multicast: 'multicast',
      unspecified: 'non spécifiée',
      carrierGradeNat: 'partagée (NAT d’opérateur)',
      reserved: 'réservée',
      broadcast: 'de diffusion',
    })[range] ?? range,
};

const CATALOGUES: Record<Language, Messages> = { en, fr };

/** A sentence not yet put into words: rendered in the reader's language at the end. */
export type Say = (m: Messages) => string;

export const messagesIn = (language: Language): Messages => CATALOGUES[language];

/** English is the default; a reader who asks for French gets French. */
export const isLanguage = (v: unknown): v is Language => v === 'en' || v === 'fr';
