// The verbs FIT writes: ADL's vocabulary, plus FIT's own for a trainer's verdict on practical work and for recall.
export const ADL_VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;

export const FIT_VERBS = {
  validated: 'https://w3id.org/fit/xapi/verbs/validated',
  rejected: 'https://w3id.org/fit/xapi/verbs/rejected',
  /** A question answered again in a spaced recall (result.success says whether it was remembered). */
  recalled: 'https://w3id.org/fit/xapi/verbs/recalled',
} as const;

/** Account home page that marks an actor as a FIT user; the account name is the user's id. */
export const FIT_ACCOUNT_HOMEPAGE = 'https://w3id.org/fit/users';

export const XAPI_VERSION = '2.0.0';

/** Result and context extensions FIT writes on practical tasks. */
export const FIT_EXTENSIONS = {
  /** Media ids of photos taken as evidence. */
  evidence: 'https://w3id.org/fit/xapi/extensions/evidence',
  /** true when the practical task waits for a trainer's sign-off. */
  signOffRequested: 'https://w3id.org/fit/xapi/extensions/sign-off-requested',
  /** The learner a trainer's validation is about (an Agent). */
  learner: 'https://w3id.org/fit/xapi/extensions/learner',
} as const;
