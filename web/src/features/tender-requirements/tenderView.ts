// What the tender screen shows, computed without React: the framework's choices and search, the form's checks, and
// the words for what a worker misses.
import type { PassportCatalogue } from '@fit/shared';
import { localText } from '../../ui/localText';
import { matchesSearch } from '../../ui/matchesSearch';

export interface TenderChoice {
  kind: 'ulo' | 'qualification';
  code: string;
  title: string;
  /** The scheme for a qualification, the EQF level for a ULO: shown beside the title. */
  detail: string;
}

/** Every ULO, then every qualification, of the active framework, titled in the reader's language. */
export function tenderChoices(cat: PassportCatalogue | null, lang: string): TenderChoice[] {
  if (!cat) return [];
  return [
    ...cat.ulos.map((u): TenderChoice => ({
      kind: 'ulo',
      code: u.code,
      title: localText(u.title, lang),
      detail: `EQF ${u.eqfLevel}`,
    })),
    ...cat.schemes.flatMap((s) =>
      s.qualifications.map((q): TenderChoice => ({
        kind: 'qualification',
        code: q.code,
        title: localText(q.title, lang),
        detail: s.code,
      })),
    ),
  ];
}

/** Choices whose code, title or scheme hold every word searched, accents and case aside. */
export function searchChoices(choices: TenderChoice[], search: string): TenderChoice[] {
  return choices.filter((c) => matchesSearch(`${c.code} ${c.title} ${c.detail}`, search));
}

export interface TenderDraft {
  title: string;
  clause: string;
  ulos: string[];
  qualifications: string[];
}

/** The editable fields of a requirement (or of an answer holding more). */
export function toDraft(r: TenderDraft): TenderDraft {
  return { title: r.title, clause: r.clause, ulos: [...r.ulos], qualifications: [...r.qualifications] };
}

export type TenderDraftErrors = Partial<Record<'title' | 'picks', 'required' | 'tooLong'>>;

export const TITLE_MAX = 200;

/** The form's own checks before sending; the server checks the codes against the framework again. */
export function validateDraft(d: TenderDraft): TenderDraftErrors {
  const errors: TenderDraftErrors = {};
  const title = d.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > TITLE_MAX) errors.title = 'tooLong';
  if (!d.ulos.length && !d.qualifications.length) errors.picks = 'required';
  return errors;
}

/** Names for codes (a code the framework no longer has is shown as is). */
export function codeNames(choices: TenderChoice[]): (code: string) => string {
  const names = new Map(choices.map((c) => [c.code, c.title]));
  return (code) => {
    const title = names.get(code);
    return title ? `${title} (${code})` : code;
  };
}

/** The share met as the big figure shows it: whole numbers without decimals, in the reader's language. */
export function formatShare(percent: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** Who misses the requirement first (what to act on), then who meets it, each by name. */
export function sortMembers<T extends { met: boolean; displayName: string }>(members: T[]): T[] {
  return [...members].sort(
    (a, b) => Number(a.met) - Number(b.met) || a.displayName.localeCompare(b.displayName),
  );
}
