// A worker's statuses on the whole catalogue through the shared engine (qualificationStatuses, the same one the
// passport runs), with the row id each award is stored under.
import { compileSchemes, qualificationStatuses, type CompiledSchemes, type QualificationStatusRow, type UloEvidence } from '@fit/shared';
import type { Catalogue, CatalogueScheme } from './framework.service.js';
import { required } from '../../common/required.js';

export interface StatusRow extends QualificationStatusRow {
  qualificationId: string;
}

/** The catalogue compiled once per request (not per worker): see compileSchemes. */
export type CompiledCatalogue = CompiledSchemes<CatalogueScheme['qualifications'][number]>;

export const compileCatalogue = (cat: Pick<Catalogue, 'schemes'>): CompiledCatalogue => compileSchemes(cat.schemes);

/** Every qualification of the catalogue for one worker's evidence, in the catalogue's order (see qualificationStatuses). */
export function statusesOf(
  cat: Pick<Catalogue, 'schemes'>,
  evidence: UloEvidence[],
  date: string,
  compiled = compileCatalogue(cat),
  /** The backing ULO statuses, kept with an award; a matrix does without. */
  withBacking = true,
): StatusRow[] {
  const rows = qualificationStatuses(cat.schemes, evidence, date, compiled, withBacking) as StatusRow[];
  rows.forEach((row, i) => (row.qualificationId = required(compiled.qualifications[i], 'a compiled qualification for each status').qualification.id));
  return rows;
}
