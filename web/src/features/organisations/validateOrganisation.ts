// Checks the new-organisation, invitation and accept forms before sending, with the same rules as the server.
import { isPlausibleEmail, PASSWORD_MIN_LENGTH } from '@fit/shared';

export const ORGANISATION_KINDS = ['sme', 'training_centre', 'network'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const INVITABLE_ROLES = ['manager', 'trainer'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export interface OrganisationDraft {
  name: string;
  slug: string;
  kind: OrganisationKind;
}

export type OrganisationErrors = Partial<Record<'name' | 'slug', 'required' | 'invalid'>>;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/;

export function validateOrganisation(draft: OrganisationDraft): OrganisationErrors {
  const errors: OrganisationErrors = {};
  const name = draft.name.trim();
  if (name.length < 2 || name.length > 120) errors.name = 'required';
  if (!draft.slug) errors.slug = 'required';
  else if (!SLUG.test(draft.slug)) errors.slug = 'invalid';
  return errors;
}

/** "Rénov' Lyon & Fils" → "renov-lyon-fils": a readable web address proposed from the name. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}

export function isValidEmail(email: string): boolean {
  return isPlausibleEmail(email.trim());
}

export interface AcceptDraft {
  displayName: string;
  password: string;
  confirm: string;
}

export type AcceptErrors = Partial<Record<keyof AcceptDraft, 'required' | 'tooShort' | 'mismatch'>>;

/** A new account needs a name and a password typed twice; linking an existing account needs its password only. */
export function validateAccept(draft: AcceptDraft, accountExists: boolean): AcceptErrors {
  const errors: AcceptErrors = {};
  if (accountExists) {
    if (!draft.password) errors.password = 'required';
    return errors;
  }
  if (draft.displayName.trim().length < 2) errors.displayName = 'required';
  if (draft.password.length < PASSWORD_MIN_LENGTH) errors.password = 'tooShort';
  else if (draft.confirm !== draft.password) errors.confirm = 'mismatch';
  return errors;
}
