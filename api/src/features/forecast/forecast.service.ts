// A territory's forecast: loads the planned projects, the body's ratios, the supply (aggregated holders from sharing
// companies and declared headcounts) and the framework's qualifications, then lets @fit/shared do the arithmetic.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  compareScenarios,
  compileSchemes,
  peakGaps,
  planTraining,
  TRADES,
  type PlannedProject,
  type PlanModule,
  type ScenarioKind,
  type UloHolding,
} from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { FrameworkService } from '../qualifications/framework.service.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import { TerritoriesService } from '../network/territories.service.js';
import { ForecastProjectEntity } from './forecast.entities.js';
import type { Forecast } from './models/forecast-result.models.js';
import { checkScenario, SettingsService } from './settings.service.js';
import { DECLARED_BY_ULO, HOLDERS_BY_ULO, PUBLISHED_MODULES } from './supply.sql.js';

export const FORECAST_YEARS = 5;

export interface ForecastParams {
  territoryId: string;
  multipliers: Record<ScenarioKind, number>;
  productiveHours: number;
  /** First year of the five; default the year after today. */
  firstYear?: number | null;
  language?: 'fr' | 'en';
}

@Injectable()
export class ForecastService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly territories: TerritoriesService,
    private readonly agreements: SharingAgreementsService,
    private readonly settings: SettingsService,
    private readonly framework: FrameworkService,
  ) {}

  async forecast(viewer: Viewer, params: ForecastParams): Promise<Forecast> {
    const territory = await this.territories.ownedOrFail(viewer, params.territoryId);
    checkScenario({ ...params.multipliers, productiveHours: params.productiveHours });
    const language = params.language ?? 'en';
    const first = params.firstYear ?? new Date().getUTCFullYear() + 1;
    const years = Array.from({ length: FORECAST_YEARS }, (_, i) => first + i);
    const companies = await this.agreements.sharingCompanyIds(viewer.organisationId);
    const [projects, ratios, holders, declared, labels, catalogue, modules] = await Promise.all([
      this.db.getRepository(ForecastProjectEntity).find({ where: { territoryId: territory.id }, select: { years: true, quantities: true } }),
      this.settings.ratios(viewer),
      this.db.query<UloHolding[]>(HOLDERS_BY_ULO, [companies]),
      this.db.query<UloHolding[]>(DECLARED_BY_ULO, [territory.id]),
      this.settings.uloLabels(language),
      this.framework.catalogue(),
      this.db.query<PlanModule[]>(PUBLISHED_MODULES, [[...companies, viewer.organisationId], language]),
    ]);
    const planned: PlannedProject[] = projects.map((p) => ({
      years: p.years,
      packages: Object.entries(p.quantities).map(([workPackage, quantity]) => ({ workPackage: workPackage as PlannedProject['packages'][number]['workPackage'], quantity: quantity ?? 0 })),
    }));
    const compiled = catalogue ? compileSchemes(catalogue.schemes) : { qualifications: [], slots: [] };
    const qualifications = compiled.qualifications.map((q) => ({ code: `${q.scheme} ${q.qualification.code}`, title: q.qualification.title, ulos: q.slots.map((s) => compiled.slots[s]!.ulo) }));
    const qTitle = new Map(qualifications.map((q) => [q.code, q.title[language] ?? q.title.en ?? q.code]));
    const uloTitle = new Map(labels.map((l) => [l.code, l.title]));
    const scenarios = compareScenarios(
      { years, projects: planned, ratios, productiveHours: params.productiveHours, holdings: [...holders, ...declared], qualifications },
      params.multipliers,
    );
    const central = scenarios.find((s) => s.kind === 'central')!;
    const plan = planTraining(peakGaps(central.years), modules);
    return {
      territoryId: territory.id,
      territoryName: territory.name,
      productiveHours: params.productiveHours,
      sharingCompanies: companies.length,
      scenarios: scenarios.map(({ kind, multiplier, totalHours, peakWorkers, peopleToTrain }) => ({ kind, multiplier, totalHours, peakWorkers, peopleToTrain })),
      years: scenarios.flatMap((s) =>
        s.years.map((y) => ({
          ...y,
          scenario: s.kind,
          hoursByTrade: TRADES.map((trade) => ({ trade, hours: y.hoursByTrade[trade] })),
          ulos: y.ulos.map((u) => ({ ...u, title: uloTitle.get(u.ulo) ?? u.ulo })),
          qualifications: y.qualifications.map((q) => ({ ...q, title: qTitle.get(q.code) ?? q.code })),
        })),
      ),
      plan: { ...plan, modules: plan.modules.map(({ id, ...m }) => ({ moduleId: id, ...m })) },
    };
  }
}
