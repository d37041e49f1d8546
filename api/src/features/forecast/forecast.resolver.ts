// GraphQL entry points of the territory forecast, for a network body's planners and admin; every read and write is
// scoped to the viewer's network body (another body's territory, project or scenario answers NOT_FOUND).
import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ForecastHeadcountInput, ForecastProjectInput, ForecastRatioInput, ScenarioSetInput } from './forecast.inputs.js';
import { ForecastService } from './forecast.service.js';
import { ForecastHeadcount, ForecastProject, ForecastRatio, ForecastScenario, ProjectImport, UloLabel } from './models/forecast-inputs.models.js';
import { Forecast } from './models/forecast-result.models.js';
import { ForecastModelQuantities } from './models/model-quantities.model.js';
import { ModelQuantitiesService } from './model-quantities.service.js';
import { ProjectsService } from './projects.service.js';
import { SettingsService, toRatio } from './settings.service.js';

export const FORECAST_ROLES = ['planner', 'admin'] as const;

@Resolver()
export class ForecastResolver {
  constructor(
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly forecasts: ForecastService,
    private readonly models: ModelQuantitiesService,
  ) {}

  @Roles(...FORECAST_ROLES)
  @Query(() => [ForecastProject], { description: 'Planned retrofit projects of a territory of the viewer’s network body' })
  forecastProjects(@CurrentViewer() viewer: Viewer, @Args('territoryId', { type: () => ID }) territoryId: string): Promise<ForecastProject[]> {
    return this.projects.list(viewer, territoryId);
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => [ForecastModelQuantities], { description: 'Indexed building models of sharing companies’ sites, as window counts and external wall areas' })
  forecastBuildingModels(@CurrentViewer() viewer: Viewer): Promise<ForecastModelQuantities[]> {
    return this.models.list(viewer);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => ForecastProject, { description: 'A refused field answers extensions.field and .problem' })
  createForecastProject(@CurrentViewer() viewer: Viewer, @Args('input') input: ForecastProjectInput): Promise<ForecastProject> {
    return this.projects.create(viewer, input);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => Boolean)
  deleteForecastProject(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.projects.remove(viewer, id);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => ProjectImport, { description: 'Import planned projects from CSV: all lines or none, errors by line and column' })
  importForecastProjects(
    @CurrentViewer() viewer: Viewer,
    @Args('territoryId', { type: () => ID }) territoryId: string,
    @Args('csv') csv: string,
  ): Promise<ProjectImport> {
    return this.projects.importCsv(viewer, territoryId, csv);
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => [ForecastRatio], { description: 'Hours per unit by trade and ULOs required, per work package' })
  async forecastRatios(@CurrentViewer() viewer: Viewer): Promise<ForecastRatio[]> {
    return (await this.settings.ratios(viewer)).map(toRatio);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => ForecastRatio)
  saveForecastRatio(@CurrentViewer() viewer: Viewer, @Args('input') input: ForecastRatioInput): Promise<ForecastRatio> {
    return this.settings.saveRatio(viewer, input);
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => [UloLabel], { description: 'ULOs of the active framework, with titles in the viewer’s language' })
  async forecastUlos(@CurrentViewer() viewer: Viewer): Promise<UloLabel[]> {
    return this.settings.uloLabels(await this.settings.language(viewer));
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => [ForecastHeadcount], { description: 'Headcounts declared for companies not in FIT' })
  forecastHeadcounts(@CurrentViewer() viewer: Viewer, @Args('territoryId', { type: () => ID }) territoryId: string): Promise<ForecastHeadcount[]> {
    return this.settings.headcounts(viewer, territoryId);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => ForecastHeadcount)
  addForecastHeadcount(@CurrentViewer() viewer: Viewer, @Args('input') input: ForecastHeadcountInput): Promise<ForecastHeadcount> {
    return this.settings.addHeadcount(viewer, input);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => Boolean)
  deleteForecastHeadcount(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.removeHeadcount(viewer, id);
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => [ForecastScenario], { description: 'Saved scenario sets of a territory, newest first' })
  forecastScenarios(@CurrentViewer() viewer: Viewer, @Args('territoryId', { type: () => ID }) territoryId: string): Promise<ForecastScenario[]> {
    return this.settings.scenarios(viewer, territoryId);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => ForecastScenario)
  saveForecastScenario(@CurrentViewer() viewer: Viewer, @Args('input') input: ScenarioSetInput): Promise<ForecastScenario> {
    return this.settings.saveScenario(viewer, input);
  }

  @Roles(...FORECAST_ROLES)
  @Mutation(() => Boolean)
  deleteForecastScenario(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.removeScenario(viewer, id);
  }

  @Roles(...FORECAST_ROLES)
  @Query(() => Forecast, { description: 'Needs against supply per year under low / central / high uptake, and the training plan' })
  async forecast(
    @CurrentViewer() viewer: Viewer,
    @Args('territoryId', { type: () => ID }) territoryId: string,
    @Args('low', { type: () => Float, defaultValue: 0.7 }) low: number,
    @Args('central', { type: () => Float, defaultValue: 1 }) central: number,
    @Args('high', { type: () => Float, defaultValue: 1.3 }) high: number,
    @Args('productiveHours', { type: () => Int, defaultValue: 1400 }) productiveHours: number,
    @Args('firstYear', { type: () => Int, nullable: true }) firstYear?: number | null,
  ): Promise<Forecast> {
    const language = await this.settings.language(viewer);
    return this.forecasts.forecast(viewer, { territoryId, multipliers: { low, central, high }, productiveHours, firstYear, language });
  }
}
