// A site's validations of practical tasks bound to elements of its building model, as BCF topics: one per trainer
// verdict, with the trainer's comment, a viewpoint selecting the elements (by IFC GlobalId) with a camera framing them,
// and the first evidence photo as the snapshot. Plain functions over a DataSource, so the API and the command line
// export the same archive.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { bindingsToRules, elementsOfContext, localise, type ModuleContent } from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import { modelFilePath } from '../bim/bim-files.js';
import { geometryKey } from '../bim/bim-geometry.service.js';
import { rulesToSql } from '../bim/bim-rules.sql.js';
import { geometryOfIfcFile } from '../bim/geometry-in-worker.js';
import type { MediaStorage } from '../media/media-storage.js';
import { submissionsOf } from '../validations/practical-submissions.sql.js';
import { writeBcf, type BcfTopic } from './bcf-archive.js';
import { cameraOn, elementBoxes, unionOf, type Box } from './element-boxes.js';

export const TOPIC_TYPE = 'Practical validation';
export const STATUS = { validated: 'Validated', to_redo: 'To redo' } as const;
/** BCF viewers show snapshots at most this size (the standard's advice). */
const SNAPSHOT_MAX_PX = 1500;

export interface BcfExportContext {
  db: DataSource;
  storage: MediaStorage;
  dataDir: string;
}

export interface BcfPeriod {
  /** Inclusive, YYYY-MM-DD (UTC days). */
  from?: string | null;
  /** Inclusive, YYYY-MM-DD. */
  to?: string | null;
}

export interface BcfExport {
  bytes: Uint8Array;
  topics: number;
  fileName: string;
}

interface Reviewed {
  statementId: string;
  workerName: string;
  activityId: string;
  response: string | null;
  evidence: unknown;
  submittedAt: Date;
  review: 'validated' | 'to_redo';
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: Date;
  elements: Record<string, unknown> | null;
}

interface ElementRow {
  global_id: string;
  ifc_class: string;
  name: string | null;
  storey_name: string | null;
}

