// A territory is a named area owned by a network body, given as official codes: French municipalities (INSEE
// commune codes, five characters, Corsica's start 2A/2B) or inter-municipal bodies (EPCI, nine-digit SIREN).
export const TERRITORY_NAME_MAX = 120;
export const TERRITORY_CODES_MAX = 2000;

export type TerritoryProblem = 'nameRequired' | 'nameTooLong' | 'codesRequired' | 'tooManyCodes' | 'badCode';

const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
const EPCI = /^\d{9}$/;

export const isTerritoryCode = (code: string): boolean => COMMUNE.test(code) || EPCI.test(code);

/** Codes as typed (commas, spaces or new lines between them), upper-cased, without repeats, in their given order. */
export function parseTerritoryCodes(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

export interface TerritoryDraft {
  name: string;
  codes: readonly string[];
}

/** What is wrong with a territory, field by field; `badCode` names the first code that is not an official one. */
export function territoryProblems(draft: TerritoryDraft): { field: 'name' | 'codes'; problem: TerritoryProblem; code?: string }[] {
  const problems: { field: 'name' | 'codes'; problem: TerritoryProblem; code?: string }[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ field: 'name', problem: 'nameRequired' });
  else if (name.length > TERRITORY_NAME_MAX) problems.push({ field: 'name', problem: 'nameTooLong' });
  if (draft.codes.length === 0) problems.push({ field: 'codes', problem: 'codesRequired' });
  else if (draft.codes.length > TERRITORY_CODES_MAX) problems.push({ field: 'codes', problem: 'tooManyCodes' });
  else {
    const bad = draft.codes.find((code) => !isTerritoryCode(code));
    if (bad !== undefined) problems.push({ field: 'codes', problem: 'badCode', code: bad });
  }
  return problems;
}
