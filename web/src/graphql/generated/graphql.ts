/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** Required for a new account; ignored when linking an existing one */
  displayName?: string | null | undefined;
  /** A new password, or the existing account's password to link it */
  password: string;
  token: string;
};

export type AddWorkerInput = {
  displayName: string;
  /** Optional; links an existing FIT account (e.g. from a former employer) */
  email?: string | null | undefined;
  /** BCP 47 language, e.g. fr, en, pt, ar */
  language: string;
  trade: string;
};

export type AssignModuleInput = {
  /** ISO date, today or later */
  dueOn: string;
  moduleVersionId: string | number;
  /** Why: a work phase, or elements of the building model */
  reason?: string | null | undefined;
  /** The site the work happens on; alone, the site's whole crew */
  siteId?: string | number | null | undefined;
  /** Every current member of this team */
  teamId?: string | number | null | undefined;
  /** These workers */
  workerIds?: Array<string | number> | null | undefined;
};

/** Where the worker stands, derived from their records */
export type AssignmentStatus =
  | 'awaiting_sign_off'
  | 'completed'
  | 'failed'
  | 'in_progress'
  | 'not_started'
  | 'passed'
  | 'to_redo'
  | 'validated';

/** How one attempt at a module ended, if it did */
export type AttemptOutcome =
  | 'completed'
  | 'failed'
  | 'in_progress'
  | 'passed';

export type BimModelStatus =
  | 'failed'
  | 'parsing'
  | 'ready'
  | 'uploaded';

export type BimPropertyOp =
  | 'eq'
  | 'exists'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'neq';

export type ClauseContractInput = {
  buyer: string;
  endsOn: string;
  lots: Array<ClauseLotInput>;
  reference: string;
  startsOn: string;
  territoryId?: string | number | null | undefined;
  title: string;
  totalLabourHours?: number | null | undefined;
};

export type ClauseHoursInput = {
  /** Required to correct a validated month (a new declaration) */
  correctionReason?: string | null | undefined;
  hoursWorked: number;
  lotId: string | number;
  /** YYYY-MM */
  month: string;
  participantId: string | number;
  /** Required when training hours differ from what FIT computed */
  trainingCorrectionReason?: string | null | undefined;
  /** Leave out to take what FIT computed from the month’s training */
  trainingHours?: number | null | undefined;
};

export type ClauseLotInput = {
  /** Awarded companies in FIT (sharing with the body) */
  companyIds: Array<string | number>;
  label: string;
  /** Awarded companies not in FIT, by name */
  otherCompanyNames?: Array<string>;
  /** The clause’s hours target for this lot */
  targetHours: number;
};

export type ClauseParticipantInput = {
  /** longTermJobSeeker, plie, under26NoQualification, rsa, rqth, iae or other */
  category: string;
  contractId: string | number;
  endsOn?: string | null | undefined;
  /** The type of evidence seen; the document itself is never stored */
  evidenceType: string;
  startsOn: string;
  workerId: string | number;
};

export type CreateAfestInput = {
  /** The trainer's short assessment of the starting point */
  positioningNote: string;
  /** ULO codes the AFEST aims at */
  targetUlos: Array<string>;
  title: string;
  workerId: string | number;
};

export type CreateInvitationInput = {
  email: string;
  /** The viewer's organisation, or (network admins) one their network created */
  organisationId: string | number;
  /** manager or trainer */
  role: string;
};

export type CreateModuleInput = {
  /** ModuleContent; a draft may be incomplete but must be well formed */
  content: unknown;
  /** Defaults to one made from the title */
  slug?: string | null | undefined;
};

export type CreateOrganisationInput = {
  /** sme, training_centre or network */
  kind: string;
  name: string;
  /** Lower-case letters, digits and dashes, 3 to 64 characters, e.g. renov-lyon */
  slug: string;
};

export type CreateTenderRequirementInput = {
  clause?: string | null | undefined;
  qualifications?: Array<string>;
  siteId: string | number;
  title: string;
  ulos?: Array<string>;
};

/** Where a credential stands today, as FIT, its issuer, knows it */
export type CredentialState =
  | 'expired'
  | 'revoked'
  | 'valid';

export type DrawnSignatureInput = {
  height: number;
  /** SVG path data (M and L commands) */
  path: string;
  width: number;
};

export type ElementFilterInput = {
  globalIds?: Array<string> | null | undefined;
  /** e.g. 'IfcWall' (includes IfcWallStandardCase) */
  ifcClass?: string | null | undefined;
  includeSubclasses?: boolean | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  predefinedType?: string | null | undefined;
  properties?: Array<PropertyConditionInput> | null | undefined;
  storey?: string | null | undefined;
};

export type ForecastHeadcountInput = {
  label: string;
  territoryId: string | number;
  ulo: string;
  workers: number;
};

export type ForecastProjectInput = {
  buildingType: string;
  dwellings?: number | null | undefined;
  floorArea?: number | null | undefined;
  name: string;
  packages: Array<WorkQuantityInput>;
  territoryId: string | number;
  years: Array<number>;
};

export type ForecastRatioInput = {
  hoursPerUnit: Array<TradeHoursInput>;
  source?: string;
  ulos: Array<string>;
  workPackage: string;
};

export type JoinPositioningInput = {
  code: string;
  /** Must be true: the candidate agreed on the consent screen */
  consent: boolean;
  /** A first name or a pseudonym, nothing more */
  firstName: string;
  language?: string;
};

export type ModuleFilterInput = {
  /** Two-letter code of a language the module is written in */
  language?: string | null | undefined;
  /** Only modules that take at most this many minutes */
  maxMinutes?: number | null | undefined;
  /** A learning outcome code, e.g. ULO-AIR-01 */
  outcome?: string | null | undefined;
  /** Words of the title, in any language */
  search?: string | null | undefined;
  topic?: string | null | undefined;
  trade?: string | null | undefined;
};

/** A draft is edited by authors only; a published version is frozen */
export type ModuleVersionStatus =
  | 'draft'
  | 'published';

/** What a password reset link can still do */
export type PasswordResetState =
  | 'expired'
  | 'invalid'
  | 'used'
  | 'valid';

export type PlanAfestSequenceInput = {
  /** The practical step on site */
  activity: string;
  afestId: string | number;
  moduleVersionId?: string | number | null | undefined;
  plannedMinutes: number;
  /** YYYY-MM-DD */
  plannedOn: string;
  siteId?: string | number | null | undefined;
};

export type PositioningSessionInput = {
  /** YYYY-MM-DD */
  date: string;
  language?: string;
  name: string;
};

export type PropertyConditionInput = {
  boolValue?: boolean | null | undefined;
  name: string;
  numberValue?: number | null | undefined;
  op: BimPropertyOp;
  stringValue?: string | null | undefined;
};

/** Where a worker stands on a qualification */
export type QualificationState =
  | 'expired'
  | 'expiring'
  | 'held'
  | 'in_progress'
  | 'missing';

export type ReferenceUloInput = {
  autonomy?: Array<string>;
  code: string;
  credits?: number | null | undefined;
  eqfLevel: number;
  esco?: Array<string>;
  knowledge?: Array<string>;
  skills?: Array<string>;
  title: string;
  titleFr?: string | null | undefined;
  topic?: string;
};

/** A membership's role inside one organisation */
export type Role =
  | 'admin'
  | 'facilitator'
  | 'manager'
  | 'planner'
  | 'trainer'
  | 'worker';

export type ScenarioSetInput = {
  central: number;
  high: number;
  low: number;
  name: string;
  productiveHours: number;
  territoryId: string | number;
};

export type SchemeQualificationInput = {
  /** n of the units; null or absent: all of them */
  nOf?: number | null | undefined;
  practicalValidation: boolean;
  title: string;
  titleFr?: string | null | undefined;
  units: Array<string>;
  validityMonths?: number | null | undefined;
};

export type SiteInput = {
  address?: string;
  /** Who the works are for (owner or main contractor) */
  client?: string;
  /** The contract the site belongs to, if any */
  contractReference?: string | null | undefined;
  /** ISO date (YYYY-MM-DD) the works end; not before the start */
  endsOn?: string | null | undefined;
  name: string;
  /** ISO date (YYYY-MM-DD) the works start */
  startsOn?: string | null | undefined;
  /** IANA time zone, e.g. Europe/Paris */
  timeZone: string;
};

/** Whether works still go on at a site */
export type SiteStatus =
  | 'active'
  | 'closed';

export type TenderRequirementInput = {
  clause?: string | null | undefined;
  qualifications?: Array<string>;
  title: string;
  ulos?: Array<string>;
};

export type TerritoryInput = {
  /** INSEE commune codes (e.g. 69381, 2A004) or EPCI SIREN numbers (9 digits) */
  codes: Array<string>;
  name: string;
};

export type TradeHoursInput = {
  hours: number;
  trade: string;
};

export type UloState =
  /** The module is done; its practical step waits for validation on site */
  | 'awaiting_validation'
  | 'expired'
  | 'held'
  | 'missing';

export type UpdateModuleDraftInput = {
  /** The whole new draft content (ModuleContent) */
  content: unknown;
  moduleId: string | number;
};

/** A trainer's decision on a practical task */
export type Verdict =
  | 'to_redo'
  | 'validated';

export type WorkQuantityInput = {
  quantity: number;
  workPackage: string;
};

export type AfestFieldsFragment = { id: string, title: string, workerId: string, workerName: string, trainerId: string, trainerName: string, targetUlos: Array<string>, positioningNote: string, positionedAt: string, lockedAt: string | null, heldUlos: Array<{ code: string, title: string, titleFr: string | null }>, sequences: Array<{ id: string, activity: string, moduleTitle: string | null, plannedOn: string, siteName: string | null, plannedMinutes: number, reflections: Array<{ id: string, done: string, learned: string, difficulties: string, dictated: boolean, recordedAt: string, afterLock: boolean }> }>, evaluations: Array<{ statementId: string, moduleTitle: string | null, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string }>, signatures: Array<{ role: string, signerId: string, signerName: string, signedAt: string }>, additions: Array<{ id: string, authorName: string, reason: string, note: string, createdAt: string }>, hours: { plannedHours: number, realisedHours: number } };

export type AfestListQueryVariables = Exact<{ [key: string]: never; }>;


export type AfestListQuery = { afests: Array<{ id: string, title: string, workerName: string, trainerName: string, lockedAt: string | null, hours: { plannedHours: number, realisedHours: number } }>, workers: Array<{ id: string, displayName: string }> };

export type AfestQueryVariables = Exact<{
  id: string | number;
}>;


export type AfestQuery = { afest: { id: string, title: string, workerId: string, workerName: string, trainerId: string, trainerName: string, targetUlos: Array<string>, positioningNote: string, positionedAt: string, lockedAt: string | null, heldUlos: Array<{ code: string, title: string, titleFr: string | null }>, sequences: Array<{ id: string, activity: string, moduleTitle: string | null, plannedOn: string, siteName: string | null, plannedMinutes: number, reflections: Array<{ id: string, done: string, learned: string, difficulties: string, dictated: boolean, recordedAt: string, afterLock: boolean }> }>, evaluations: Array<{ statementId: string, moduleTitle: string | null, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string }>, signatures: Array<{ role: string, signerId: string, signerName: string, signedAt: string }>, additions: Array<{ id: string, authorName: string, reason: string, note: string, createdAt: string }>, hours: { plannedHours: number, realisedHours: number } }, sites: Array<{ id: string, name: string }>, modules: Array<{ id: string, latestPublished: { id: string, title: { text: string } } | null }> };

export type MyAfestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAfestsQuery = { myAfests: Array<{ id: string, title: string, trainerId: string, trainerName: string, lockedAt: string | null, sequences: Array<{ id: string, activity: string, plannedOn: string, reflections: Array<{ id: string, done: string, recordedAt: string }> }>, signatures: Array<{ role: string, signedAt: string }> }> };

export type AfestPositioningQueryVariables = Exact<{
  workerId?: string | number | null | undefined;
}>;


export type AfestPositioningQuery = { passport: { workerId: string, ulos: Array<{ code: string, title: string, titleFr: string | null, state: UloState }> }, passportInputs: { catalogue: unknown } };

export type CreateAfestMutationVariables = Exact<{
  input: CreateAfestInput;
}>;


export type CreateAfestMutation = { createAfest: { id: string } };

export type PlanAfestSequenceMutationVariables = Exact<{
  input: PlanAfestSequenceInput;
}>;


