// What a site must be to be saved, checked the same way by the staff screen (before sending) and by the API.
import { isTimeZone } from '../dates/site-day.js';

export interface SiteInputFields {
  name: string;
  address: string;
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  client: string;
  contractReference: string | null;
}

export type SiteField = keyof SiteInputFields;

/** Why a field is refused, as a stable key the screens translate (`sites.errors.<key>`). */
export type SiteInputProblem = 'nameRequired' | 'nameTooLong' | 'tooLong' | 'badDate' | 'endBeforeStart' | 'unknownTimeZone';

export const SITE_NAME_MAX = 120;
export const SITE_TEXT_MAX = 500;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Trims the text fields and turns blank optional ones into null. */
export function normaliseSiteInput(input: SiteInputFields): SiteInputFields {
  const blankToNull = (value: string | null) => (value && value.trim() ? value.trim() : null);
  return {
    name: input.name.trim(),
    address: input.address.trim(),
    startsOn: blankToNull(input.startsOn),
    endsOn: blankToNull(input.endsOn),
    timeZone: input.timeZone.trim(),
    client: input.client.trim(),
    contractReference: blankToNull(input.contractReference),
  };
}

/** Every problem of a (normalised) site, one per field; empty when it may be saved. */
export function siteInputProblems(input: SiteInputFields): Partial<Record<SiteField, SiteInputProblem>> {
  const problems: Partial<Record<SiteField, SiteInputProblem>> = {};
  if (!input.name) problems.name = 'nameRequired';
  else if (input.name.length > SITE_NAME_MAX) problems.name = 'nameTooLong';
  if (input.address.length > SITE_TEXT_MAX) problems.address = 'tooLong';
  if (input.client.length > SITE_TEXT_MAX) problems.client = 'tooLong';
  if (input.contractReference && input.contractReference.length > SITE_TEXT_MAX) problems.contractReference = 'tooLong';
  if (input.startsOn && !isIsoDay(input.startsOn)) problems.startsOn = 'badDate';
  if (input.endsOn && !isIsoDay(input.endsOn)) problems.endsOn = 'badDate';
  else if (input.startsOn && input.endsOn && !problems.startsOn && input.endsOn < input.startsOn) problems.endsOn = 'endBeforeStart';
  if (!isTimeZone(input.timeZone)) problems.timeZone = 'unknownTimeZone';
  return problems;
}
