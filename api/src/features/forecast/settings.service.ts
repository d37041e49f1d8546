// A network body's forecast settings: ratios per work package (the demo ones until edited), headcounts declared for
// companies not in FIT, and saved scenario sets.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEMO_RATIOS, isTrade, isWorkPackage, multiplierProblem, WORK_PACKAGE_UNITS, WORK_PACKAGES, type WorkRatio } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { networkBodyOrFail } from '../network/network-viewer.js';
import { TerritoriesService } from '../network/territories.service.js';
import { ForecastHeadcountEntity, ForecastRatioEntity, ForecastScenarioEntity } from './forecast.entities.js';
import type { ForecastHeadcountInput, ForecastRatioInput, ScenarioSetInput } from './forecast.inputs.js';
import type { ForecastHeadcount, ForecastRatio, ForecastScenario, UloLabel } from './models/forecast-inputs.models.js';
import { queryRows } from '../../common/sql.js';

const HOURS_PER_UNIT_MAX = 10_000;
const HEADCOUNT_MAX = 1_000_000;

export const toRatio = (r: Pick<WorkRatio, 'workPackage' | 'hoursPerUnit' | 'ulos' | 'demoValue' | 'source'>): ForecastRatio => ({
  workPackage: r.workPackage,
  unit: WORK_PACKAGE_UNITS[r.workPackage],
  hoursPerUnit: Object.entries(r.hoursPerUnit).map(([trade, hours]) => ({ trade, hours: hours ?? 0 })),
  ulos: r.ulos,
  demoValue: r.demoValue,
  source: r.source,
});

const toScenario = ({ id, territoryId, name, low, central, high, productiveHours, createdAt }: ForecastScenarioEntity): ForecastScenario => ({
  id, territoryId, name, low, central, high, productiveHours, createdAt,
});