export type PlanAfestSequenceMutation = { planAfestSequence: { id: string, title: string, workerId: string, workerName: string, trainerId: string, trainerName: string, targetUlos: Array<string>, positioningNote: string, positionedAt: string, lockedAt: string | null, heldUlos: Array<{ code: string, title: string, titleFr: string | null }>, sequences: Array<{ id: string, activity: string, moduleTitle: string | null, plannedOn: string, siteName: string | null, plannedMinutes: number, reflections: Array<{ id: string, done: string, learned: string, difficulties: string, dictated: boolean, recordedAt: string, afterLock: boolean }> }>, evaluations: Array<{ statementId: string, moduleTitle: string | null, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string }>, signatures: Array<{ role: string, signerId: string, signerName: string, signedAt: string }>, additions: Array<{ id: string, authorName: string, reason: string, note: string, createdAt: string }>, hours: { plannedHours: number, realisedHours: number } } };

export type SignAfestMutationVariables = Exact<{
  afestId: string | number;
  signature: DrawnSignatureInput;
}>;


export type SignAfestMutation = { signAfest: { id: string, title: string, workerId: string, workerName: string, trainerId: string, trainerName: string, targetUlos: Array<string>, positioningNote: string, positionedAt: string, lockedAt: string | null, heldUlos: Array<{ code: string, title: string, titleFr: string | null }>, sequences: Array<{ id: string, activity: string, moduleTitle: string | null, plannedOn: string, siteName: string | null, plannedMinutes: number, reflections: Array<{ id: string, done: string, learned: string, difficulties: string, dictated: boolean, recordedAt: string, afterLock: boolean }> }>, evaluations: Array<{ statementId: string, moduleTitle: string | null, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string }>, signatures: Array<{ role: string, signerId: string, signerName: string, signedAt: string }>, additions: Array<{ id: string, authorName: string, reason: string, note: string, createdAt: string }>, hours: { plannedHours: number, realisedHours: number } } };

export type AddAfestNoteMutationVariables = Exact<{
  afestId: string | number;
  reason: string;
  note: string;
}>;


export type AddAfestNoteMutation = { addAfestNote: { id: string, title: string, workerId: string, workerName: string, trainerId: string, trainerName: string, targetUlos: Array<string>, positioningNote: string, positionedAt: string, lockedAt: string | null, heldUlos: Array<{ code: string, title: string, titleFr: string | null }>, sequences: Array<{ id: string, activity: string, moduleTitle: string | null, plannedOn: string, siteName: string | null, plannedMinutes: number, reflections: Array<{ id: string, done: string, learned: string, difficulties: string, dictated: boolean, recordedAt: string, afterLock: boolean }> }>, evaluations: Array<{ statementId: string, moduleTitle: string | null, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string }>, signatures: Array<{ role: string, signerId: string, signerName: string, signedAt: string }>, additions: Array<{ id: string, authorName: string, reason: string, note: string, createdAt: string }>, hours: { plannedHours: number, realisedHours: number } } };

export type AssignTargetsQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
}>;


export type AssignTargetsQuery = { modules: Array<{ id: string, slug: string, latestPublished: { id: string, version: number, title: { text: string } } | null }>, teams: Array<{ id: string, name: string, members: Array<{ id: string }> }>, workers: Array<{ id: string, displayName: string, trade: string | null }>, sites: Array<{ id: string, timeZone: string, name: string }> };

export type AssignModuleMutationVariables = Exact<{
  input: AssignModuleInput;
}>;


export type AssignModuleMutation = { assignModule: { batchId: string, assigned: number } };

export type MyDayQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDayQuery = { myAssignments: Array<{ id: string, dueOn: string, reason: string, status: AssignmentStatus, overdue: boolean, createdAt: string, moduleVersion: { id: string, version: number, content: unknown, title: { text: string, lang: string | null, fellBack: boolean } } | null, progress: { bestScore: number | null, completedAt: string | null, passedAt: string | null } | null }>, myPracticalReviews: Array<{ statementId: string, review: string, reviewComment: string | null, reviewedBy: string | null, reviewedAt: string | null, moduleVersionId: string | null }> };

export type CohortQueryVariables = Exact<{
  siteId: string | number;
  teamId?: string | number | null | undefined;
}>;


export type CohortQuery = { cohort: { workers: Array<{ id: string, displayName: string, trade: string | null }>, moduleVersions: Array<{ id: string, version: number, title: { text: string } }>, entries: Array<{ assignmentId: string, workerId: string, moduleVersionId: string, dueOn: string, status: AssignmentStatus, overdue: boolean, lastActivityAt: string | null, bestScore: number | null }> }, teams: Array<{ id: string, name: string }>, sites: Array<{ id: string, name: string }>, crew: Array<{ id: string, displayName: string }> };

export type AttemptFieldsFragment = { id: string, version: number, outcome: AttemptOutcome, score: number | null, startedAt: string, finishedAt: string | null, moduleVersion: { id: string, title: { text: string } } };

export type WorkerAttemptsQueryVariables = Exact<{
  workerId: string | number;
}>;


export type WorkerAttemptsQuery = { workerAttempts: Array<{ id: string, version: number, outcome: AttemptOutcome, score: number | null, startedAt: string, finishedAt: string | null, moduleVersion: { id: string, title: { text: string } } }> };

export type MyAttemptsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAttemptsQuery = { myAttempts: Array<{ id: string, version: number, outcome: AttemptOutcome, score: number | null, startedAt: string, finishedAt: string | null, moduleVersion: { id: string, title: { text: string } } }> };

export type CancelAssignmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAssignmentMutation = { cancelAssignment: { id: string, state: string } };

export type ReassignAssignmentMutationVariables = Exact<{
  id: string | number;
  workerId: string | number;
}>;


export type ReassignAssignmentMutation = { reassignAssignment: { id: string, workerId: string } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type PasswordResetStateQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetStateQuery = { passwordResetState: PasswordResetState };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LeaveOrganisationMutationVariables = Exact<{
  organisationId: string | number;
}>;


export type LeaveOrganisationMutation = { leaveOrganisation: boolean };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { members: Array<{ id: string, displayName: string, email: string | null, role: Role, deactivatedAt: string | null, lastSignInAt: string | null }> };

export type DeactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateMemberMutation = { deactivateMember: { id: string, deactivatedAt: string | null } };

export type ReactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateMemberMutation = { reactivateMember: { id: string, deactivatedAt: string | null } };

export type PasswordResetLinkForMutationVariables = Exact<{
  email: string;
}>;


export type PasswordResetLinkForMutation = { passwordResetLinkFor: { link: string, expiresAt: string } };

export type SiteReviewItemsQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteReviewItemsQuery = { siteReviewItems: Array<{ id: string, title: string, description: string | null, topicAuthor: string | null, labels: Array<string>, status: string, elements: Array<{ globalId: string, ifcClass: string | null, name: string | null, storey: string | null }> }> };

export type ResolveSiteReviewItemMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ResolveSiteReviewItemMutation = { resolveSiteReviewItem: { id: string, status: string } };

export type SiteModelsQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteModelsQuery = { siteModels: Array<{ id: string, version: number, fileName: string, sizeBytes: number, schema: string | null, status: BimModelStatus, progress: number, errorMessage: string | null, createdAt: string, geometry: { url: string } | null, summary: { elements: number, byClass: Array<{ ifcClass: string, count: number }>, storeys: Array<{ name: string, elevation: number | null, elements: number }> } | null }> };

export type ModelChangesQueryVariables = Exact<{
  modelId: string | number;
}>;


export type ModelChangesQuery = { modelChanges: { addedCount: number, removedCount: number, previousVersion: number | null } };

export type SiteRecommendationsQueryVariables = Exact<{
  siteId: string | number;
  lang?: string | null | undefined;
}>;


export type SiteRecommendationsQuery = { siteRecommendations: Array<{ moduleRef: string, topic: string | null, modelId: string, title: string, summary: string, elementCount: number, globalIds: Array<string>, storeys: Array<{ name: string | null, count: number }> }> };

export type RecommendedElementsQueryVariables = Exact<{
  modelId: string | number;
  filter?: ElementFilterInput | null | undefined;
}>;


export type RecommendedElementsQuery = { modelElements: { total: number, items: Array<{ globalId: string, ifcClass: string, predefinedType: string | null, name: string | null, storey: string | null, materials: Array<string>, properties: Array<{ name: string, value: string }> }> } };

export type RetryModelParseMutationVariables = Exact<{
  modelId: string | number;
}>;


export type RetryModelParseMutation = { retryModelParse: { id: string, status: BimModelStatus, progress: number } };

export type CurrentSiteModelQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
}>;


export type CurrentSiteModelQuery = { currentSiteModel: { id: string, siteId: string, version: number, fileName: string, geometry: { url: string, bytes: number } | null } | null };

export type BimSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type BimSitesQuery = { sites: Array<{ id: string, name: string }> };

export type CatalogueQueryVariables = Exact<{
  filter?: ModuleFilterInput | null | undefined;
  lang?: string | null | undefined;
}>;


export type CatalogueQuery = { modules: Array<{ id: string, slug: string, draft: { id: string, version: number, title: { text: string, lang: string | null, fellBack: boolean } } | null, latestPublished: { id: string, version: number, content: unknown, title: { text: string, lang: string | null, fellBack: boolean } } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> }> };

export type CredentialsQueryVariables = Exact<{
  workerId?: string | number | null | undefined;
}>;


export type CredentialsQuery = { credentials: Array<{ id: string, url: string, scheme: string, qualification: string, title: string, titleFr: string | null, issuerName: string, issuedAt: string, validUntil: string | null, state: CredentialState, revokedAt: string | null, revocationReason: string | null }> };

export type RevokeCredentialMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeCredentialMutation = { revokeCredential: { id: string, state: CredentialState, revokedAt: string | null, revocationReason: string | null } };

export type PassportElmQueryVariables = Exact<{
  workerId?: string | number | null | undefined;
}>;


export type PassportElmQuery = { passportElm: string };

export type WorkerFieldsFragment = { id: string, displayName: string, email: string | null, language: string, trade: string | null, hasPin: boolean };

export type WorkersQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
}>;


export type WorkersQuery = { workers: Array<{ id: string, displayName: string, email: string | null, language: string, trade: string | null, hasPin: boolean }> };

export type AddWorkerMutationVariables = Exact<{
  input: AddWorkerInput;
}>;


export type AddWorkerMutation = { addWorker: { worker: { id: string, displayName: string, email: string | null, language: string, trade: string | null, hasPin: boolean } | null, invitation: { id: string, email: string, link: string | null } | null } };

export type SetWorkerPinMutationVariables = Exact<{
  workerId: string | number;
  pin: string;
}>;


export type SetWorkerPinMutation = { setWorkerPin: { id: string, displayName: string, email: string | null, language: string, trade: string | null, hasPin: boolean } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, members: Array<{ id: string }> }> };

export type CreateTeamMutationVariables = Exact<{
  name: string;
}>;


export type CreateTeamMutation = { createTeam: { id: string } };

export type SetTeamMembersMutationVariables = Exact<{
  teamId: string | number;
  workerIds: Array<string | number> | string | number;
}>;


export type SetTeamMembersMutation = { setTeamMembers: { id: string } };

export type SiteCrewQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteCrewQuery = { sites: Array<{ id: string, name: string, address: string, status: SiteStatus }>, all: Array<{ id: string, displayName: string, trade: string | null }>, crew: Array<{ id: string }>, tablets: Array<{ id: string, label: string, createdAt: string, lastSeenAt: string | null, revokedAt: string | null }> };

export type SetSiteCrewMutationVariables = Exact<{
  siteId: string | number;
  workerIds: Array<string | number> | string | number;
}>;


export type SetSiteCrewMutation = { setSiteCrew: Array<{ id: string }> };

export type RevokeTabletMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTabletMutation = { revokeTablet: { id: string } };

export type BadgeSheetQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
}>;


export type BadgeSheetQuery = { badgeSheet: Array<{ workerId: string, displayName: string, trade: string | null, qrPayload: string }> };

export type LabelModulesQueryVariables = Exact<{
  siteId: string | number;
}>;


export type LabelModulesQuery = { labelModules: Array<{ moduleId: string, title: string, elementCount: number, ifcClasses: Array<string>, storeys: Array<string> }> };

export type ForecastInputsQueryVariables = Exact<{
  territoryId: string | number;
}>;


export type ForecastInputsQuery = { forecastProjects: Array<{ id: string, name: string, years: Array<number>, buildingType: string, dwellings: number | null, floorArea: number | null, source: string, packages: Array<{ workPackage: string, quantity: number }> }>, forecastHeadcounts: Array<{ id: string, label: string, ulo: string, workers: number }>, forecastScenarios: Array<{ id: string, name: string, low: number, central: number, high: number, productiveHours: number }> };

export type ForecastRatiosQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastRatiosQuery = { forecastRatios: Array<{ workPackage: string, unit: string, ulos: Array<string>, demoValue: boolean, source: string, hoursPerUnit: Array<{ trade: string, hours: number }> }>, forecastUlos: Array<{ code: string, title: string }> };

