// GraphQL entry points for a site's building models: versions, changes, elements, matching training topics.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES, STAFF_ROLES, type BimRule, type PropertyValue } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import type { BimElementEntity } from './bim-element.entity.js';
import type { BimModelEntity } from './bim-model.entity.js';
import { geometryUrl } from './bim-geometry.service.js';
import { BimModelsService } from './bim-models.service.js';
import { BimRecommendationsService } from './bim-recommendations.service.js';
import { DEMO_BIM_TOPICS } from './bim-topics.catalogue.js';
import { ElementFilterInput, type PropertyConditionInput } from './dto/element-filter.input.js';
import { BimElement, BimElementPage } from './models/bim-element.model.js';
import { BimModel, BimModelStatus } from './models/bim-model.model.js';
import { BimRecommendation } from './models/bim-recommendation.model.js';
import { BimModelChanges } from './models/model-changes.model.js';

@Resolver(() => BimModel)
export class BimResolver {
  constructor(
    private readonly models: BimModelsService,
    private readonly recommendations: BimRecommendationsService,
  ) {}

  @Roles(...ROLES)
  @Query(() => [BimModel], { description: "Versions of a site's building model, newest first" })
  async siteModels(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID }) siteId: string): Promise<BimModel[]> {
    return (await this.models.listForSite(viewer, siteId)).map(toModel);
  }

  @Roles(...ROLES)
  @Query(() => BimModel, {
    nullable: true,
    description: "The model a site's BIM steps show (its latest ready version); without siteId, the site of the viewer's tablet",
  })
  async currentSiteModel(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID, nullable: true }) siteId?: string,
  ): Promise<BimModel | null> {
    const model = await this.models.currentForSite(viewer, siteId ?? null);
    return model && toModel(model);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => BimModel, { description: 'Parse a model again after its parsing failed' })
  async retryModelParse(@CurrentViewer() viewer: Viewer, @Args('modelId', { type: () => ID }) modelId: string): Promise<BimModel> {
    return toModel(await this.models.retry(viewer, modelId));
  }

  @Roles(...ROLES)
  @Query(() => BimModelChanges, { description: "Elements added and removed since the site's previous ready version" })
  async modelChanges(@CurrentViewer() viewer: Viewer, @Args('modelId', { type: () => ID }) modelId: string): Promise<BimModelChanges> {
    const c = await this.models.changes(viewer, modelId);
    return {
      modelId: c.model.id,
      previousModelId: c.previous?.id ?? null,
      previousVersion: c.previous?.version ?? null,
      addedCount: c.addedCount,
      removedCount: c.removedCount,
      added: c.added,
      removed: c.removed,
    };
  }

  @Roles(...ROLES)
  @Query(() => BimElementPage, { description: 'Elements of a model version matching a filter' })
  async modelElements(
    @CurrentViewer() viewer: Viewer,
    @Args('modelId', { type: () => ID }) modelId: string,
    @Args('filter', { type: () => ElementFilterInput, nullable: true }) filter?: ElementFilterInput,
  ): Promise<BimElementPage> {
    const f = filter ?? new ElementFilterInput();
    const page = await this.models.elements(viewer, modelId, {
      rules: toRules(f),
      storey: f.storey ?? undefined,
      limit: f.limit ?? 100,
      offset: f.offset ?? 0,
    });
    return { total: page.total, items: page.items.map(toElement) };
  }

  @Roles(...ROLES)
  @Query(() => [BimRecommendation], { description: "Training topics that apply to the site's latest ready model" })
  siteRecommendations(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('lang', { type: () => String, nullable: true, description: 'fr (default) or en: staff read recommendations in their language' }) lang?: string | null,
  ): Promise<BimRecommendation[]> {
    const l = lang === 'en' ? 'en' : 'fr';
    const topics = DEMO_BIM_TOPICS.map((t) => ({ ...t, title: t.title[l], noun: t.noun[l] }));
    return this.recommendations.forSite(viewer, siteId, topics);
  }
}

function toRules(f: ElementFilterInput): BimRule[] {
  const rules: BimRule[] = [];
  if (f.globalIds?.length) rules.push({ globalIds: f.globalIds });
  if (f.ifcClass || f.predefinedType || f.properties?.length) {
    if (!f.ifcClass) throw badInput('A predefined type or property filter needs an IFC class (IfcElement for any).');
    rules.push({
      ifcClass: f.ifcClass,
      includeSubclasses: f.includeSubclasses ?? true,
      predefinedType: f.predefinedType ?? undefined,
      properties: f.properties?.map((c) => ({ name: c.name, op: c.op, value: conditionValue(c) })),
    });
  }
  return rules;
}

function conditionValue(c: PropertyConditionInput): PropertyValue | undefined {
  return c.boolValue ?? c.numberValue ?? c.stringValue ?? undefined;
}

export function toModel(m: BimModelEntity): BimModel {
  return {
    id: m.id,
    siteId: m.siteId,
    version: m.version,
    fileName: m.fileName,
    sizeBytes: m.sizeBytes,
    sha256: m.sha256,
    schema: m.schema,
    status: m.status as BimModelStatus,
    progress: m.progress,
    errorMessage: m.errorMessage,
    createdAt: m.createdAt,
    geometry:
      m.geometryBytes !== null && m.geometrySha256
        ? { url: geometryUrl(m.siteId, m.id), bytes: m.geometryBytes, sha256: m.geometrySha256 }
        : null,
    summary: m.summary && {
      elements: m.summary.elements,
      byClass: Object.entries(m.summary.byClass)
        .map(([ifcClass, count]) => ({ ifcClass, count }))
        .sort((a, b) => a.ifcClass.localeCompare(b.ifcClass)),
      storeys: m.summary.storeys.map((s) => ({ name: s.name, elevation: s.elevation, elements: s.elements })),
    },
  };
}

function toElement(e: BimElementEntity): BimElement {
  return {
    globalId: e.globalId,
    ifcClass: e.ifcClass,
    predefinedType: e.predefinedType,
    name: e.name,
    storey: e.storeyName,
    storeyElevation: e.storeyElevation,
    materials: e.materials,
    properties: Object.entries(e.properties).map(([name, value]) => ({ name, value: JSON.stringify(value) })),
  };
}