/** Deterministic lowercase UUID from parts, so a re-export names the same topics, viewpoints and comments. */
export function stableGuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The archive for one site of `organisationId` (the caller checked the site is the organisation's). */
export async function exportSiteBcf(ctx: BcfExportContext, organisationId: string, siteId: string, period: BcfPeriod = {}): Promise<BcfExport> {
  const { db } = ctx;
  const [site] = await db.query<{ id: string; name: string }[]>('select id, name from sites where id = $1 and organisation_id = $2', [siteId, organisationId]);
  if (!site) throw new Error('no such site in this organisation');
  const reviewed = await db.query<Reviewed[]>(
    `select x.*, st.statement->'context'->'extensions' as elements
       from (${submissionsOf('$1')}) x
       join xapi_statements st on st.id = x."statementId"
      where x.review <> 'pending'
        and x."workerId" in (select user_id from site_members where site_id = $2)
        and ($3::timestamptz is null or x."reviewedAt" >= $3) and ($4::timestamptz is null or x."reviewedAt" < $4)
      order by x."reviewedAt", x."statementId"`,
    [organisationId, siteId, period.from ? `${period.from}T00:00:00Z` : null, period.to ? nextDay(period.to) : null],
  );
  const [model] = await db.query<{ id: string; geometry_bytes: number | null; summary: { storeys?: { name: string }[] } | null }[]>(
    `select id, geometry_bytes, summary from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1`,
    [siteId],
  );
  const versions = await contentsOf(db, organisationId, reviewed.map((r) => r.activityId));
  const topics: BcfTopic[] = [];
  const pending: { topic: BcfTopic; globalIds: string[] }[] = [];
  for (const r of reviewed) {
    const version = versionAndStep(r.activityId);
    const content = version ? versions.get(version.versionId) : undefined;
    if (!model || !content) continue;
    const elements = await elementsOf(db, model.id, content, elementsOfContext(r.elements));
    if (!elements.length) continue;
    const lang = content.languages[0] ?? 'fr';
    const text = (t: Record<string, string> | undefined) => (t ? localise(t, lang, lang).text : '');
    const step = content.steps.find((s) => s.id === version!.stepId);
    const moduleTitle = text(content.title);
    const stepTitle = step?.title ? text(step.title) : undefined;
    const author = r.reviewedBy ?? 'FIT';
    const reviewedAt = new Date(r.reviewedAt).toISOString();
    const topicGuid = r.statementId.toLowerCase();
    const viewpointGuid = stableGuid(topicGuid, 'viewpoint');
    const where = elements.map((e) => [e.name ?? e.ifc_class, e.storey_name].filter(Boolean).join(', ')).join('; ');
    const topic: BcfTopic = {
      guid: topicGuid,
      type: TOPIC_TYPE,
      status: STATUS[r.review],
      title: `${moduleTitle}${stepTitle ? ` — ${stepTitle}` : ''} (${r.workerName})`,
      labels: ['FIT', ...content.outcomes],
      creationDate: reviewedAt,
      creationAuthor: author,
      description:
        `${r.workerName}, ${new Date(r.submittedAt).toISOString().slice(0, 10)}: ${step?.kind === 'practical' ? text(step.instructions) : moduleTitle}` +
        `${r.response ? ` [${r.response}]` : ''} — ${where}`,
      comments: r.reviewComment
        ? [{ guid: stableGuid(topicGuid, 'comment'), date: reviewedAt, author, text: r.reviewComment, viewpointGuid }]
        : [],
      viewpoints: [{ guid: viewpointGuid, selected: elements.map((e) => e.global_id), snapshot: await snapshotOf(ctx, organisationId, r.evidence) }],
    };
    if (!topic.viewpoints[0]!.snapshot) delete topic.viewpoints[0]!.snapshot;
    topics.push(topic);
    pending.push({ topic, globalIds: elements.map((e) => e.global_id) });
  }
  if (model && pending.length) {
    const boxes = await boxesOf(ctx, model, [...new Set(pending.flatMap((p) => p.globalIds))]);
    for (const { topic, globalIds } of pending) {
      const box = unionOf(globalIds.map((g) => boxes.get(g)).filter((b): b is Box => !!b));
      if (box) topic.viewpoints[0]!.camera = cameraOn(box);
    }
  }
  const slug = site.name.normalize('NFD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'site';
  const span = [period.from, period.to].filter(Boolean).join('_');
  return { bytes: writeBcf(topics, { id: site.id, name: site.name }), topics: topics.length, fileName: `${slug}-validations${span ? `-${span}` : ''}.bcf` };
}

function versionAndStep(activityId: string): { versionId: string; stepId: string | null } | undefined {
  const match = /^https:\/\/w3id\.org\/fit\/module-versions\/([0-9a-f-]{36})(?:\/steps\/(.+))?$/i.exec(activityId);
  return match ? { versionId: match[1]!, stepId: match[2] ?? null } : undefined;
}

async function contentsOf(db: DataSource, organisationId: string, activityIds: string[]): Promise<Map<string, ModuleContent>> {
  const ids = [...new Set(activityIds.map((a) => versionAndStep(a)?.versionId).filter((v): v is string => !!v))];
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; content: ModuleContent }[]>(
    'select id, content from module_versions where organisation_id = $1 and id = any($2::uuid[])',
    [organisationId, ids],
  );
  return new Map(rows.map((r) => [r.id, r.content]));
}

/**
 * The elements the work was about: those the statement names (a scanned label), else those the module's BIM steps
 * bind to in the site's current model.
 */
async function elementsOf(db: DataSource, modelId: string, content: ModuleContent, named: string[]): Promise<ElementRow[]> {
  if (named.length) {
    return db.query<ElementRow[]>(
      'select global_id, ifc_class, name, storey_name from bim_elements where model_id = $1 and global_id = any($2::text[]) order by global_id',
      [modelId, named],
    );
  }
  const bindings = content.steps.flatMap((s) => (s.kind === 'bim' ? s.bindings : []));
  if (!bindings.length) return [];
  const condition = rulesToSql(bindingsToRules(bindings), 'e', 2);
  return db.query<ElementRow[]>(
    `select e.global_id, e.ifc_class, e.name, e.storey_name from bim_elements e where e.model_id = $1 and ${condition.sql} order by e.global_id`,
    [modelId, ...condition.params],
  );
}

/** The evidence photo as a PNG no larger than the standard advises, or undefined when there is none to show. */
async function snapshotOf(ctx: BcfExportContext, organisationId: string, evidence: unknown): Promise<{ bytes: Uint8Array; format: 'png' } | undefined> {
  const ids = Array.isArray(evidence) ? evidence.filter(isUuid) : [];
  for (const id of ids) {
    const [asset] = await ctx.db.query<{ id: string }[]>(
      `select id from media_assets where id = $1 and organisation_id = $2 and content_type like 'image/%'`,
      [id, organisationId],
    );
    const bytes = asset ? await ctx.storage.read(asset.id) : null;
    if (!bytes) continue;
    const png = await sharp(bytes).rotate().resize(SNAPSHOT_MAX_PX, SNAPSHOT_MAX_PX, { fit: 'inside', withoutEnlargement: true }).png().toBuffer();
    return { bytes: new Uint8Array(png), format: 'png' };
  }
  return undefined;
}

/**
 * Element boxes from the model's stored geometry; if the geometry job has not run yet (a database seeded by the
 * command line), from the IFC file directly; with neither, no boxes and the viewpoint keeps a default camera.
 */
async function boxesOf(
  ctx: BcfExportContext,
  model: { id: string; geometry_bytes: number | null; summary: { storeys?: { name: string }[] } | null },
  globalIds: string[],
): Promise<Map<string, Box>> {
  const stored = model.geometry_bytes !== null ? await ctx.storage.read(geometryKey(model.id)) : null;
  if (stored) return elementBoxes(stored, globalIds);
  const path = modelFilePath(ctx.dataDir, model.id);
  if (!existsSync(path)) return new Map();
  const rows = await ctx.db.query<Record<string, unknown>[]>(
    `select global_id, ifc_class, predefined_type, name, storey_name, properties from bim_elements
      where model_id = $1 order by storey_elevation nulls last, ifc_class, global_id`,
    [model.id],
  );
  const geometry = await geometryOfIfcFile(
    path,
    rows.map((r) => ({
      globalId: r.global_id as string,
      ifcClass: r.ifc_class as string,
      predefinedType: (r.predefined_type as string | null) ?? null,
      name: (r.name as string | null) ?? null,
      storey: (r.storey_name as string | null) ?? null,
      properties: (r.properties as Record<string, boolean | number | string>) ?? {},
    })),
    (model.summary?.storeys ?? []).map((s) => s.name),
  );
  return elementBoxes(geometry.bytes, globalIds);
}