export type ForecastQueryVariables = Exact<{
  territoryId: string | number;
  low: number;
  central: number;
  high: number;
  productiveHours: number;
}>;


export type ForecastQuery = { forecast: { territoryName: string, sharingCompanies: number, scenarios: Array<{ kind: string, multiplier: number, totalHours: number, peakWorkers: number, peopleToTrain: number }>, years: Array<{ scenario: string, year: number, hours: number, workers: number, hoursByTrade: Array<{ trade: string, hours: number }>, ulos: Array<{ ulo: string, title: string, needed: number, held: number, expiring: number, gap: number }>, qualifications: Array<{ code: string, title: string, gap: number }> }>, plan: { hours: number, uncovered: Array<string>, modules: Array<{ moduleId: string, title: string, ulos: Array<string>, learners: number, hours: number }> } } };

export type CreateForecastProjectMutationVariables = Exact<{
  input: ForecastProjectInput;
}>;


export type CreateForecastProjectMutation = { createForecastProject: { id: string } };

export type DeleteForecastProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteForecastProjectMutation = { deleteForecastProject: boolean };

export type ImportForecastProjectsMutationVariables = Exact<{
  territoryId: string | number;
  csv: string;
}>;


export type ImportForecastProjectsMutation = { importForecastProjects: { created: number, errors: Array<{ line: number, field: string, problem: string }> } };

export type SaveForecastRatioMutationVariables = Exact<{
  input: ForecastRatioInput;
}>;


export type SaveForecastRatioMutation = { saveForecastRatio: { workPackage: string } };

export type AddForecastHeadcountMutationVariables = Exact<{
  input: ForecastHeadcountInput;
}>;


export type AddForecastHeadcountMutation = { addForecastHeadcount: { id: string } };

export type DeleteForecastHeadcountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteForecastHeadcountMutation = { deleteForecastHeadcount: boolean };

export type SaveForecastScenarioMutationVariables = Exact<{
  input: ScenarioSetInput;
}>;


export type SaveForecastScenarioMutation = { saveForecastScenario: { id: string } };

export type ForecastBuildingModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastBuildingModelsQuery = { forecastBuildingModels: Array<{ modelId: string, siteName: string, companyName: string, fileName: string, version: number, windows: number, externalWalls: number, externalWallArea: number | null, externalWallAreaEstimated: boolean }> };

export type SitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitesQuery = { sites: Array<{ id: string, name: string, address: string, startsOn: string | null, endsOn: string | null }> };

export type PendingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCountQuery = { pendingValidations: Array<{ statementId: string }> };

export type EditorModuleFragment = { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> };