@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  /** Every work package's ratio: the body's own where it saved one, the demo value otherwise. */
  async ratios(viewer: Viewer): Promise<WorkRatio[]> {
    await networkBodyOrFail(this.db.manager, viewer.organisationId);
    const saved = await this.db.getRepository(ForecastRatioEntity).findBy({ organisationId: viewer.organisationId });
    const byPackage = new Map(saved.map((r) => [r.workPackage, r]));
    return WORK_PACKAGES.map((wp) => byPackage.get(wp) ?? DEMO_RATIOS.find((d) => d.workPackage === wp)!);
  }

  async saveRatio(viewer: Viewer, input: ForecastRatioInput): Promise<ForecastRatio> {
    await networkBodyOrFail(this.db.manager, viewer.organisationId);
    if (!isWorkPackage(input.workPackage)) throw badInput(`Unknown work package "${input.workPackage}".`, { field: 'workPackage', problem: 'badType' });
    for (const h of input.hoursPerUnit) {
      if (!isTrade(h.trade)) throw badInput(`Unknown trade "${h.trade}".`, { field: 'hoursPerUnit', problem: 'badType' });
      if (!(Number.isFinite(h.hours) && h.hours >= 0 && h.hours <= HOURS_PER_UNIT_MAX)) {
        throw badInput('Hours per unit must be a number from 0 to 10,000.', { field: `hours.${h.trade}`, problem: 'badNumber' });
      }
    }
    const labels = new Set((await this.uloLabels()).map((u) => u.code));
    const unknownUlo = input.ulos.find((u) => !labels.has(u));
    if (unknownUlo) throw badInput(`${unknownUlo} is not a ULO of the framework.`, { field: 'ulos', problem: 'unknownUlo' });
    const row = {
      organisationId: viewer.organisationId,
      workPackage: input.workPackage,
      hoursPerUnit: Object.fromEntries(input.hoursPerUnit.filter((h) => h.hours > 0).map((h) => [h.trade, h.hours])),
      ulos: [...new Set(input.ulos)],
      // A value the body saved is its own, no longer the demo one.
      demoValue: false,
      source: input.source.trim(),
    };
    await this.db.getRepository(ForecastRatioEntity).save(row);
    return toRatio(row);
  }

  /** The language of the viewer's documents and labels: French unless they chose English. */
  async language(viewer: Viewer): Promise<'fr' | 'en'> {
    const [row] = await this.db.query<{ language: string }[]>('select language from users where id = $1', [viewer.userId]);
    return row?.language === 'en' ? 'en' : 'fr';
  }

  /** ULOs of the active framework with their titles in the viewer's language (fr, else en). */
  async uloLabels(language = 'en'): Promise<UloLabel[]> {
    return queryRows<UloLabel>(
      this.db,
      `select code, coalesce(title->>$1, title->>'en', code) as title from reference_ulos
        where framework_id = (select id from qualification_frameworks order by imported_at desc, id limit 1) order by code`,
      [language === 'fr' ? 'fr' : 'en'],
    );
  }

  async headcounts(viewer: Viewer, territoryId: string): Promise<ForecastHeadcount[]> {
    const territory = await this.territories.ownedOrFail(viewer, territoryId);
    return this.db.getRepository(ForecastHeadcountEntity).find({ where: { territoryId: territory.id }, order: { label: 'ASC', ulo: 'ASC' } });
  }

  async addHeadcount(viewer: Viewer, input: ForecastHeadcountInput): Promise<ForecastHeadcount> {
    const territory = await this.territories.ownedOrFail(viewer, input.territoryId);
    const label = input.label.trim();
    if (!label) throw badInput('Say whose headcount this is.', { field: 'label', problem: 'required' });
    if (!Number.isInteger(input.workers) || input.workers < 0 || input.workers > HEADCOUNT_MAX) {
      throw badInput('Workers must be a whole number from 0.', { field: 'workers', problem: 'badNumber' });
    }
    if (!(await this.uloLabels()).some((u) => u.code === input.ulo)) throw badInput(`${input.ulo} is not a ULO of the framework.`, { field: 'ulo', problem: 'unknownUlo' });
    const { id } = await this.db.getRepository(ForecastHeadcountEntity).save({ organisationId: viewer.organisationId, territoryId: territory.id, label, ulo: input.ulo, workers: input.workers });
    return { id, label, ulo: input.ulo, workers: input.workers };
  }

  async removeHeadcount(viewer: Viewer, id: string): Promise<boolean> {
    const result = isUuid(id) ? await this.db.getRepository(ForecastHeadcountEntity).delete({ id, organisationId: viewer.organisationId }) : { affected: 0 };
    if (!result.affected) throw notFound('This headcount');
    return true;
  }

  async scenarios(viewer: Viewer, territoryId: string): Promise<ForecastScenario[]> {
    const territory = await this.territories.ownedOrFail(viewer, territoryId);
    const rows = await this.db.getRepository(ForecastScenarioEntity).find({ where: { territoryId: territory.id }, order: { createdAt: 'DESC' } });
    return rows.map(toScenario);
  }

  /** A scenario set of the viewer's body, or NOT_FOUND whether missing or another body's. */
  async scenarioOrFail(viewer: Viewer, id: string): Promise<ForecastScenario> {
    const row = isUuid(id) ? await this.db.getRepository(ForecastScenarioEntity).findOneBy({ id, organisationId: viewer.organisationId }) : null;
    if (!row) throw notFound('This scenario set');
    return toScenario(row);
  }

  async saveScenario(viewer: Viewer, input: ScenarioSetInput): Promise<ForecastScenario> {
    const territory = await this.territories.ownedOrFail(viewer, input.territoryId);
    const name = input.name.trim();
    if (!name) throw badInput('Give the scenario set a name.', { field: 'name', problem: 'required' });
    checkScenario(input);
    const row = await this.db.getRepository(ForecastScenarioEntity).save({
      organisationId: viewer.organisationId, territoryId: territory.id, name, low: input.low, central: input.central, high: input.high, productiveHours: input.productiveHours,
    });
    return toScenario(row as ForecastScenarioEntity);
  }

  async removeScenario(viewer: Viewer, id: string): Promise<boolean> {
    const { id: found } = await this.scenarioOrFail(viewer, id);
    await this.db.getRepository(ForecastScenarioEntity).delete({ id: found });
    return true;
  }
}

export function checkScenario(input: { low: number; central: number; high: number; productiveHours: number }): void {
  const problem = multiplierProblem(input);
  if (problem) {
    const message = problem.problem === 'notPositive' ? 'A multiplier is a number above 0 and at most 10.' : 'Multipliers go low ≤ central ≤ high.';
    throw badInput(message, { field: problem.field, problem: problem.problem });
  }
  if (!Number.isInteger(input.productiveHours) || input.productiveHours < 100 || input.productiveHours > 3000) {
    throw badInput('Productive hours per worker-year: a whole number from 100 to 3,000.', { field: 'productiveHours', problem: 'badNumber' });
  }
}
