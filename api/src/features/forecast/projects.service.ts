// Planned retrofit projects of a territory: typed in a form or imported from CSV (all lines or none), and deleted.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isWorkPackage, PROJECT_CSV_COLUMNS, projectFromRow, projectProblems, WORK_PACKAGES, type ProjectDraft, type WorkPackage } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { readCsv, CsvSyntaxError, writeCsv } from '../../common/csv.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { TerritoriesService } from '../network/territories.service.js';
import { ForecastProjectEntity } from './forecast.entities.js';
import type { ForecastProjectInput } from './forecast.inputs.js';
import type { ForecastProject, ProjectImport } from './models/forecast-inputs.models.js';

/** A file of more lines is not a territory's plan but a mistake; refused before any work. */
const IMPORT_LINES_MAX = 5000;

export const toProject = (row: ForecastProjectEntity): ForecastProject => ({
  id: row.id,
  territoryId: row.territoryId,
  name: row.name,
  years: row.years,
  buildingType: row.buildingType,
  dwellings: row.dwellings,
  floorArea: row.floorArea,
  packages: WORK_PACKAGES.filter((p) => (row.quantities[p] ?? 0) > 0).map((workPackage) => ({ workPackage, quantity: row.quantities[workPackage]! })),
  source: row.source,
});

const quantitiesOf = (draft: ProjectDraft): Partial<Record<WorkPackage, number>> =>
  Object.fromEntries(draft.packages.filter((p) => p.quantity > 0).map((p) => [p.workPackage, p.quantity]));

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  async list(viewer: Viewer, territoryId: string): Promise<ForecastProject[]> {
    const territory = await this.territories.ownedOrFail(viewer, territoryId);
    const rows = await this.db.getRepository(ForecastProjectEntity).find({ where: { territoryId: territory.id }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toProject);
  }

  async create(viewer: Viewer, input: ForecastProjectInput): Promise<ForecastProject> {
    const territory = await this.territories.ownedOrFail(viewer, input.territoryId);
    const unknown = input.packages.find((p) => !isWorkPackage(p.workPackage));
    if (unknown) throw badInput(`Unknown work package "${unknown.workPackage}".`, { field: 'packages', problem: 'badType' });
    const draft: ProjectDraft = {
      name: input.name.trim(),
      years: [...new Set(input.years)].sort((a, b) => a - b),
      buildingType: input.buildingType as ProjectDraft['buildingType'],
      dwellings: input.dwellings ?? null,
      floorArea: input.floorArea ?? null,
      packages: input.packages.map((p) => ({ workPackage: p.workPackage as WorkPackage, quantity: p.quantity })),
    };
    const [issue] = projectProblems(draft);
    if (issue) throw badInput(`${issue.field}: ${issue.problem}`, { field: issue.field, problem: issue.problem });
    const saved = await this.db.getRepository(ForecastProjectEntity).save({ ...this.row(draft, viewer, territory.id), source: 'form' });
    return toProject(saved as ForecastProjectEntity);
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const result = isUuid(id) ? await this.db.getRepository(ForecastProjectEntity).delete({ id, organisationId: viewer.organisationId }) : { affected: 0 };
    if (!result.affected) throw notFound('This planned project');
    return true;
  }

  /** Every line checked first; one wrong line and nothing is imported, each wrong field named with its line. */
  async importCsv(viewer: Viewer, territoryId: string, csv: string): Promise<ProjectImport> {
    const territory = await this.territories.ownedOrFail(viewer, territoryId);
    let rows: string[][];
    try {
      rows = readCsv(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return { created: 0, errors: [{ line: error.row, field: 'file', problem: 'badCsv' }] };
      throw error;
    }
    const [header = [], ...lines] = rows;
    const columns = header.map((h) => h.trim());
    const missing = ['name', 'years', 'buildingType'].filter((c) => !columns.includes(c));
    if (missing.length) return { created: 0, errors: missing.map((field) => ({ line: 1, field, problem: 'missingColumn' })) };
    if (lines.length === 0) return { created: 0, errors: [{ line: 2, field: 'file', problem: 'noLines' }] };
    if (lines.length > IMPORT_LINES_MAX) return { created: 0, errors: [{ line: IMPORT_LINES_MAX + 2, field: 'file', problem: 'tooManyLines' }] };
    const drafts = lines.map((cells) => projectFromRow(Object.fromEntries(columns.map((c, i) => [c, cells[i]]))));
    const errors = drafts.flatMap((draft, i) => projectProblems(draft).map((issue) => ({ line: i + 2, ...issue })));
    if (errors.length) return { created: 0, errors };
    await this.db.getRepository(ForecastProjectEntity).insert(drafts.map((d) => ({ ...this.row(d, viewer, territory.id), source: 'csv' })));
    return { created: drafts.length, errors: [] };
  }

  /** The import template: the columns and one example line. */
  template(): string {
    const example = { name: 'Résidence Les Tilleuls', years: '2027-2028', buildingType: 'apartmentBlock', dwellings: '48', floorArea: '3100', externalWallInsulation: '2600', windowReplacement: '192' };
    return writeCsv([[...PROJECT_CSV_COLUMNS], PROJECT_CSV_COLUMNS.map((c) => (example as Record<string, string>)[c] ?? '')]);
  }

  private row(draft: ProjectDraft, viewer: Viewer, territoryId: string) {
    return {
      organisationId: viewer.organisationId,
      territoryId,
      name: draft.name.trim(),
      years: draft.years,
      buildingType: draft.buildingType,
      dwellings: draft.dwellings,
      floorArea: draft.floorArea,
      quantities: quantitiesOf(draft),
    };
  }
}
