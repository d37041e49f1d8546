// Builds a tablet's site pack: its own site's crew (roster; PIN hashes sealed for the tablet's key), their assigned
// published versions, media, and the questions each worker has to recall (spaced recall, FSRS state included).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  mediaIdsOf,
  type ModuleContent,
  type SitePackAssignment,
  type SitePackFile,
  type SitePackManifest,
  type SitePackVersion,
  type SitePackWorker,
} from '@fit/shared';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { seal, tabletPublicKey } from '../tablets/sealed-section.js';
import { sha256 } from '../../common/hash.js';
import { isUuid } from '../../common/ids.js';
import { PIN_PER_WORKER_ON_TABLET, RateLimitsService } from '../identity/rate-limits.service.js';
import type { TabletEntity } from '../tablets/tablet.entity.js';
import { pinLockKey, reenrolRequired, TabletsService } from '../tablets/tablets.service.js';
import { BimGeometryService } from '../bim/bim-geometry.service.js';
import { RecallService } from '../recall/recall.service.js';

interface WorkerRow {
  id: string;
  display_name: string;
  language: string;
  pin_hash: string | null;
  badge_code: string | null;
  teams: string[] | null;
}

interface AssignmentRow {
  id: string;
  worker_id: string;
  module_version_id: string;
  due_on: string;
  reason: string;
}

interface VersionRow {
  id: string;
  module_id: string;
  version: number;
  content: ModuleContent;
}

interface FileRow {
  id: string;
  byte_size: number;
  sha256: string;
  content_type: string;
  tablet: { byteSize: number; sha256: string; contentType: string } | null;
}

