// Which training topics apply to a site's latest ready model, with element counts by storey.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BimRule } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { SitesService } from '../sites/sites.service.js';
import { BimModelsService } from './bim-models.service.js';
import { rulesToSql } from './bim-rules.sql.js';

export interface RecommendationInput {
  moduleRef: string;
  topic?: string;
  title: string;
  noun?: string;
  rules: BimRule[];
  /** The topic applies only when at least one of these matches (default: the rules themselves). */
  requires?: BimRule[];
}

export interface StoreyCount {
  name: string | null;
  elevation: number | null;
  count: number;
}

export interface Recommendation {
  moduleRef: string;
  topic: string | null;
  title: string;
  modelId: string;
  elementCount: number;
  storeys: StoreyCount[];
  summary: string;
  globalIds: string[];
}

/** Enough to show every element of a topic on a house or a small block; the viewer says when the list was cut. */
export const MAX_RECOMMENDED_IDS = 500;

@Injectable()
export class BimRecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly models: BimModelsService,
  ) {}

  /** Topics with at least one matching element, most elements first; empty while the site has no ready model. */
  async forSite(viewer: Viewer, siteId: string, topics: RecommendationInput[]): Promise<Recommendation[]> {
    await this.sites.readableOrFail(viewer, siteId);
    const model = await this.models.latestReady(siteId);
    if (!model) return [];
    const out: Recommendation[] = [];
    for (const topic of topics) {
      const storeys = await this.countByStorey(model.id, topic.rules);
      const elementCount = storeys.reduce((n, s) => n + s.count, 0);
      if (elementCount === 0) continue;
      if (topic.requires && !(await this.anyMatches(model.id, topic.requires))) continue;
      const globalIds = await this.globalIds(model.id, topic.rules);
      out.push({ moduleRef: topic.moduleRef, topic: topic.topic ?? null, title: topic.title, modelId: model.id, elementCount, storeys, summary: summarise(elementCount, topic.noun ?? 'elements', storeys), globalIds });
    }
    return out.sort((a, b) => b.elementCount - a.elementCount);
  }

  async anyMatches(modelId: string, rules: BimRule[]): Promise<boolean> {
    const where = rulesToSql(rules, 'e', 2);
    const rows = await this.dataSource.query<unknown[]>(`select 1 from bim_elements e where e.model_id = $1 and ${where.sql} limit 1`, [modelId, ...where.params]);
    return rows.length > 0;
  }

  async globalIds(modelId: string, rules: BimRule[]): Promise<string[]> {
    const where = rulesToSql(rules, 'e', 2);
    const rows = await this.dataSource.query<{ global_id: string }[]>(
      `select e.global_id from bim_elements e where e.model_id = $1 and ${where.sql} order by e.global_id limit ${MAX_RECOMMENDED_IDS}`,
      [modelId, ...where.params],
    );
    return rows.map((r) => r.global_id);
  }

  async countByStorey(modelId: string, rules: BimRule[]): Promise<StoreyCount[]> {
    const where = rulesToSql(rules, 'e', 2);
    const rows = await this.dataSource.query<{ name: string | null; elevation: number | null; count: string }[]>(
      `select e.storey_name as name, e.storey_elevation as elevation, count(*) as count
         from bim_elements e where e.model_id = $1 and ${where.sql}
        group by e.storey_name, e.storey_elevation order by e.storey_elevation nulls last, e.storey_name`,
      [modelId, ...where.params],
    );
    return rows.map((r) => ({ name: r.name, elevation: r.elevation, count: Number(r.count) }));
  }
}

/** "84 windows, Level 0 – Level 3" (storeys lowest to highest). */
export function summarise(count: number, noun: string, storeys: StoreyCount[]): string {
  const named = storeys.filter((s) => s.name !== null).map((s) => s.name!);
  if (named.length === 0) return `${count} ${noun}`;
  return `${count} ${noun}, ${named.length === 1 ? named[0] : `${named[0]} – ${named[named.length - 1]}`}`;
}
