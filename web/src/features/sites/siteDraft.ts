// The site form's draft: what the fields hold, what the API is sent, and which field each refusal belongs to.
import {
  DEFAULT_TIME_ZONE,
  normaliseSiteInput,
  siteInputProblems,
  type SiteField,
  type SiteInputFields,
  type SiteInputProblem,
} from '@fit/shared';

export type SiteDraft = Record<SiteField, string>;

/** Key under `sites.errors`: a shared rule, or the server's `duplicateName`. */
export type SiteProblem = SiteInputProblem | 'duplicateName';
export type SiteDraftErrors = Partial<Record<SiteField, SiteProblem>>;

const PROBLEMS = new Set<string>(['nameRequired', 'nameTooLong', 'tooLong', 'badDate', 'endBeforeStart', 'unknownTimeZone', 'duplicateName']);

export const EMPTY_SITE: SiteDraft = {
  name: '',
  address: '',
  startsOn: '',
  endsOn: '',
  timeZone: DEFAULT_TIME_ZONE,
  client: '',
  contractReference: '',
};

export function draftOf(site: Partial<Record<SiteField, string | null>>): SiteDraft {
  const draft = { ...EMPTY_SITE };
  for (const field of Object.keys(EMPTY_SITE) as SiteField[]) draft[field] = site[field] ?? EMPTY_SITE[field];
  return draft;
}

export function inputOf(draft: SiteDraft): SiteInputFields {
  return normaliseSiteInput({ ...draft, startsOn: draft.startsOn || null, endsOn: draft.endsOn || null, contractReference: draft.contractReference || null });
}

/** The same rules the API applies, so most mistakes are shown before anything is sent. */
export function validateSiteDraft(draft: SiteDraft): SiteDraftErrors {
  return siteInputProblems(inputOf(draft));
}

const FIELDS = new Set<string>(Object.keys(EMPTY_SITE));

/** A refusal of the API that names a field (`extensions.field` and `extensions.problem`), for showing next to it. */
export function serverFieldError(details: Record<string, unknown> | null): SiteDraftErrors {
  const field = details?.field;
  const problem = details?.problem;
  if (typeof field !== 'string' || !FIELDS.has(field) || typeof problem !== 'string' || !PROBLEMS.has(problem)) return {};
  return { [field]: problem as SiteProblem };
}

/** The order fields appear in, to put the focus on the first refused one. */
export const FIELD_ORDER: SiteField[] = ['name', 'address', 'client', 'contractReference', 'startsOn', 'endsOn', 'timeZone'];