@Injectable()
export class SitePackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tablets: TabletsService,
    private readonly rateLimits: RateLimitsService,
    private readonly geometry: BimGeometryService,
    private readonly recall: RecallService,
  ) {}

  /** The manifest of the pack: everything scoped to the tablet's own organisation and site, nothing else. */
  async manifest(deviceToken: string | undefined): Promise<SitePackManifest> {
    const tablet = await this.tablets.authenticate(deviceToken);
    if (tablet.keyState === 'reenrol') throw reenrolRequired();
    if (!tablet.publicKey) {
      throw new DomainError('CONFLICT', 'This tablet has not registered its key yet. Pair it again from the crew page.', { reason: 'TABLET_KEY_MISSING' });
    }
    const [site] = await this.db.query<{ id: string; name: string; timeZone: string }[]>('select id, name, time_zone as "timeZone" from sites where id = $1 and organisation_id = $2', [
      tablet.siteId,
      tablet.organisationId,
    ]);
    if (!site) throw notFound('This site');
    const [organisation] = await this.db.query<SitePackManifest['organisation'][]>('select id, slug, name, kind from organisations where id = $1', [
      tablet.organisationId,
    ]);
    const workers = await this.crew(tablet);
    const assignments = await this.assignments(tablet);
    const versions = await this.versions(tablet.organisationId, [...new Set(assignments.map((a) => a.module_version_id))]);
    const bim = await this.geometry.packModelForSite(tablet.siteId);
    const files = [...(await this.files(tablet.organisationId, versions)), ...(bim ? [bim.file] : [])];

    const recall = await this.recall.packCards(tablet.organisationId, workers.map((w) => w.id));
    const locks = await this.rateLimits.lockedForMany(workers.map((w) => pinLockKey(tablet.id, w.id)), PIN_PER_WORKER_ON_TABLET);
    const roster: SitePackWorker[] = [];
    for (const worker of workers) {
      const mine: SitePackAssignment[] = assignments
        .filter((a) => a.worker_id === worker.id)
        .map((a) => ({ id: a.id, moduleVersionId: a.module_version_id, dueOn: a.due_on, reason: a.reason }));
      const lockedFor = locks.get(pinLockKey(tablet.id, worker.id)) ?? 0;
      const entry = {
        id: worker.id,
        displayName: worker.display_name,
        language: worker.language,
        teams: (worker.teams ?? []).sort(),
        hasPin: worker.pin_hash !== null,
        badgeHash: worker.badge_code ? sha256(worker.badge_code) : null,
        // Rounded to the minute so an unchanged lock does not change the etag at every request.
        lockedUntil: lockedFor > 0 ? new Date(Math.ceil((Date.now() + lockedFor * 1000) / 60_000) * 60_000).toISOString() : null,
        assignments: mine,
        recall: recall.get(worker.id) ?? [],
      };
      // The etag follows the PIN too (a reset PIN is a changed pack), by a digest of its hash, never the hash itself.
      roster.push({ ...entry, etag: sha256(JSON.stringify([entry, worker.pin_hash ? sha256(worker.pin_hash) : null])) });
    }
    const packVersions: SitePackVersion[] = versions.map((v) => ({
      id: v.id,
      moduleId: v.module_id,
      version: v.version,
      etag: v.etag,
      bytes: v.bytes,
      url: `/site-pack/versions/${v.id}`,
    }));
    const rosterBytes = Buffer.byteLength(JSON.stringify(roster));
    const totalBytes = rosterBytes + packVersions.reduce((n, v) => n + v.bytes, 0) + files.reduce((n, f) => n + f.bytes, 0);
    const etag = sha256(JSON.stringify([site, packVersions.map((v) => v.etag), files.map((f) => f.sha256), roster.map((w) => w.etag)]));
    const signIn = seal(JSON.stringify(Object.fromEntries(workers.flatMap((w) => (w.pin_hash ? [[w.id, w.pin_hash]] : [])))), tabletPublicKey(tablet.publicKey));
    return {
      format: 2,
      site,
      organisation: organisation!,
      tabletId: tablet.id,
      generatedAt: new Date().toISOString(),
      etag,
      versions: packVersions,
      files,
      model: bim?.model ?? null,
      roster,
      signIn,
      totalBytes,
    };
  }

  /** One version's content, only when it is in this tablet's pack (assigned to its crew, published, same organisation). */
  async version(deviceToken: string | undefined, versionId: string): Promise<{ id: string; etag: string; content: ModuleContent }> {
    const tablet = await this.tablets.authenticate(deviceToken);
    if (!isUuid(versionId)) throw notFound('This module version');
    const assigned = (await this.assignments(tablet, versionId)).length > 0;
    const [version] = assigned ? await this.versions(tablet.organisationId, [versionId]) : [];
    if (!version) throw notFound('This module version');
    return { id: version.id, etag: version.etag, content: version.content };
  }

  /** The geometry of the site's current model, for the tablet's pack download (Cache Storage keeps it by its URL). */
  async modelGeometry(deviceToken: string | undefined, modelId: string) {
    const tablet = await this.tablets.authenticate(deviceToken);
    if (!isUuid(modelId)) throw notFound('This model geometry');
    return this.geometry.openForSite(tablet.siteId, modelId);
  }

  private crew(tablet: TabletEntity): Promise<WorkerRow[]> {
    return this.db.query<WorkerRow[]>(
      `select u.id, u.display_name, u.language, m.pin_hash, m.badge_code,
              (select array_agg(t.name) from team_members tm join teams t on t.id = tm.team_id
                where tm.user_id = u.id and t.organisation_id = $1) as teams
         from site_members sm
         join memberships m on m.user_id = sm.user_id and m.organisation_id = $1 and m.role = 'worker' and m.deactivated_at is null
         join users u on u.id = sm.user_id
        where sm.site_id = $2
        order by u.display_name, u.id`,
      [tablet.organisationId, tablet.siteId],
    );
  }

  /**
   * Open assignments of the site's crew members (wherever they were assigned from) in the tablet's organisation;
   * only those of one version when it is given.
   */
  private assignments(tablet: TabletEntity, versionId: string | null = null): Promise<AssignmentRow[]> {
    return this.db.query<AssignmentRow[]>(
      `select a.id, a.worker_id, a.module_version_id, a.due_on::text as due_on, a.reason
         from assignments a
         join site_members sm on sm.user_id = a.worker_id and sm.site_id = $2
        where a.organisation_id = $1 and a.state = 'open' and ($3::uuid is null or a.module_version_id = $3)
        order by a.due_on, a.created_at, a.id`,
      [tablet.organisationId, tablet.siteId, versionId],
    );
  }

  private async versions(organisationId: string, ids: string[]): Promise<(VersionRow & { etag: string; bytes: number })[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<VersionRow[]>(
      `select id, module_id, version, content from module_versions
        where organisation_id = $1 and status = 'published' and id = any($2::uuid[])
        order by id`,
      [organisationId, ids],
    );
    return rows.map((row) => {
      const body = JSON.stringify({ id: row.id, content: row.content });
      return { ...row, etag: sha256(body), bytes: Buffer.byteLength(body) };
    });
  }

  private async files(organisationId: string, versions: VersionRow[]): Promise<SitePackFile[]> {
    const ids = [...new Set(versions.flatMap((v) => mediaIdsOf(v.content)))].filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.db.query<FileRow[]>(
      `select id, byte_size, sha256, content_type, renditions->'tablet' as tablet from media_assets
        where organisation_id = $1 and purpose = 'content' and id = any($2::uuid[])
        order by id`,
      [organisationId, ids],
    );
    // Players show pictures at their tablet size (`/media/:id/tablet`, the original when it has no rendition), and
    // video and audio as uploaded: the pack holds exactly what the player asks for.
    return rows.map((r) => {
      if (!r.content_type.startsWith('image/')) {
        return { url: `/media/${r.id}`, bytes: r.byte_size, sha256: r.sha256.trim(), kind: 'media' as const, contentType: r.content_type };
      }
      const shown = r.tablet ?? { byteSize: r.byte_size, sha256: r.sha256.trim(), contentType: r.content_type };
      return { url: `/media/${r.id}/tablet`, bytes: shown.byteSize, sha256: shown.sha256, kind: 'media' as const, contentType: shown.contentType };
    });
  }
}
