// "To review on site" items: BCF topics on elements of a site's building, imported by staff, seen and closed by
// trainers. Importing the same topics again updates their text and elements but keeps what the site did with them.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IFC_GUID } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { SitesService } from '../sites/sites.service.js';
import { BcfFormatError, readBcf } from './bcf-archive.js';
import type { BcfImportResult, SiteReviewItem } from './models/site-review-item.model.js';

export const MAX_BCF_BYTES = 50 * 1024 * 1024;
const TEXT_MAX = 4000;

interface ItemRow {
  id: string;
  site_id: string;
  topic_guid: string;
  title: string;
  description: string | null;
  topic_status: string | null;
  topic_author: string | null;
  labels: string[];
  global_ids: string[];
  status: string;
  created_at: Date;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolution_note: string | null;
}

@Injectable()
export class SiteReviewItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sites: SitesService,
  ) {}

  async importBcf(viewer: Viewer, siteId: string, bytes: Uint8Array, fileName: string | null): Promise<BcfImportResult> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    let topics;
    try {
      topics = readBcf(bytes).topics;
    } catch (error) {
      if (error instanceof BcfFormatError) throw badInput(error.message);
      throw error;
    }
    const result: BcfImportResult = { created: 0, updated: 0, skipped: [] };
    await this.db.transaction(async (tx) => {
      for (const topic of topics) {
        const label = topic.title || topic.guid;
        const globalIds = [...new Set(topic.viewpoints.flatMap((v) => v.selected).filter((g) => IFC_GUID.test(g)))];
        if (!topic.guid || !topic.title) {
          result.skipped.push(`${label}: no Guid or title`);
          continue;
        }
        if (!globalIds.length) {
          result.skipped.push(`${label}: no element selected`);
          continue;
        }
        const [row] = await tx.query<{ inserted: boolean }[]>(
          `insert into site_review_items (organisation_id, site_id, topic_guid, title, description, topic_status, topic_author, labels, global_ids, source_file, imported_by_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           on conflict (site_id, topic_guid) do update set title = excluded.title, description = excluded.description,
             topic_status = excluded.topic_status, topic_author = excluded.topic_author, labels = excluded.labels,
             global_ids = excluded.global_ids, source_file = excluded.source_file
           returning (xmax = 0) as inserted`,
          [
            site.organisationId,
            site.id,
            topic.guid.slice(0, 64),
            topic.title.slice(0, 300),
            topic.description?.slice(0, TEXT_MAX) ?? null,
            topic.status || null,
            topic.creationAuthor || null,
            topic.labels.filter(Boolean).slice(0, 20),
            globalIds.slice(0, 1000),
            fileName?.slice(0, 200) ?? null,
            viewer.userId,
          ],
        );
        if (row!.inserted) result.created++;
        else result.updated++;
      }
    });
    return result;
  }

  async list(viewer: Viewer, siteId: string, includeDone: boolean): Promise<SiteReviewItem[]> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    const rows = await this.db.query<ItemRow[]>(
      `select i.*, u.display_name as resolved_by from site_review_items i left join users u on u.id = i.resolved_by_id
        where i.site_id = $1 and i.organisation_id = $2 and ($3 or i.status = 'open') order by i.status, i.created_at, i.title`,
      [site.id, viewer.organisationId, includeDone],
    );
    return this.withElements(site.id, rows);
  }

  async resolve(viewer: Viewer, itemId: string, note: string | null | undefined): Promise<SiteReviewItem> {
    if (!isUuid(itemId)) throw notFound('This review item');
    const [row] = await this.db.query<{ id: string; site_id: string }[][]>(
      `update site_review_items set status = 'done', resolved_by_id = $3, resolved_at = now(), resolution_note = $4
        where id = $1 and organisation_id = $2 returning id, site_id`,
      [itemId, viewer.organisationId, viewer.userId, note?.trim().slice(0, TEXT_MAX) || null],
    );
    const updated = row?.[0];
    if (!updated) throw notFound('This review item');
    return (await this.list(viewer, updated.site_id, true)).find((i) => i.id === updated.id)!;
  }

  /** Each item's elements as the site's current model names them (one query for all items). */
  private async withElements(siteId: string, rows: ItemRow[]): Promise<SiteReviewItem[]> {
    const all = [...new Set(rows.flatMap((r) => r.global_ids))];
    const known = new Map<string, { ifc_class: string; name: string | null; storey_name: string | null }>();
    if (all.length) {
      const elements = await this.db.query<{ global_id: string; ifc_class: string; name: string | null; storey_name: string | null }[]>(
        `select global_id, ifc_class, name, storey_name from bim_elements
          where model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
            and global_id = any($2::text[])`,
        [siteId, all],
      );
      for (const e of elements) known.set(e.global_id, e);
    }
    return rows.map((r) => ({
      id: r.id,
      siteId: r.site_id,
      topicGuid: r.topic_guid,
      title: r.title,
      description: r.description,
      topicStatus: r.topic_status,
      topicAuthor: r.topic_author,
      labels: r.labels,
      status: r.status,
      createdAt: r.created_at,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      resolutionNote: r.resolution_note,
      elements: r.global_ids.map((g) => {
        const e = known.get(g);
        return { globalId: g, ifcClass: e?.ifc_class ?? null, name: e?.name ?? null, storey: e?.storey_name ?? null };
      }),
    }));
  }
}
