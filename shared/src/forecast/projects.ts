// A planned retrofit project as a network body enters it (form or CSV line), and what is wrong with one, field by field.
import { BUILDING_TYPES, WORK_PACKAGES, type BuildingType, type WorkPackage } from './work-packages.js';

export const FORECAST_FIRST_YEAR = 2020;
export const FORECAST_LAST_YEAR = 2060;
export const PROJECT_NAME_MAX = 160;
/** A sanity cap: 10 million m² or units of a package on one project is a typing error. */
export const QUANTITY_MAX = 10_000_000;

export interface ProjectDraft {
  name: string;
  years: number[];
  buildingType: BuildingType;
  dwellings: number | null;
  floorArea: number | null;
  packages: { workPackage: WorkPackage; quantity: number }[];
}

export type ProjectField = 'name' | 'years' | 'buildingType' | 'dwellings' | 'floorArea' | WorkPackage;
export type ProjectProblem = 'required' | 'tooLong' | 'badYear' | 'badType' | 'badNumber' | 'noWork';

export interface ProjectIssue {
  field: ProjectField;
  problem: ProjectProblem;
}

const okCount = (n: number | null): boolean => n === null || (Number.isFinite(n) && n >= 0 && n <= QUANTITY_MAX);

export function projectProblems(draft: ProjectDraft): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  const name = draft.name.trim();
  if (!name) issues.push({ field: 'name', problem: 'required' });
  else if (name.length > PROJECT_NAME_MAX) issues.push({ field: 'name', problem: 'tooLong' });
  if (draft.years.length === 0) issues.push({ field: 'years', problem: 'required' });
  else if (draft.years.some((y) => !Number.isInteger(y) || y < FORECAST_FIRST_YEAR || y > FORECAST_LAST_YEAR)) issues.push({ field: 'years', problem: 'badYear' });
  if (!(BUILDING_TYPES as readonly string[]).includes(draft.buildingType)) issues.push({ field: 'buildingType', problem: 'badType' });
  if (!okCount(draft.dwellings)) issues.push({ field: 'dwellings', problem: 'badNumber' });
  if (!okCount(draft.floorArea)) issues.push({ field: 'floorArea', problem: 'badNumber' });
  for (const p of draft.packages) if (!okCount(p.quantity)) issues.push({ field: p.workPackage, problem: 'badNumber' });
  if (issues.length === 0 && !draft.packages.some((p) => p.quantity > 0)) issues.push({ field: WORK_PACKAGES[0], problem: 'noWork' });
  return issues;
}

/** Years as typed: "2027", "2027-2029" or "2027;2029" (commas, semicolons or spaces). NaN marks a bad one. */
export function parseYears(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const range = /^(\d{4})-(\d{4})$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > FORECAST_LAST_YEAR - FORECAST_FIRST_YEAR) out.push(Number.NaN);
      else for (let y = from; y <= to; y++) out.push(y);
    } else out.push(/^\d{4}$/.test(part) ? Number(part) : Number.NaN);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Columns of the CSV import, in the template's order. */
export const PROJECT_CSV_COLUMNS = ['name', 'years', 'buildingType', 'dwellings', 'floorArea', ...WORK_PACKAGES] as const;

const number = (text: string | undefined): number | null => {
  const t = (text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return t === '' ? null : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
};

/** One CSV line (by column name) as a draft; blanks are zero quantities, a bad number stays NaN for projectProblems. */
export function projectFromRow(row: Record<string, string | undefined>): ProjectDraft {
  return {
    name: row.name ?? '',
    years: parseYears(row.years ?? ''),
    buildingType: (row.buildingType ?? '').trim() as BuildingType,
    dwellings: number(row.dwellings),
    floorArea: number(row.floorArea),
    packages: WORK_PACKAGES.map((workPackage) => ({ workPackage, quantity: number(row[workPackage]) ?? 0 })),
  };
}