export type EditorModuleQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorModuleQuery = { module: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type CreateModuleMutationVariables = Exact<{
  input: CreateModuleInput;
}>;


export type CreateModuleMutation = { createModule: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type UpdateModuleDraftMutationVariables = Exact<{
  input: UpdateModuleDraftInput;
}>;


export type UpdateModuleDraftMutation = { updateModuleDraft: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type PublishModuleMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishModuleMutation = { publishModule: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type PlayerVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PlayerVersionQuery = { moduleVersion: { id: string, moduleId: string, version: number, status: ModuleVersionStatus, content: unknown } };

export type NetworkFiguresQueryVariables = Exact<{
  months: number;
}>;


export type NetworkFiguresQuery = { networkFigures: { sharingCompanies: number, months: Array<string>, workersTrained: { label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }, trainingHours: { label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }, awardsByScheme: Array<{ label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }>, expiringByScheme: { label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }, awardsByEqfLevel: Array<{ label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }>, ulosAwarded: { label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }, clauseHoursByTerritory: Array<{ label: string, columns: Array<string>, cells: Array<number | null>, total: number | null }>, clauseTargets: Array<{ territory: string, targetHours: number, achievedHours: number | null, percent: number | null }> } };

export type TerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoriesQuery = { territories: Array<{ id: string, name: string, codes: Array<string> }> };

export type CreateTerritoryMutationVariables = Exact<{
  input: TerritoryInput;
}>;


export type CreateTerritoryMutation = { createTerritory: { id: string } };

export type UpdateTerritoryMutationVariables = Exact<{
  id: string | number;
  input: TerritoryInput;
}>;


export type UpdateTerritoryMutation = { updateTerritory: { id: string } };

export type SharingAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharingAgreementsQuery = { sharingAgreements: Array<{ id: string, startedAt: string, endedAt: string | null, company: { id: string, name: string }, network: { id: string, name: string } }> };

export type NetworkBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkBodiesQuery = { networkBodies: Array<{ id: string, name: string }> };

export type StartSharingMutationVariables = Exact<{
  networkOrganisationId: string | number;
}>;


export type StartSharingMutation = { startSharing: { id: string } };

export type EndSharingMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSharingMutation = { endSharing: { id: string } };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsQuery = { myNotifications: Array<{ id: string, kind: string, message: string, createdAt: string, readAt: string | null }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type ManagedOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedOrganisationsQuery = { managedOrganisations: Array<{ id: string, slug: string, name: string, kind: string }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, slug: string, name: string, kind: string } };

export type InvitationFieldsFragment = { id: string, email: string, role: string, expiresAt: string, acceptedAt: string | null };

export type InvitationsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, role: string, expiresAt: string, acceptedAt: string | null }> };

export type CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type CreateInvitationMutation = { createInvitation: { link: string | null, delivery: string | null, id: string, email: string, role: string, expiresAt: string, acceptedAt: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { organisationName: string, email: string, role: string, expiresAt: string, status: string, accountExists: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type FailedJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedJobsQuery = { failedJobs: Array<{ id: string, queue: string, error: string, retries: number, failedAt: string }> };

export type RequestErasureMutationVariables = Exact<{
  workerId?: string | number | null | undefined;
}>;


export type RequestErasureMutation = { requestErasure: { id: string, requestedAt: string } };

export type PersonalDataRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataRequestsQuery = { personalDataRequests: Array<{ id: string, personName: string, requestedAt: string, requestedByName: string, executedAt: string | null, executedByName: string | null }> };

export type ExecuteErasureMutationVariables = Exact<{
  requestId: string | number;
}>;


export type ExecuteErasureMutation = { executeErasure: { id: string, personName: string, executedAt: string | null, executedByName: string | null } };

export type EvidenceRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceRetentionQuery = { evidenceRetentionYears: number | null };

export type SetEvidenceRetentionMutationVariables = Exact<{
  years?: number | null | undefined;
}>;


export type SetEvidenceRetentionMutation = { setEvidenceRetentionYears: number | null };

export type PositioningInviteQueryVariables = Exact<{
  code: string;
}>;


export type PositioningInviteQuery = { positioningInvite: { sessionName: string, organisationName: string, language: string, retentionMonths: number } };

export type JoinPositioningMutationVariables = Exact<{
  input: JoinPositioningInput;
}>;


export type JoinPositioningMutation = { joinPositioning: { token: string } };

export type PositioningProgressQueryVariables = Exact<{
  token: string;
}>;


export type PositioningProgressQuery = { positioningProgress: { firstName: string, sessionName: string, language: string, completed: boolean, answers: Array<{ itemId: string, value: Array<number> }>, result: { fits: Array<string>, answered: number, total: number, families: Array<{ family: string, appetence: number | null, competence: number }> } | null } };

export type AnswerPositioningMutationVariables = Exact<{
  token: string;
  itemId: string;
  value: Array<number> | number;
}>;


export type AnswerPositioningMutation = { answerPositioning: { firstName: string, sessionName: string, language: string, completed: boolean, answers: Array<{ itemId: string, value: Array<number> }>, result: { fits: Array<string>, answered: number, total: number, families: Array<{ family: string, appetence: number | null, competence: number }> } | null } };

export type CandidateProgressFragment = { firstName: string, sessionName: string, language: string, completed: boolean, answers: Array<{ itemId: string, value: Array<number> }>, result: { fits: Array<string>, answered: number, total: number, families: Array<{ family: string, appetence: number | null, competence: number }> } | null };

export type PositioningSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PositioningSessionsQuery = { positioningSessions: Array<{ id: string, name: string, date: string, language: string, code: string, candidateCount: number, completedCount: number }> };

export type CreatePositioningSessionMutationVariables = Exact<{
  input: PositioningSessionInput;
}>;


export type CreatePositioningSessionMutation = { createPositioningSession: { id: string } };

export type PositioningSessionResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type PositioningSessionResultsQuery = { positioningSession: { id: string, name: string, date: string, code: string, candidateCount: number, completedCount: number }, positioningCandidates: Array<{ id: string, firstName: string, stage: string, handedOverAt: string | null, suggestedModules: Array<string>, profile: { fits: Array<string>, answered: number, total: number, families: Array<{ family: string, appetence: number | null, competence: number }> }, startingUlos: Array<{ code: string, title: string }> }>, sharingAgreements: Array<{ id: string, endedAt: string | null, company: { id: string, name: string } }> };

export type HandOverCandidateMutationVariables = Exact<{
  candidateId: string | number;
  companyId: string | number;
}>;


export type HandOverCandidateMutation = { handOverCandidate: { id: string, handedOverAt: string | null } };

export type PositioningHandoversQueryVariables = Exact<{ [key: string]: never; }>;


export type PositioningHandoversQuery = { positioningHandovers: Array<{ id: string, workerId: string | null, displayName: string, fromNetwork: string, trades: Array<string>, candidateConsentedAt: string, ulos: Array<{ code: string, title: string }>, modules: Array<{ moduleVersionId: string, title: string, assigned: boolean }> }> };

export type FrameworkCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkCatalogueQuery = { frameworkCatalogue: { id: string, code: string, version: string, ulos: Array<{ code: string, title: string, titleFr: string | null, topic: string, eqfLevel: number, credits: number | null, esco: Array<string>, knowledge: Array<string>, skills: Array<string>, autonomy: Array<string> }>, schemes: Array<{ code: string, title: string, titleFr: string | null, units: Array<{ code: string, title: string, titleFr: string | null }>, qualifications: Array<{ scheme: string, code: string, title: string, titleFr: string | null, units: Array<string>, nOf: number | null, practicalValidation: boolean, validityMonths: number | null }> }> } | null };

export type SaveReferenceUloMutationVariables = Exact<{
  input: ReferenceUloInput;
  create: boolean;
}>;


export type SaveReferenceUloMutation = { saveReferenceUlo: { code: string } };

export type UpdateSchemeQualificationMutationVariables = Exact<{
  schemeCode: string;
  code: string;
  input: SchemeQualificationInput;
}>;


export type UpdateSchemeQualificationMutation = { updateSchemeQualification: { scheme: string, code: string } };

export type SaveUloMappingMutationVariables = Exact<{
  schemeCode: string;
  schemeUnit: string;
  ulo: string;
  coverage: string;
  note: string;
  noteFr?: string | null | undefined;
}>;


export type SaveUloMappingMutation = { saveUloMapping: { id: string, approved: boolean } };

export type RemoveUloMappingMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveUloMappingMutation = { removeUloMapping: boolean };

export type FrameworkChangesQueryVariables = Exact<{
  limit: number;
}>;


export type FrameworkChangesQuery = { frameworkChanges: Array<{ id: string, kind: string, code: string, action: string, fields: Array<string>, changedAt: string, changedBy: string | null }> };

export type PassportInputsQueryVariables = Exact<{
  workerId?: string | number | null | undefined;
}>;


export type PassportInputsQuery = { passportInputs: { workerId: string, displayName: string, today: string, catalogue: unknown, evidence: Array<{ ulo: string, moduleId: string, completedAt: string | null, passedAt: string | null, validatedAt: string | null, validationRequired: boolean, freshUntil: string | null }>, modules: Array<{ moduleId: string, versionId: string, title: unknown, outcomes: Array<string>, startable: boolean }>, awards: Array<{ id: string, scheme: string, qualification: string, awardedAt: string, expiresAt: string | null, expired: boolean, revoked: boolean, onHoldReason: string | null, evidenceChain: Array<{ moduleId: string, moduleTitle: string | null, moduleVersion: number | null, attempts: number | null, passedAt: string | null, completedAt: string | null, validatedAt: string | null, validatedBy: string | null, where: string | null }> }> } };

export type TeamMatrixQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  schemeCode?: string | null | undefined;
  withUlos: boolean;
}>;


export type TeamMatrixQuery = { teamMatrix: { workers: Array<{ id: string, displayName: string }>, qualifications: Array<{ code: string, scheme: string, title: string, titleFr: string | null }>, rows: Array<{ workerId: string, statuses: Array<QualificationState>, percents: Array<number>, expiresAt: Array<string | null> }>, ulos?: Array<{ code: string, title: string, titleFr: string | null }>, uloEntries?: Array<{ workerId: string, ulo: string, state: UloState, expiresAt: string | null }> } };

export type MatrixFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixFiltersQuery = { sites: Array<{ id: string, name: string }>, teams: Array<{ id: string, name: string }> };

export type TeamMatrixCsvQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  schemeCode?: string | null | undefined;
}>;


export type TeamMatrixCsvQuery = { teamMatrixCsv: string };

export type UloMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type UloMappingsQuery = { uloMappings: Array<{ id: string, scheme: string, schemeUnit: string, ulo: string, coverage: string, note: string, noteFr: string | null, approved: boolean }> };

export type ApproveUloMappingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveUloMappingMutation = { approveUloMapping: { id: string, approved: boolean } };

export type FrameworkImportFieldsFragment = { id: string, code: string, version: string, ulos: number, schemes: number, qualifications: number, mappings: number, tasks: number };

export type ImportFrameworkMutationVariables = Exact<{
  json: string;
}>;


export type ImportFrameworkMutation = { importFramework: { id: string, code: string, version: string, ulos: number, schemes: number, qualifications: number, mappings: number, tasks: number } };

export type ImportFrameworkCsvMutationVariables = Exact<{
  csv: string;
}>;


export type ImportFrameworkCsvMutation = { importFrameworkCsv: { id: string, code: string, version: string, ulos: number, schemes: number, qualifications: number, mappings: number, tasks: number } };

export type ExportFrameworkCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFrameworkCsvQuery = { exportFrameworkCsv: string };

export type BilateralAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type BilateralAgreementsQuery = { bilateralAgreements: Array<{ id: string, fromScheme: string, held: string, toScheme: string, recognised: string, note: string, noteFr: string | null, approved: boolean }> };

export type ApproveBilateralAgreementMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBilateralAgreementMutation = { approveBilateralAgreement: { id: string, approved: boolean } };

export type ExportFrameworkQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFrameworkQuery = { exportFramework: string };

export type FrameworkTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkTasksQuery = { frameworkTasks: Array<{ code: string, title: string, titleFr: string | null, phase: string, ulos: Array<string>, professions: Array<{ name: string, nameFr: string | null }> }> };

export type FrameworkUlosQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkUlosQuery = { frameworkUlos: Array<{ code: string, title: string, titleFr: string | null, topic: string }>, retiredUlos: Array<{ code: string, title: string, titleFr: string | null, topic: string }> };

export type RecallLapsesQueryVariables = Exact<{
  siteId: string | number;
}>;


export type RecallLapsesQuery = { recallLapses: Array<{ teamId: string | null, teamName: string | null, ulo: string, uloTitle: string, uloTitleFr: string | null, workers: number, cards: number, recalls: number, lapses: number, lapseShare: number | null }> };

export type RecallPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type RecallPolicyQuery = { recallPolicy: { keepsFresh: boolean, extendMonths: number, windowDays: number } };

export type SetRecallPolicyMutationVariables = Exact<{
  keepsFresh: boolean;
  extendMonths: number;
  windowDays: number;
}>;


export type SetRecallPolicyMutation = { setRecallPolicy: { keepsFresh: boolean, extendMonths: number, windowDays: number } };

export type UpcomingRenewalsQueryVariables = Exact<{
  siteId?: string | number | null | undefined;
  days?: number | null | undefined;
}>;


export type UpcomingRenewalsQuery = { upcomingRenewals: Array<{ workerId: string, workerName: string, ulo: string, expiresOn: string, qualification: string, modules: Array<string>, assigned: boolean }> };

export type SiteFieldsFragment = { id: string, name: string, address: string, startsOn: string | null, endsOn: string | null, timeZone: string, client: string, contractReference: string | null, status: SiteStatus, closedAt: string | null };

export type SiteListQueryVariables = Exact<{
  status?: SiteStatus | null | undefined;
}>;


export type SiteListQuery = { sites: Array<{ id: string, name: string, address: string, startsOn: string | null, endsOn: string | null, timeZone: string, client: string, contractReference: string | null, status: SiteStatus, closedAt: string | null }> };

export type CreateSiteMutationVariables = Exact<{
  input: SiteInput;
}>;


export type CreateSiteMutation = { createSite: { id: string, name: string, address: string, startsOn: string | null, endsOn: string | null, timeZone: string, client: string, contractReference: string | null, status: SiteStatus, closedAt: string | null } };

export type UpdateSiteMutationVariables = Exact<{
  id: string | number;
  input: SiteInput;
}>;


export type UpdateSiteMutation = { updateSite: { id: string, name: string, address: string, startsOn: string | null, endsOn: string | null, timeZone: string, client: string, contractReference: string | null, status: SiteStatus, closedAt: string | null } };

export type CloseSiteMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSiteMutation = { closeSite: { id: string, name: string, address: string, startsOn: string | null, endsOn: string | null, timeZone: string, client: string, contractReference: string | null, status: SiteStatus, closedAt: string | null } };

export type EligibilityReadLogQueryVariables = Exact<{ [key: string]: never; }>;


export type EligibilityReadLogQuery = { eligibilityReadLog: Array<{ id: string, personName: string, readerName: string, readerOrganisation: string, reason: string, readAt: string }> };

export type ClauseContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClauseContractsQuery = { clauseContracts: Array<{ id: string, reference: string, title: string, buyer: string, startsOn: string, endsOn: string, progress: { targetHours: number, achievedHours: number, pendingHours: number, achievedFte: number, percent: number } }> };

export type ClauseContractQueryVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ClauseContractQuery = { clauseContract: { id: string, reference: string, title: string, buyer: string, startsOn: string, endsOn: string, territoryName: string | null, networkName: string, viewerSide: string, progress: { targetHours: number, achievedHours: number, pendingHours: number, achievedFte: number, targetFte: number, percent: number }, lots: Array<{ id: string, label: string, targetHours: number, companies: Array<{ organisationId: string | null, name: string }>, sites: Array<{ id: string, name: string }>, progress: { achievedHours: number, pendingHours: number, percent: number } }>, companies: Array<{ company: { name: string }, progress: { targetHours: number, achievedHours: number, percent: number } }> }, clauseParticipants: Array<{ id: string, personName: string, companyName: string, companyId: string, category: string | null, evidenceType: string | null, startsOn: string, endsOn: string | null, exitOutcome: string | null }>, clauseDeclarations: Array<{ id: string, participantId: string, personName: string, companyName: string, lotLabel: string, month: string, hoursWorked: number, trainingHours: number, trainingHoursComputed: number, trainingCorrectionReason: string | null, status: string, correctionReason: string | null, sentBackReason: string | null }> };

export type DeclareClauseHoursMutationVariables = Exact<{
  input: ClauseHoursInput;
}>;


export type DeclareClauseHoursMutation = { declareClauseHours: { id: string, status: string } };

export type DecideClauseHoursMutationVariables = Exact<{
  declarationId: string | number;
  verdict: string;
  reason?: string | null | undefined;
}>;


export type DecideClauseHoursMutation = { decideClauseHours: { id: string, status: string } };

export type ClauseContractOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClauseContractOptionsQuery = { territories: Array<{ id: string, name: string }>, sharingAgreements: Array<{ id: string, endedAt: string | null, company: { id: string, name: string } }> };

export type CreateClauseContractMutationVariables = Exact<{
  input: ClauseContractInput;
}>;


export type CreateClauseContractMutation = { createClauseContract: { id: string } };

export type RecordClauseExitMutationVariables = Exact<{
  participantId: string | number;
  outcome: string;
  exitOn: string;
}>;


export type RecordClauseExitMutation = { recordClauseExit: { id: string, exitOutcome: string | null } };

export type ClauseCompanySitesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClauseCompanySitesQuery = { sites: Array<{ id: string, name: string }> };

export type LinkClauseLotSiteMutationVariables = Exact<{
  lotId: string | number;
  siteId: string | number;
}>;


export type LinkClauseLotSiteMutation = { linkClauseLotSite: { id: string } };

export type ClauseParticipantCandidatesQueryVariables = Exact<{
  contractId: string | number;
}>;


export type ClauseParticipantCandidatesQuery = { clauseParticipantCandidates: Array<{ workerId: string, personName: string, companyName: string }> };

export type AddClauseParticipantMutationVariables = Exact<{
  input: ClauseParticipantInput;
}>;


export type AddClauseParticipantMutation = { addClauseParticipant: { id: string, personName: string } };

export type ClauseParticipantPathQueryVariables = Exact<{
  participantId: string | number;
  reason: string;
  language: string;
}>;


export type ClauseParticipantPathQuery = { clauseParticipantPath: { personName: string, contracts: Array<{ participantId: string, contractId: string, reference: string, title: string, companyName: string, category: string | null, startsOn: string, endsOn: string | null, exitOutcome: string | null, exitOn: string | null }>, months: Array<{ month: string, reference: string, hoursWorked: number, trainingHours: number, status: string }>, modules: Array<{ title: string, completedOn: string }>, afests: Array<{ id: string, title: string, startedOn: string, signedOn: string | null, sequences: number }>, qualifications: Array<{ title: string, scheme: string, awardedOn: string }> } };

export type EnrolTabletWithCodeMutationVariables = Exact<{
  code: string;
  publicKey?: string | null | undefined;
}>;


export type EnrolTabletWithCodeMutation = { enrolTabletWithCode: { deviceToken: string, siteName: string, tablet: { id: string, label: string } } };

export type SetupEnrolTabletMutationVariables = Exact<{
  siteId: string | number;
  label: string;
  publicKey?: string | null | undefined;
}>;


export type SetupEnrolTabletMutation = { enrolTablet: { deviceToken: string, siteName: string, tablet: { id: string, label: string } } };

export type SetupSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupSitesQuery = { sites: Array<{ id: string, name: string }> };

export type CreateTabletEnrolmentCodeMutationVariables = Exact<{
  siteId: string | number;
  label: string;
}>;


export type CreateTabletEnrolmentCodeMutation = { createTabletEnrolmentCode: { code: string, expiresAt: string } };

export type TabletCrewQueryVariables = Exact<{ [key: string]: never; }>;


export type TabletCrewQuery = { tabletCrew: Array<{ id: string, displayName: string }> };

export type PinLoginMutationVariables = Exact<{
  workerId: string | number;
  pin: string;
}>;


export type PinLoginMutation = { pinLogin: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type BadgeLoginMutationVariables = Exact<{
  code: string;
}>;


export type BadgeLoginMutation = { badgeLogin: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type ReportOfflineLockoutMutationVariables = Exact<{
  workerId: string | number;
  lockedAt: string;
}>;


export type ReportOfflineLockoutMutation = { reportOfflineLockout: boolean };

export type SiteTenderQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteTenderQuery = { sites: Array<{ id: string, name: string }>, siteTenderCheck: { siteId: string, requirements: Array<{ crewSize: number, metCount: number, metPercent: number, requirement: { id: string, title: string, clause: string, ulos: Array<string>, qualifications: Array<string> }, members: Array<{ workerId: string, displayName: string, met: boolean, missingUlos: Array<string>, missingQualifications: Array<string> }> }> } };

export type TenderCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type TenderCatalogueQuery = { passportInputs: { catalogue: unknown } };

export type CreateTenderRequirementMutationVariables = Exact<{
  input: CreateTenderRequirementInput;
}>;


export type CreateTenderRequirementMutation = { createTenderRequirement: { id: string } };

export type UpdateTenderRequirementMutationVariables = Exact<{
  id: string | number;
  input: TenderRequirementInput;
}>;


export type UpdateTenderRequirementMutation = { updateTenderRequirement: { id: string } };

export type DeleteTenderRequirementMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTenderRequirementMutation = { deleteTenderRequirement: boolean };

export type PendingValidationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingValidationsQuery = { pendingValidations: Array<{ statementId: string, workerId: string, workerName: string, activityId: string, moduleVersionId: string | null, response: string | null, evidence: Array<string>, submittedAt: string, review: string, moduleVersion: { id: string, version: number, content: unknown, title: { text: string } } | null }>, refusedStatements: Array<{ statementId: string, workerName: string | null, rule: string, reason: string, refusedAt: string }>, modules: Array<{ id: string, latestPublished: { id: string, version: number, content: unknown, title: { text: string } } | null }> };

export type ReviewPracticalMutationVariables = Exact<{
  statementId: string | number;
  verdict: Verdict;
  comment?: string | null | undefined;
}>;


export type ReviewPracticalMutation = { reviewPractical: { statementId: string, review: string, reviewComment: string | null, reviewedBy: string | null } };

export type SessionUserFragment = { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } };

export type LoginPayloadFieldsFragment = { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type SwitchOrganisationMutationVariables = Exact<{
  organisationId: string | number;
}>;


export type SwitchOrganisationMutation = { switchOrganisation: { accessToken: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AfestFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AfestFields on Afest {
  id
  title
  workerId
  workerName
  trainerId
  trainerName
  targetUlos
  heldUlos {
    code
    title
    titleFr
  }
  positioningNote
  positionedAt
  lockedAt
  sequences {
    id
    activity
    moduleTitle
    plannedOn
    siteName
    plannedMinutes
    reflections {
      id
      done
      learned
      difficulties
      dictated
      recordedAt
      afterLock
    }
  }
  evaluations {
    statementId
    moduleTitle
    review
    reviewComment
    reviewedBy
    reviewedAt
    submittedAt
  }
  signatures {
    role
    signerId
    signerName
    signedAt
  }
  additions {
    id
    authorName
    reason
    note
    createdAt
  }
  hours {
    plannedHours
    realisedHours
  }
}
    `, {"fragmentName":"AfestFields"}) as unknown as TypedDocumentString<AfestFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AttemptFields on ModuleAttempt {
  id
  version
  outcome
  score
  startedAt
  finishedAt
  moduleVersion {
    id
    title {
      text
    }
  }
}
    `, {"fragmentName":"AttemptFields"}) as unknown as TypedDocumentString<AttemptFieldsFragment, unknown>;
export const WorkerFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WorkerFields on Worker {
  id
  displayName
  email
  language
  trade
  hasPin
}
    `, {"fragmentName":"WorkerFields"}) as unknown as TypedDocumentString<WorkerFieldsFragment, unknown>;
export const EditorModuleFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}
    `, {"fragmentName":"EditorModule"}) as unknown as TypedDocumentString<EditorModuleFragment, unknown>;
export const InvitationFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  role
  expiresAt
  acceptedAt
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const CandidateProgressFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment CandidateProgress on PositioningProgress {
  firstName
  sessionName
  language
  completed
  answers {
    itemId
    value
  }
  result {
    fits
    answered
    total
    families {
      family
      appetence
      competence
    }
  }
}
    `, {"fragmentName":"CandidateProgress"}) as unknown as TypedDocumentString<CandidateProgressFragment, unknown>;
export const FrameworkImportFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment FrameworkImportFields on FrameworkImport {
  id
  code
  version
  ulos
  schemes
  qualifications
  mappings
  tasks
}
    `, {"fragmentName":"FrameworkImportFields"}) as unknown as TypedDocumentString<FrameworkImportFieldsFragment, unknown>;
export const SiteFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SiteFields on Site {
  id
  name
  address
  startsOn
  endsOn
  timeZone
  client
  contractReference
  status
  closedAt
}
    `, {"fragmentName":"SiteFields"}) as unknown as TypedDocumentString<SiteFieldsFragment, unknown>;
export const SessionUserFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const LoginPayloadFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}`, {"fragmentName":"LoginPayloadFields"}) as unknown as TypedDocumentString<LoginPayloadFieldsFragment, unknown>;
export const AfestListDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AfestList {
  afests {
    id
    title
    workerName
    trainerName
    lockedAt
    hours {
      plannedHours
      realisedHours
    }
  }
  workers {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AfestListQuery, AfestListQueryVariables>;
export const AfestDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Afest($id: ID!) {
  afest(id: $id) {
    ...AfestFields
  }
  sites {
    id
    name
  }
  modules {
    id
    latestPublished {
      id
      title {
        text
      }
    }
  }
}
    fragment AfestFields on Afest {
  id
  title
  workerId
  workerName
  trainerId
  trainerName
  targetUlos
  heldUlos {
    code
    title
    titleFr
  }
  positioningNote
  positionedAt
  lockedAt
  sequences {
    id
    activity
    moduleTitle
    plannedOn
    siteName
    plannedMinutes
    reflections {
      id
      done
      learned
      difficulties
      dictated
      recordedAt
      afterLock
    }
  }
  evaluations {
    statementId
    moduleTitle
    review
    reviewComment
    reviewedBy
    reviewedAt
    submittedAt
  }
  signatures {
    role
    signerId
    signerName
    signedAt
  }
  additions {
    id
    authorName
    reason
    note
    createdAt
  }
  hours {
    plannedHours
    realisedHours
  }
}`) as unknown as TypedDocumentString<AfestQuery, AfestQueryVariables>;
export const MyAfestsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyAfests {
  myAfests {
    id
    title
    trainerId
    trainerName
    lockedAt
    sequences {
      id
      activity
      plannedOn
      reflections {
        id
        done
        recordedAt
      }
    }
    signatures {
      role
      signedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyAfestsQuery, MyAfestsQueryVariables>;
export const AfestPositioningDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AfestPositioning($workerId: ID) {
  passport(workerId: $workerId) {
    workerId
    ulos {
      code
      title
      titleFr
      state
    }
  }
  passportInputs(workerId: $workerId) {
    catalogue
  }
}
    `) as unknown as TypedDocumentString<AfestPositioningQuery, AfestPositioningQueryVariables>;
export const CreateAfestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateAfest($input: CreateAfestInput!) {
  createAfest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAfestMutation, CreateAfestMutationVariables>;
export const PlanAfestSequenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PlanAfestSequence($input: PlanAfestSequenceInput!) {
  planAfestSequence(input: $input) {
    ...AfestFields
  }
}
    fragment AfestFields on Afest {
  id
  title
  workerId
  workerName
  trainerId
  trainerName
  targetUlos
  heldUlos {
    code
    title
    titleFr
  }
  positioningNote
  positionedAt
  lockedAt
  sequences {
    id
    activity
    moduleTitle
    plannedOn
    siteName
    plannedMinutes
    reflections {
      id
      done
      learned
      difficulties
      dictated
      recordedAt
      afterLock
    }
  }
  evaluations {
    statementId
    moduleTitle
    review
    reviewComment
    reviewedBy
    reviewedAt
    submittedAt
  }
  signatures {
    role
    signerId
    signerName
    signedAt
  }
  additions {
    id
    authorName
    reason
    note
    createdAt
  }
  hours {
    plannedHours
    realisedHours
  }
}`) as unknown as TypedDocumentString<PlanAfestSequenceMutation, PlanAfestSequenceMutationVariables>;
export const SignAfestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignAfest($afestId: ID!, $signature: DrawnSignatureInput!) {
  signAfest(afestId: $afestId, signature: $signature) {
    ...AfestFields
  }
}
    fragment AfestFields on Afest {
  id
  title
  workerId
  workerName
  trainerId
  trainerName
  targetUlos
  heldUlos {
    code
    title
    titleFr
  }
  positioningNote
  positionedAt
  lockedAt
  sequences {
    id
    activity
    moduleTitle
    plannedOn
    siteName
    plannedMinutes
    reflections {
      id
      done
      learned
      difficulties
      dictated
      recordedAt
      afterLock
    }
  }
  evaluations {
    statementId
    moduleTitle
    review
    reviewComment
    reviewedBy
    reviewedAt
    submittedAt
  }
  signatures {
    role
    signerId
    signerName
    signedAt
  }
  additions {
    id
    authorName
    reason
    note
    createdAt
  }
  hours {
    plannedHours
    realisedHours
  }
}`) as unknown as TypedDocumentString<SignAfestMutation, SignAfestMutationVariables>;
export const AddAfestNoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddAfestNote($afestId: ID!, $reason: String!, $note: String!) {
  addAfestNote(afestId: $afestId, reason: $reason, note: $note) {
    ...AfestFields
  }
}
    fragment AfestFields on Afest {
  id
  title
  workerId
  workerName
  trainerId
  trainerName
  targetUlos
  heldUlos {
    code
    title
    titleFr
  }
  positioningNote
  positionedAt
  lockedAt
  sequences {
    id
    activity
    moduleTitle
    plannedOn
    siteName
    plannedMinutes
    reflections {
      id
      done
      learned
      difficulties
      dictated
      recordedAt
      afterLock
    }
  }
  evaluations {
    statementId
    moduleTitle
    review
    reviewComment
    reviewedBy
    reviewedAt
    submittedAt
  }
  signatures {
    role
    signerId
    signerName
    signedAt
  }
  additions {
    id
    authorName
    reason
    note
    createdAt
  }
  hours {
    plannedHours
    realisedHours
  }
}`) as unknown as TypedDocumentString<AddAfestNoteMutation, AddAfestNoteMutationVariables>;
export const AssignTargetsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AssignTargets($siteId: ID) {
  modules {
    id
    slug
    latestPublished {
      id
      version
      title {
        text
      }
    }
  }
  teams {
    id
    name
    members {
      id
    }
  }
  workers(siteId: $siteId) {
    id
    displayName
    trade
  }
  sites(status: active) {
    id
    timeZone
    name
  }
}
    `) as unknown as TypedDocumentString<AssignTargetsQuery, AssignTargetsQueryVariables>;
export const AssignModuleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AssignModule($input: AssignModuleInput!) {
  assignModule(input: $input) {
    batchId
    assigned
  }
}
    `) as unknown as TypedDocumentString<AssignModuleMutation, AssignModuleMutationVariables>;
export const MyDayDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyDay {
  myAssignments {
    id
    dueOn
    reason
    status
    overdue
    createdAt
    moduleVersion {
      id
      version
      content
      title {
        text
        lang
        fellBack
      }
    }
    progress {
      bestScore
      completedAt
      passedAt
    }
  }
  myPracticalReviews {
    statementId
    review
    reviewComment
    reviewedBy
    reviewedAt
    moduleVersionId
  }
}
    `) as unknown as TypedDocumentString<MyDayQuery, MyDayQueryVariables>;
export const CohortDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Cohort($siteId: ID!, $teamId: ID) {
  cohort(siteId: $siteId, teamId: $teamId) {
    workers {
      id
      displayName
      trade
    }
    moduleVersions {
      id
      version
      title {
        text
      }
    }
    entries {
      assignmentId
      workerId
      moduleVersionId
      dueOn
      status
      overdue
      lastActivityAt
      bestScore
    }
  }
  teams {
    id
    name
  }
  sites {
    id
    name
  }
  crew: workers(siteId: $siteId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<CohortQuery, CohortQueryVariables>;
export const WorkerAttemptsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query WorkerAttempts($workerId: ID!) {
  workerAttempts(workerId: $workerId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on ModuleAttempt {
  id
  version
  outcome
  score
  startedAt
  finishedAt
  moduleVersion {
    id
    title {
      text
    }
  }
}`) as unknown as TypedDocumentString<WorkerAttemptsQuery, WorkerAttemptsQueryVariables>;
export const MyAttemptsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyAttempts {
  myAttempts {
    ...AttemptFields
  }
}
    fragment AttemptFields on ModuleAttempt {
  id
  version
  outcome
  score
  startedAt
  finishedAt
  moduleVersion {
    id
    title {
      text
    }
  }
}`) as unknown as TypedDocumentString<MyAttemptsQuery, MyAttemptsQueryVariables>;
export const CancelAssignmentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CancelAssignment($id: ID!) {
  cancelAssignment(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CancelAssignmentMutation, CancelAssignmentMutationVariables>;
export const ReassignAssignmentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReassignAssignment($id: ID!, $workerId: ID!) {
  reassignAssignment(id: $id, workerId: $workerId) {
    id
    workerId
  }
}
    `) as unknown as TypedDocumentString<ReassignAssignmentMutation, ReassignAssignmentMutationVariables>;
export const LoginDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RequestPasswordResetDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PasswordResetStateDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PasswordResetState($token: String!) {
  passwordResetState(token: $token)
}
    `) as unknown as TypedDocumentString<PasswordResetStateQuery, PasswordResetStateQueryVariables>;
export const ResetPasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LeaveOrganisationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LeaveOrganisation($organisationId: ID!) {
  leaveOrganisation(organisationId: $organisationId)
}
    `) as unknown as TypedDocumentString<LeaveOrganisationMutation, LeaveOrganisationMutationVariables>;
export const MembersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Members {
  members {
    id
    displayName
    email
    role
    deactivatedAt
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const DeactivateMemberDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeactivateMember($userId: ID!) {
  deactivateMember(userId: $userId) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const ReactivateMemberDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReactivateMember($userId: ID!) {
  reactivateMember(userId: $userId) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const PasswordResetLinkForDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PasswordResetLinkFor($email: String!) {
  passwordResetLinkFor(email: $email) {
    link
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<PasswordResetLinkForMutation, PasswordResetLinkForMutationVariables>;
export const SiteReviewItemsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteReviewItems($siteId: ID!) {
  siteReviewItems(siteId: $siteId) {
    id
    title
    description
    topicAuthor
    labels
    status
    elements {
      globalId
      ifcClass
      name
      storey
    }
  }
}
    `) as unknown as TypedDocumentString<SiteReviewItemsQuery, SiteReviewItemsQueryVariables>;
export const ResolveSiteReviewItemDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ResolveSiteReviewItem($id: ID!, $note: String) {
  resolveSiteReviewItem(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveSiteReviewItemMutation, ResolveSiteReviewItemMutationVariables>;
export const SiteModelsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteModels($siteId: ID!) {
  siteModels(siteId: $siteId) {
    id
    version
    fileName
    sizeBytes
    schema
    status
    progress
    errorMessage
    createdAt
    geometry {
      url
    }
    summary {
      elements
      byClass {
        ifcClass
        count
      }
      storeys {
        name
        elevation
        elements
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SiteModelsQuery, SiteModelsQueryVariables>;
export const ModelChangesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ModelChanges($modelId: ID!) {
  modelChanges(modelId: $modelId) {
    addedCount
    removedCount
    previousVersion
  }
}
    `) as unknown as TypedDocumentString<ModelChangesQuery, ModelChangesQueryVariables>;
export const SiteRecommendationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteRecommendations($siteId: ID!, $lang: String) {
  siteRecommendations(siteId: $siteId, lang: $lang) {
    moduleRef
    topic
    modelId
    title
    summary
    elementCount
    globalIds
    storeys {
      name
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SiteRecommendationsQuery, SiteRecommendationsQueryVariables>;
export const RecommendedElementsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {
  modelElements(modelId: $modelId, filter: $filter) {
    total
    items {
      globalId
      ifcClass
      predefinedType
      name
      storey
      materials
      properties {
        name
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendedElementsQuery, RecommendedElementsQueryVariables>;
export const RetryModelParseDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RetryModelParse($modelId: ID!) {
  retryModelParse(modelId: $modelId) {
    id
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<RetryModelParseMutation, RetryModelParseMutationVariables>;
export const CurrentSiteModelDocument = /*#__PURE__*/ new TypedDocumentString(`
    query CurrentSiteModel($siteId: ID) {
  currentSiteModel(siteId: $siteId) {
    id
    siteId
    version
    fileName
    geometry {
      url
      bytes
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentSiteModelQuery, CurrentSiteModelQueryVariables>;
export const BimSitesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query BimSites {
  sites {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<BimSitesQuery, BimSitesQueryVariables>;
export const CatalogueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Catalogue($filter: ModuleFilterInput, $lang: String) {
  modules(filter: $filter) {
    id
    slug
    draft {
      id
      version
      title(lang: $lang) {
        text
        lang
        fellBack
      }
    }
    latestPublished {
      id
      version
      content
      title(lang: $lang) {
        text
        lang
        fellBack
      }
    }
    publishedVersions {
      id
      version
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const CredentialsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Credentials($workerId: ID) {
  credentials(workerId: $workerId) {
    id
    url
    scheme
    qualification
    title
    titleFr
    issuerName
    issuedAt
    validUntil
    state
    revokedAt
    revocationReason
  }
}
    `) as unknown as TypedDocumentString<CredentialsQuery, CredentialsQueryVariables>;
export const RevokeCredentialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RevokeCredential($id: ID!, $reason: String!) {
  revokeCredential(id: $id, reason: $reason) {
    id
    state
    revokedAt
    revocationReason
  }
}
    `) as unknown as TypedDocumentString<RevokeCredentialMutation, RevokeCredentialMutationVariables>;
export const PassportElmDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PassportElm($workerId: ID) {
  passportElm(workerId: $workerId)
}
    `) as unknown as TypedDocumentString<PassportElmQuery, PassportElmQueryVariables>;
export const WorkersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Workers($siteId: ID) {
  workers(siteId: $siteId) {
    ...WorkerFields
  }
}
    fragment WorkerFields on Worker {
  id
  displayName
  email
  language
  trade
  hasPin
}`) as unknown as TypedDocumentString<WorkersQuery, WorkersQueryVariables>;
export const AddWorkerDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddWorker($input: AddWorkerInput!) {
  addWorker(input: $input) {
    worker {
      ...WorkerFields
    }
    invitation {
      id
      email
      link
    }
  }
}
    fragment WorkerFields on Worker {
  id
  displayName
  email
  language
  trade
  hasPin
}`) as unknown as TypedDocumentString<AddWorkerMutation, AddWorkerMutationVariables>;
export const SetWorkerPinDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetWorkerPin($workerId: ID!, $pin: String!) {
  setWorkerPin(workerId: $workerId, pin: $pin) {
    ...WorkerFields
  }
}
    fragment WorkerFields on Worker {
  id
  displayName
  email
  language
  trade
  hasPin
}`) as unknown as TypedDocumentString<SetWorkerPinMutation, SetWorkerPinMutationVariables>;
export const TeamsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Teams {
  teams {
    id
    name
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const CreateTeamDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTeam($name: String!) {
  createTeam(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const SetTeamMembersDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {
  setTeamMembers(teamId: $teamId, workerIds: $workerIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetTeamMembersMutation, SetTeamMembersMutationVariables>;
export const SiteCrewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteCrew($siteId: ID!) {
  sites {
    id
    name
    address
    status
  }
  all: workers {
    id
    displayName
    trade
  }
  crew: workers(siteId: $siteId) {
    id
  }
  tablets(siteId: $siteId) {
    id
    label
    createdAt
    lastSeenAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SiteCrewQuery, SiteCrewQueryVariables>;
export const SetSiteCrewDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {
  setSiteCrew(siteId: $siteId, workerIds: $workerIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetSiteCrewMutation, SetSiteCrewMutationVariables>;
export const RevokeTabletDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RevokeTablet($id: ID!) {
  revokeTablet(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeTabletMutation, RevokeTabletMutationVariables>;
export const BadgeSheetDocument = /*#__PURE__*/ new TypedDocumentString(`
    query BadgeSheet($siteId: ID) {
  badgeSheet(siteId: $siteId) {
    workerId
    displayName
    trade
    qrPayload
  }
}
    `) as unknown as TypedDocumentString<BadgeSheetQuery, BadgeSheetQueryVariables>;
export const LabelModulesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LabelModules($siteId: ID!) {
  labelModules(siteId: $siteId) {
    moduleId
    title
    elementCount
    ifcClasses
    storeys
  }
}
    `) as unknown as TypedDocumentString<LabelModulesQuery, LabelModulesQueryVariables>;
export const ForecastInputsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ForecastInputs($territoryId: ID!) {
  forecastProjects(territoryId: $territoryId) {
    id
    name
    years
    buildingType
    dwellings
    floorArea
    packages {
      workPackage
      quantity
    }
    source
  }
  forecastHeadcounts(territoryId: $territoryId) {
    id
    label
    ulo
    workers
  }
  forecastScenarios(territoryId: $territoryId) {
    id
    name
    low
    central
    high
    productiveHours
  }
}
    `) as unknown as TypedDocumentString<ForecastInputsQuery, ForecastInputsQueryVariables>;
export const ForecastRatiosDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ForecastRatios {
  forecastRatios {
    workPackage
    unit
    hoursPerUnit {
      trade
      hours
    }
    ulos
    demoValue
    source
  }
  forecastUlos {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<ForecastRatiosQuery, ForecastRatiosQueryVariables>;
export const ForecastDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Forecast($territoryId: ID!, $low: Float!, $central: Float!, $high: Float!, $productiveHours: Int!) {
  forecast(
    territoryId: $territoryId
    low: $low
    central: $central
    high: $high
    productiveHours: $productiveHours
  ) {
    territoryName
    sharingCompanies
    scenarios {
      kind
      multiplier
      totalHours
      peakWorkers
      peopleToTrain
    }
    years {
      scenario
      year
      hours
      workers
      hoursByTrade {
        trade
        hours
      }
      ulos {
        ulo
        title
        needed
        held
        expiring
        gap
      }
      qualifications {
        code
        title
        gap
      }
    }
    plan {
      modules {
        moduleId
        title
        ulos
        learners
        hours
      }
      hours
      uncovered
    }
  }
}
    `) as unknown as TypedDocumentString<ForecastQuery, ForecastQueryVariables>;
export const CreateForecastProjectDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateForecastProject($input: ForecastProjectInput!) {
  createForecastProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateForecastProjectMutation, CreateForecastProjectMutationVariables>;
export const DeleteForecastProjectDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteForecastProject($id: ID!) {
  deleteForecastProject(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteForecastProjectMutation, DeleteForecastProjectMutationVariables>;
export const ImportForecastProjectsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ImportForecastProjects($territoryId: ID!, $csv: String!) {
  importForecastProjects(territoryId: $territoryId, csv: $csv) {
    created
    errors {
      line
      field
      problem
    }
  }
}
    `) as unknown as TypedDocumentString<ImportForecastProjectsMutation, ImportForecastProjectsMutationVariables>;
export const SaveForecastRatioDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveForecastRatio($input: ForecastRatioInput!) {
  saveForecastRatio(input: $input) {
    workPackage
  }
}
    `) as unknown as TypedDocumentString<SaveForecastRatioMutation, SaveForecastRatioMutationVariables>;
export const AddForecastHeadcountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddForecastHeadcount($input: ForecastHeadcountInput!) {
  addForecastHeadcount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddForecastHeadcountMutation, AddForecastHeadcountMutationVariables>;
export const DeleteForecastHeadcountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteForecastHeadcount($id: ID!) {
  deleteForecastHeadcount(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteForecastHeadcountMutation, DeleteForecastHeadcountMutationVariables>;
export const SaveForecastScenarioDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveForecastScenario($input: ScenarioSetInput!) {
  saveForecastScenario(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveForecastScenarioMutation, SaveForecastScenarioMutationVariables>;
export const ForecastBuildingModelsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ForecastBuildingModels {
  forecastBuildingModels {
    modelId
    siteName
    companyName
    fileName
    version
    windows
    externalWalls
    externalWallArea
    externalWallAreaEstimated
  }
}
    `) as unknown as TypedDocumentString<ForecastBuildingModelsQuery, ForecastBuildingModelsQueryVariables>;
export const SitesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Sites {
  sites(status: active) {
    id
    name
    address
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<SitesQuery, SitesQueryVariables>;
export const PendingCountDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PendingCount {
  pendingValidations {
    statementId
  }
}
    `) as unknown as TypedDocumentString<PendingCountQuery, PendingCountQueryVariables>;
export const EditorModuleDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EditorModule($id: ID!) {
  module(id: $id) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<EditorModuleQuery, EditorModuleQueryVariables>;
export const CreateModuleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateModule($input: CreateModuleInput!) {
  createModule(input: $input) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<CreateModuleMutation, CreateModuleMutationVariables>;
export const UpdateModuleDraftDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {
  updateModuleDraft(input: $input) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<UpdateModuleDraftMutation, UpdateModuleDraftMutationVariables>;
export const PublishModuleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PublishModule($id: ID!) {
  publishModule(id: $id) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<PublishModuleMutation, PublishModuleMutationVariables>;
export const PlayerVersionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PlayerVersion($id: ID!) {
  moduleVersion(id: $id) {
    id
    moduleId
    version
    status
    content
  }
}
    `) as unknown as TypedDocumentString<PlayerVersionQuery, PlayerVersionQueryVariables>;
export const NetworkFiguresDocument = /*#__PURE__*/ new TypedDocumentString(`
    query NetworkFigures($months: Int!) {
  networkFigures(months: $months) {
    sharingCompanies
    months
    workersTrained {
      label
      columns
      cells
      total
    }
    trainingHours {
      label
      columns
      cells
      total
    }
    awardsByScheme {
      label
      columns
      cells
      total
    }
    expiringByScheme {
      label
      columns
      cells
      total
    }
    awardsByEqfLevel {
      label
      columns
      cells
      total
    }
    ulosAwarded {
      label
      columns
      cells
      total
    }
    clauseHoursByTerritory {
      label
      columns
      cells
      total
    }
    clauseTargets {
      territory
      targetHours
      achievedHours
      percent
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkFiguresQuery, NetworkFiguresQueryVariables>;
export const TerritoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Territories {
  territories {
    id
    name
    codes
  }
}
    `) as unknown as TypedDocumentString<TerritoriesQuery, TerritoriesQueryVariables>;
export const CreateTerritoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTerritory($input: TerritoryInput!) {
  createTerritory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTerritoryMutation, CreateTerritoryMutationVariables>;
export const UpdateTerritoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateTerritory($id: ID!, $input: TerritoryInput!) {
  updateTerritory(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTerritoryMutation, UpdateTerritoryMutationVariables>;
export const SharingAgreementsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SharingAgreements {
  sharingAgreements {
    id
    company {
      id
      name
    }
    network {
      id
      name
    }
    startedAt
    endedAt
  }
}
    `) as unknown as TypedDocumentString<SharingAgreementsQuery, SharingAgreementsQueryVariables>;
export const NetworkBodiesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query NetworkBodies {
  networkBodies {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkBodiesQuery, NetworkBodiesQueryVariables>;
export const StartSharingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StartSharing($networkOrganisationId: ID!) {
  startSharing(networkOrganisationId: $networkOrganisationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartSharingMutation, StartSharingMutationVariables>;
export const EndSharingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation EndSharing($id: ID!) {
  endSharing(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndSharingMutation, EndSharingMutationVariables>;
export const MyNotificationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyNotifications {
  myNotifications {
    id
    kind
    message
    createdAt
    readAt
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ManagedOrganisationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ManagedOrganisations {
  managedOrganisations {
    id
    slug
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ManagedOrganisationsQuery, ManagedOrganisationsQueryVariables>;
export const CreateOrganisationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    slug
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const InvitationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Invitations($organisationId: ID!) {
  invitations(organisationId: $organisationId) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  expiresAt
  acceptedAt
}`) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const CreateInvitationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    ...InvitationFields
    link
    delivery
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  expiresAt
  acceptedAt
}`) as unknown as TypedDocumentString<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const RevokeInvitationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    organisationName
    email
    role
    expiresAt
    status
    accountExists
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const FailedJobsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FailedJobs {
  failedJobs {
    id
    queue
    error
    retries
    failedAt
  }
}
    `) as unknown as TypedDocumentString<FailedJobsQuery, FailedJobsQueryVariables>;
export const RequestErasureDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RequestErasure($workerId: ID) {
  requestErasure(workerId: $workerId) {
    id
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<RequestErasureMutation, RequestErasureMutationVariables>;
export const PersonalDataRequestsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PersonalDataRequests {
  personalDataRequests {
    id
    personName
    requestedAt
    requestedByName
    executedAt
    executedByName
  }
}
    `) as unknown as TypedDocumentString<PersonalDataRequestsQuery, PersonalDataRequestsQueryVariables>;
export const ExecuteErasureDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ExecuteErasure($requestId: ID!) {
  executeErasure(requestId: $requestId) {
    id
    personName
    executedAt
    executedByName
  }
}
    `) as unknown as TypedDocumentString<ExecuteErasureMutation, ExecuteErasureMutationVariables>;
export const EvidenceRetentionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EvidenceRetention {
  evidenceRetentionYears
}
    `) as unknown as TypedDocumentString<EvidenceRetentionQuery, EvidenceRetentionQueryVariables>;
export const SetEvidenceRetentionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetEvidenceRetention($years: Int) {
  setEvidenceRetentionYears(years: $years)
}
    `) as unknown as TypedDocumentString<SetEvidenceRetentionMutation, SetEvidenceRetentionMutationVariables>;
export const PositioningInviteDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PositioningInvite($code: String!) {
  positioningInvite(code: $code) {
    sessionName
    organisationName
    language
    retentionMonths
  }
}
    `) as unknown as TypedDocumentString<PositioningInviteQuery, PositioningInviteQueryVariables>;
export const JoinPositioningDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation JoinPositioning($input: JoinPositioningInput!) {
  joinPositioning(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<JoinPositioningMutation, JoinPositioningMutationVariables>;
export const PositioningProgressDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PositioningProgress($token: String!) {
  positioningProgress(token: $token) {
    ...CandidateProgress
  }
}
    fragment CandidateProgress on PositioningProgress {
  firstName
  sessionName
  language
  completed
  answers {
    itemId
    value
  }
  result {
    fits
    answered
    total
    families {
      family
      appetence
      competence
    }
  }
}`) as unknown as TypedDocumentString<PositioningProgressQuery, PositioningProgressQueryVariables>;
export const AnswerPositioningDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AnswerPositioning($token: String!, $itemId: String!, $value: [Int!]!) {
  answerPositioning(token: $token, itemId: $itemId, value: $value) {
    ...CandidateProgress
  }
}
    fragment CandidateProgress on PositioningProgress {
  firstName
  sessionName
  language
  completed
  answers {
    itemId
    value
  }
  result {
    fits
    answered
    total
    families {
      family
      appetence
      competence
    }
  }
}`) as unknown as TypedDocumentString<AnswerPositioningMutation, AnswerPositioningMutationVariables>;
export const PositioningSessionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PositioningSessions {
  positioningSessions {
    id
    name
    date
    language
    code
    candidateCount
    completedCount
  }
}
    `) as unknown as TypedDocumentString<PositioningSessionsQuery, PositioningSessionsQueryVariables>;
export const CreatePositioningSessionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreatePositioningSession($input: PositioningSessionInput!) {
  createPositioningSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePositioningSessionMutation, CreatePositioningSessionMutationVariables>;
export const PositioningSessionResultsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PositioningSessionResults($id: ID!) {
  positioningSession(id: $id) {
    id
    name
    date
    code
    candidateCount
    completedCount
  }
  positioningCandidates(sessionId: $id) {
    id
    firstName
    stage
    handedOverAt
    profile {
      fits
      answered
      total
      families {
        family
        appetence
        competence
      }
    }
    startingUlos {
      code
      title
    }
    suggestedModules
  }
  sharingAgreements {
    id
    endedAt
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PositioningSessionResultsQuery, PositioningSessionResultsQueryVariables>;
export const HandOverCandidateDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation HandOverCandidate($candidateId: ID!, $companyId: ID!) {
  handOverCandidate(
    candidateId: $candidateId
    companyId: $companyId
    candidateConsent: true
  ) {
    id
    handedOverAt
  }
}
    `) as unknown as TypedDocumentString<HandOverCandidateMutation, HandOverCandidateMutationVariables>;
export const PositioningHandoversDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PositioningHandovers {
  positioningHandovers {
    id
    workerId
    displayName
    fromNetwork
    trades
    candidateConsentedAt
    ulos {
      code
      title
    }
    modules {
      moduleVersionId
      title
      assigned
    }
  }
}
    `) as unknown as TypedDocumentString<PositioningHandoversQuery, PositioningHandoversQueryVariables>;
export const FrameworkCatalogueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FrameworkCatalogue {
  frameworkCatalogue {
    id
    code
    version
    ulos {
      code
      title
      titleFr
      topic
      eqfLevel
      credits
      esco
      knowledge
      skills
      autonomy
    }
    schemes {
      code
      title
      titleFr
      units {
        code
        title
        titleFr
      }
      qualifications {
        scheme
        code
        title
        titleFr
        units
        nOf
        practicalValidation
        validityMonths
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FrameworkCatalogueQuery, FrameworkCatalogueQueryVariables>;
export const SaveReferenceUloDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveReferenceUlo($input: ReferenceUloInput!, $create: Boolean!) {
  saveReferenceUlo(input: $input, create: $create) {
    code
  }
}
    `) as unknown as TypedDocumentString<SaveReferenceUloMutation, SaveReferenceUloMutationVariables>;
export const UpdateSchemeQualificationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateSchemeQualification($schemeCode: String!, $code: String!, $input: SchemeQualificationInput!) {
  updateSchemeQualification(schemeCode: $schemeCode, code: $code, input: $input) {
    scheme
    code
  }
}
    `) as unknown as TypedDocumentString<UpdateSchemeQualificationMutation, UpdateSchemeQualificationMutationVariables>;
export const SaveUloMappingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveUloMapping($schemeCode: String!, $schemeUnit: String!, $ulo: String!, $coverage: String!, $note: String!, $noteFr: String) {
  saveUloMapping(
    schemeCode: $schemeCode
    schemeUnit: $schemeUnit
    ulo: $ulo
    coverage: $coverage
    note: $note
    noteFr: $noteFr
  ) {
    id
    approved
  }
}
    `) as unknown as TypedDocumentString<SaveUloMappingMutation, SaveUloMappingMutationVariables>;
export const RemoveUloMappingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RemoveUloMapping($id: ID!) {
  removeUloMapping(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveUloMappingMutation, RemoveUloMappingMutationVariables>;
export const FrameworkChangesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FrameworkChanges($limit: Int!) {
  frameworkChanges(limit: $limit) {
    id
    kind
    code
    action
    fields
    changedAt
    changedBy
  }
}
    `) as unknown as TypedDocumentString<FrameworkChangesQuery, FrameworkChangesQueryVariables>;
export const PassportInputsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PassportInputs($workerId: ID) {
  passportInputs(workerId: $workerId) {
    workerId
    displayName
    today
    catalogue
    evidence {
      ulo
      moduleId
      completedAt
      passedAt
      validatedAt
      validationRequired
      freshUntil
    }
    modules {
      moduleId
      versionId
      title
      outcomes
      startable
    }
    awards {
      id
      scheme
      qualification
      awardedAt
      expiresAt
      expired
      revoked
      onHoldReason
      evidenceChain {
        moduleId
        moduleTitle
        moduleVersion
        attempts
        passedAt
        completedAt
        validatedAt
        validatedBy
        where
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PassportInputsQuery, PassportInputsQueryVariables>;
export const TeamMatrixDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TeamMatrix($siteId: ID, $teamId: ID, $schemeCode: String, $withUlos: Boolean!) {
  teamMatrix(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode) {
    workers {
      id
      displayName
    }
    qualifications {
      code
      scheme
      title
      titleFr
    }
    rows {
      workerId
      statuses
      percents
      expiresAt
    }
    ulos @include(if: $withUlos) {
      code
      title
      titleFr
    }
    uloEntries @include(if: $withUlos) {
      workerId
      ulo
      state
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMatrixQuery, TeamMatrixQueryVariables>;
export const MatrixFiltersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MatrixFilters {
  sites {
    id
    name
  }
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MatrixFiltersQuery, MatrixFiltersQueryVariables>;
export const TeamMatrixCsvDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TeamMatrixCsv($siteId: ID, $teamId: ID, $schemeCode: String) {
  teamMatrixCsv(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode)
}
    `) as unknown as TypedDocumentString<TeamMatrixCsvQuery, TeamMatrixCsvQueryVariables>;
export const UloMappingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UloMappings {
  uloMappings {
    id
    scheme
    schemeUnit
    ulo
    coverage
    note
    noteFr
    approved
  }
}
    `) as unknown as TypedDocumentString<UloMappingsQuery, UloMappingsQueryVariables>;
export const ApproveUloMappingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ApproveUloMapping($id: ID!) {
  approveUloMapping(id: $id) {
    id
    approved
  }
}
    `) as unknown as TypedDocumentString<ApproveUloMappingMutation, ApproveUloMappingMutationVariables>;
export const ImportFrameworkDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ImportFramework($json: String!) {
  importFramework(json: $json) {
    ...FrameworkImportFields
  }
}
    fragment FrameworkImportFields on FrameworkImport {
  id
  code
  version
  ulos
  schemes
  qualifications
  mappings
  tasks
}`) as unknown as TypedDocumentString<ImportFrameworkMutation, ImportFrameworkMutationVariables>;
export const ImportFrameworkCsvDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ImportFrameworkCsv($csv: String!) {
  importFrameworkCsv(csv: $csv) {
    ...FrameworkImportFields
  }
}
    fragment FrameworkImportFields on FrameworkImport {
  id
  code
  version
  ulos
  schemes
  qualifications
  mappings
  tasks
}`) as unknown as TypedDocumentString<ImportFrameworkCsvMutation, ImportFrameworkCsvMutationVariables>;
export const ExportFrameworkCsvDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExportFrameworkCsv {
  exportFrameworkCsv
}
    `) as unknown as TypedDocumentString<ExportFrameworkCsvQuery, ExportFrameworkCsvQueryVariables>;
export const BilateralAgreementsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query BilateralAgreements {
  bilateralAgreements {
    id
    fromScheme
    held
    toScheme
    recognised
    note
    noteFr
    approved
  }
}
    `) as unknown as TypedDocumentString<BilateralAgreementsQuery, BilateralAgreementsQueryVariables>;
export const ApproveBilateralAgreementDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ApproveBilateralAgreement($id: ID!) {
  approveBilateralAgreement(id: $id) {
    id
    approved
  }
}
    `) as unknown as TypedDocumentString<ApproveBilateralAgreementMutation, ApproveBilateralAgreementMutationVariables>;
export const ExportFrameworkDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExportFramework {
  exportFramework
}
    `) as unknown as TypedDocumentString<ExportFrameworkQuery, ExportFrameworkQueryVariables>;
export const FrameworkTasksDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FrameworkTasks {
  frameworkTasks {
    code
    title
    titleFr
    phase
    professions {
      name
      nameFr
    }
    ulos
  }
}
    `) as unknown as TypedDocumentString<FrameworkTasksQuery, FrameworkTasksQueryVariables>;
export const FrameworkUlosDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FrameworkUlos {
  frameworkUlos {
    code
    title
    titleFr
    topic
  }
  retiredUlos {
    code
    title
    titleFr
    topic
  }
}
    `) as unknown as TypedDocumentString<FrameworkUlosQuery, FrameworkUlosQueryVariables>;
export const RecallLapsesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RecallLapses($siteId: ID!) {
  recallLapses(siteId: $siteId) {
    teamId
    teamName
    ulo
    uloTitle
    uloTitleFr
    workers
    cards
    recalls
    lapses
    lapseShare
  }
}
    `) as unknown as TypedDocumentString<RecallLapsesQuery, RecallLapsesQueryVariables>;
export const RecallPolicyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RecallPolicy {
  recallPolicy {
    keepsFresh
    extendMonths
    windowDays
  }
}
    `) as unknown as TypedDocumentString<RecallPolicyQuery, RecallPolicyQueryVariables>;
export const SetRecallPolicyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetRecallPolicy($keepsFresh: Boolean!, $extendMonths: Int!, $windowDays: Int!) {
  setRecallPolicy(
    keepsFresh: $keepsFresh
    extendMonths: $extendMonths
    windowDays: $windowDays
  ) {
    keepsFresh
    extendMonths
    windowDays
  }
}
    `) as unknown as TypedDocumentString<SetRecallPolicyMutation, SetRecallPolicyMutationVariables>;
export const UpcomingRenewalsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UpcomingRenewals($siteId: ID, $days: Int) {
  upcomingRenewals(siteId: $siteId, days: $days) {
    workerId
    workerName
    ulo
    expiresOn
    qualification
    modules
    assigned
  }
}
    `) as unknown as TypedDocumentString<UpcomingRenewalsQuery, UpcomingRenewalsQueryVariables>;
export const SiteListDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteList($status: SiteStatus) {
  sites(status: $status) {
    ...SiteFields
  }
}
    fragment SiteFields on Site {
  id
  name
  address
  startsOn
  endsOn
  timeZone
  client
  contractReference
  status
  closedAt
}`) as unknown as TypedDocumentString<SiteListQuery, SiteListQueryVariables>;
export const CreateSiteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateSite($input: SiteInput!) {
  createSite(input: $input) {
    ...SiteFields
  }
}
    fragment SiteFields on Site {
  id
  name
  address
  startsOn
  endsOn
  timeZone
  client
  contractReference
  status
  closedAt
}`) as unknown as TypedDocumentString<CreateSiteMutation, CreateSiteMutationVariables>;
export const UpdateSiteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateSite($id: ID!, $input: SiteInput!) {
  updateSite(id: $id, input: $input) {
    ...SiteFields
  }
}
    fragment SiteFields on Site {
  id
  name
  address
  startsOn
  endsOn
  timeZone
  client
  contractReference
  status
  closedAt
}`) as unknown as TypedDocumentString<UpdateSiteMutation, UpdateSiteMutationVariables>;
export const CloseSiteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CloseSite($id: ID!) {
  closeSite(id: $id) {
    ...SiteFields
  }
}
    fragment SiteFields on Site {
  id
  name
  address
  startsOn
  endsOn
  timeZone
  client
  contractReference
  status
  closedAt
}`) as unknown as TypedDocumentString<CloseSiteMutation, CloseSiteMutationVariables>;
export const EligibilityReadLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EligibilityReadLog {
  eligibilityReadLog {
    id
    personName
    readerName
    readerOrganisation
    reason
    readAt
  }
}
    `) as unknown as TypedDocumentString<EligibilityReadLogQuery, EligibilityReadLogQueryVariables>;
export const ClauseContractsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseContracts {
  clauseContracts {
    id
    reference
    title
    buyer
    startsOn
    endsOn
    progress {
      targetHours
      achievedHours
      pendingHours
      achievedFte
      percent
    }
  }
}
    `) as unknown as TypedDocumentString<ClauseContractsQuery, ClauseContractsQueryVariables>;
export const ClauseContractDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseContract($id: ID!, $reason: String!) {
  clauseContract(id: $id) {
    id
    reference
    title
    buyer
    startsOn
    endsOn
    territoryName
    networkName
    viewerSide
    progress {
      targetHours
      achievedHours
      pendingHours
      achievedFte
      targetFte
      percent
    }
    lots {
      id
      label
      targetHours
      companies {
        organisationId
        name
      }
      sites {
        id
        name
      }
      progress {
        achievedHours
        pendingHours
        percent
      }
    }
    companies {
      company {
        name
      }
      progress {
        targetHours
        achievedHours
        percent
      }
    }
  }
  clauseParticipants(contractId: $id, reason: $reason) {
    id
    personName
    companyName
    companyId
    category
    evidenceType
    startsOn
    endsOn
    exitOutcome
  }
  clauseDeclarations(contractId: $id) {
    id
    participantId
    personName
    companyName
    lotLabel
    month
    hoursWorked
    trainingHours
    trainingHoursComputed
    trainingCorrectionReason
    status
    correctionReason
    sentBackReason
  }
}
    `) as unknown as TypedDocumentString<ClauseContractQuery, ClauseContractQueryVariables>;
export const DeclareClauseHoursDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeclareClauseHours($input: ClauseHoursInput!) {
  declareClauseHours(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclareClauseHoursMutation, DeclareClauseHoursMutationVariables>;
export const DecideClauseHoursDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DecideClauseHours($declarationId: ID!, $verdict: String!, $reason: String) {
  decideClauseHours(
    declarationId: $declarationId
    verdict: $verdict
    reason: $reason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideClauseHoursMutation, DecideClauseHoursMutationVariables>;
export const ClauseContractOptionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseContractOptions {
  territories {
    id
    name
  }
  sharingAgreements {
    id
    endedAt
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ClauseContractOptionsQuery, ClauseContractOptionsQueryVariables>;
export const CreateClauseContractDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateClauseContract($input: ClauseContractInput!) {
  createClauseContract(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateClauseContractMutation, CreateClauseContractMutationVariables>;
export const RecordClauseExitDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RecordClauseExit($participantId: ID!, $outcome: String!, $exitOn: String!) {
  recordClauseExit(
    participantId: $participantId
    outcome: $outcome
    exitOn: $exitOn
  ) {
    id
    exitOutcome
  }
}
    `) as unknown as TypedDocumentString<RecordClauseExitMutation, RecordClauseExitMutationVariables>;
export const ClauseCompanySitesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseCompanySites {
  sites(status: active) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ClauseCompanySitesQuery, ClauseCompanySitesQueryVariables>;
export const LinkClauseLotSiteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LinkClauseLotSite($lotId: ID!, $siteId: ID!) {
  linkClauseLotSite(lotId: $lotId, siteId: $siteId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkClauseLotSiteMutation, LinkClauseLotSiteMutationVariables>;
export const ClauseParticipantCandidatesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseParticipantCandidates($contractId: ID!) {
  clauseParticipantCandidates(contractId: $contractId) {
    workerId
    personName
    companyName
  }
}
    `) as unknown as TypedDocumentString<ClauseParticipantCandidatesQuery, ClauseParticipantCandidatesQueryVariables>;
export const AddClauseParticipantDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddClauseParticipant($input: ClauseParticipantInput!) {
  addClauseParticipant(input: $input) {
    id
    personName
  }
}
    `) as unknown as TypedDocumentString<AddClauseParticipantMutation, AddClauseParticipantMutationVariables>;
export const ClauseParticipantPathDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ClauseParticipantPath($participantId: ID!, $reason: String!, $language: String!) {
  clauseParticipantPath(
    participantId: $participantId
    reason: $reason
    language: $language
  ) {
    personName
    contracts {
      participantId
      contractId
      reference
      title
      companyName
      category
      startsOn
      endsOn
      exitOutcome
      exitOn
    }
    months {
      month
      reference
      hoursWorked
      trainingHours
      status
    }
    modules {
      title
      completedOn
    }
    afests {
      id
      title
      startedOn
      signedOn
      sequences
    }
    qualifications {
      title
      scheme
      awardedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ClauseParticipantPathQuery, ClauseParticipantPathQueryVariables>;
export const EnrolTabletWithCodeDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation EnrolTabletWithCode($code: String!, $publicKey: String) {
  enrolTabletWithCode(code: $code, publicKey: $publicKey) {
    deviceToken
    siteName
    tablet {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolTabletWithCodeMutation, EnrolTabletWithCodeMutationVariables>;
export const SetupEnrolTabletDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetupEnrolTablet($siteId: ID!, $label: String!, $publicKey: String) {
  enrolTablet(siteId: $siteId, label: $label, publicKey: $publicKey) {
    deviceToken
    siteName
    tablet {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<SetupEnrolTabletMutation, SetupEnrolTabletMutationVariables>;
export const SetupSitesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SetupSites {
  sites {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SetupSitesQuery, SetupSitesQueryVariables>;
export const CreateTabletEnrolmentCodeDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTabletEnrolmentCode($siteId: ID!, $label: String!) {
  createTabletEnrolmentCode(siteId: $siteId, label: $label) {
    code
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateTabletEnrolmentCodeMutation, CreateTabletEnrolmentCodeMutationVariables>;
export const TabletCrewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TabletCrew {
  tabletCrew {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<TabletCrewQuery, TabletCrewQueryVariables>;
export const PinLoginDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PinLogin($workerId: ID!, $pin: String!) {
  pinLogin(workerId: $workerId, pin: $pin) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<PinLoginMutation, PinLoginMutationVariables>;
export const BadgeLoginDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation BadgeLogin($code: String!) {
  badgeLogin(code: $code) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<BadgeLoginMutation, BadgeLoginMutationVariables>;
export const ReportOfflineLockoutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReportOfflineLockout($workerId: ID!, $lockedAt: DateTime!) {
  reportOfflineLockout(workerId: $workerId, lockedAt: $lockedAt)
}
    `) as unknown as TypedDocumentString<ReportOfflineLockoutMutation, ReportOfflineLockoutMutationVariables>;
export const SiteTenderDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SiteTender($siteId: ID!) {
  sites {
    id
    name
  }
  siteTenderCheck(siteId: $siteId) {
    siteId
    requirements {
      crewSize
      metCount
      metPercent
      requirement {
        id
        title
        clause
        ulos
        qualifications
      }
      members {
        workerId
        displayName
        met
        missingUlos
        missingQualifications
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SiteTenderQuery, SiteTenderQueryVariables>;
export const TenderCatalogueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TenderCatalogue {
  passportInputs {
    catalogue
  }
}
    `) as unknown as TypedDocumentString<TenderCatalogueQuery, TenderCatalogueQueryVariables>;
export const CreateTenderRequirementDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTenderRequirement($input: CreateTenderRequirementInput!) {
  createTenderRequirement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTenderRequirementMutation, CreateTenderRequirementMutationVariables>;
export const UpdateTenderRequirementDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateTenderRequirement($id: ID!, $input: TenderRequirementInput!) {
  updateTenderRequirement(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTenderRequirementMutation, UpdateTenderRequirementMutationVariables>;
export const DeleteTenderRequirementDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteTenderRequirement($id: ID!) {
  deleteTenderRequirement(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTenderRequirementMutation, DeleteTenderRequirementMutationVariables>;
export const PendingValidationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PendingValidations {
  pendingValidations {
    statementId
    workerId
    workerName
    activityId
    moduleVersionId
    response
    evidence
    submittedAt
    review
    moduleVersion {
      id
      version
      content
      title {
        text
      }
    }
  }
  refusedStatements {
    statementId
    workerName
    rule
    reason
    refusedAt
  }
  modules {
    id
    latestPublished {
      id
      version
      content
      title {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingValidationsQuery, PendingValidationsQueryVariables>;
export const ReviewPracticalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReviewPractical($statementId: ID!, $verdict: Verdict!, $comment: String) {
  reviewPractical(statementId: $statementId, verdict: $verdict, comment: $comment) {
    statementId
    review
    reviewComment
    reviewedBy
  }
}
    `) as unknown as TypedDocumentString<ReviewPracticalMutation, ReviewPracticalMutationVariables>;
export const MeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RefreshDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const SwitchOrganisationDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SwitchOrganisation($organisationId: ID!) {
  switchOrganisation(organisationId: $organisationId) {
    ...LoginPayloadFields
  }
}
    fragment SessionUser on Me {
  id
  email
  displayName
  language
  role
  organisation {
    id
    slug
    name
    kind
  }
  memberships {
    role
    organisation {
      id
      slug
      name
      kind
    }
  }
}
fragment LoginPayloadFields on LoginPayload {
  accessToken
  expiresAt
  refreshToken
  refreshExpiresAt
  me {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<SwitchOrganisationMutation, SwitchOrganisationMutationVariables>;