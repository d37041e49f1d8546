// Reads an AFEST's whole record: the plan from its tables, the worker's reflections and both signatures from the
// ledger, the on-site validations of its modules' practical steps, and its hours (planned and realised).
import type { DataSource } from 'typeorm';
import { AFEST_EXTENSIONS, AFEST_VERBS, afestActivity, hoursOf, versionIdOfActivity, type DrawnSignature } from '@fit/shared';
import { submissionsOf } from '../validations/practical-submissions.sql.js';
import { REALISED_TIME_SQL } from './afest-hours.js';
import type { AfestEntity } from './afest.entities.js';
import type { Afest, AfestEvaluation, AfestReflection, AfestSignature } from './models/afest.models.js';

type Titles = Record<string, string> | null;
const titleIn = (t: Titles, lang: string): string | null => (t ? (t[lang] ?? t.fr ?? t.en ?? Object.values(t)[0] ?? null) : null);

export async function readAfest(db: DataSource, afest: AfestEntity, lang: string): Promise<Afest> {
  const [names] = await db.query<{ org: string; worker: string; trainer: string }[]>(
    `select o.name as org, w.display_name as worker, t.display_name as trainer
       from organisations o, users w, users t where o.id = $1 and w.id = $2 and t.id = $3`,
    [afest.organisationId, afest.workerId, afest.trainerId],
  );
  const sequences = await db.query<{ id: string; activity: string; moduleVersionId: string | null; title: Titles; plannedOn: string; siteId: string | null; siteName: string | null; plannedMinutes: number; moduleMinutes: number | null; moduleId: string | null }[]>(
    `select q.id, q.activity, q.module_version_id as "moduleVersionId", v.content->'title' as title, q.planned_on::text as "plannedOn",
            q.site_id as "siteId", s.name as "siteName", q.planned_minutes as "plannedMinutes",
            (v.content->>'estimatedMinutes')::int as "moduleMinutes", v.module_id as "moduleId"
       from afest_sequences q left join module_versions v on v.id = q.module_version_id left join sites s on s.id = q.site_id
      where q.afest_id = $1 order by q.planned_on, q.created_at`,
    [afest.id],
  );
  const reflections = await readReflections(db, afest);
  const signatures = await readSignatures(db, afest);
  const evaluations = await readEvaluations(db, afest, sequences.map((s) => s.moduleId).filter((m): m is string => !!m), lang);
  const additions = await db.query<{ id: string; authorName: string; reason: string; note: string; createdAt: Date }[]>(
    `select a.id, u.display_name as "authorName", a.reason, a.note, a.created_at as "createdAt"
       from afest_additions a join users u on u.id = a.author_id where a.afest_id = $1 order by a.created_at`,
    [afest.id],
  );
  const [realised] = await db.query<{ module: number; site: number }[]>(
    `select coalesce(sum(seconds) filter (where kind = 'module'), 0)::int as module, coalesce(sum(seconds) filter (where kind = 'site'), 0)::int as site
       from (${REALISED_TIME_SQL}) t`,
    [afest.organisationId, [afest.id], null],
  );
  const plannedOnSiteMinutes = sequences.reduce((n, s) => n + s.plannedMinutes, 0);
  // A module practised in several sequences is planned once.
  const plannedModuleMinutes = [...new Map(sequences.filter((s) => s.moduleId).map((s) => [s.moduleId, s.moduleMinutes ?? 0])).values()].reduce((n, m) => n + m, 0);
  return {
    id: afest.id,
    title: afest.title,
    organisationName: names?.org ?? '',
    workerId: afest.workerId,
    workerName: names?.worker ?? '',
    trainerId: afest.trainerId,
    trainerName: names?.trainer ?? '',
    targetUlos: afest.targetUlos,
    heldUlos: afest.heldUlos,
    positioningNote: afest.positioningNote,
    positionedAt: afest.positionedAt,
    lockedAt: afest.lockedAt,
    sequences: sequences.map((s) => ({
      id: s.id,
      activity: s.activity,
      moduleVersionId: s.moduleVersionId,
      moduleTitle: titleIn(s.title, lang),
      plannedOn: s.plannedOn,
      siteId: s.siteId,
      siteName: s.siteName,
      plannedMinutes: s.plannedMinutes,
      reflections: reflections.filter((r) => r.sequenceId === s.id),
    })),
    evaluations,
    signatures,
    additions,
    hours: {
      plannedOnSiteMinutes,
      plannedModuleMinutes,
      realisedModuleSeconds: realised?.module ?? 0,
      realisedOnSiteSeconds: realised?.site ?? 0,
      plannedHours: hoursOf((plannedOnSiteMinutes + plannedModuleMinutes) * 60),
      realisedHours: hoursOf((realised?.module ?? 0) + (realised?.site ?? 0)),
    },
  };
}

async function readReflections(db: DataSource, afest: AfestEntity): Promise<AfestReflection[]> {
  const rows = await db.query<{ id: string; objectId: string; ext: Record<string, unknown> | null; language: string | null; at: Date }[]>(
    `select s.id, s.object_id as "objectId", s.statement->'result'->'extensions' as ext, s.statement->'context'->>'language' as language, s.timestamp as at
       from xapi_statements s
      where s.organisation_id = $1 and s.actor_user_id = $2 and not s.voided and s.verb_id = $3 and s.object_id like $4
      order by s.timestamp`,
    [afest.organisationId, afest.workerId, AFEST_VERBS.reflected, `${afestActivity(afest.id)}/sequences/%`],
  );
  const text = (ext: Record<string, unknown> | null, key: string) => (typeof ext?.[key] === 'string' ? (ext[key] as string) : '');
  return rows.map((r) => ({
    id: r.id,
    sequenceId: r.objectId.split('/').pop()!,
    done: text(r.ext, AFEST_EXTENSIONS.done),
    learned: text(r.ext, AFEST_EXTENSIONS.learned),
    difficulties: text(r.ext, AFEST_EXTENSIONS.difficulties),
    dictated: r.ext?.[AFEST_EXTENSIONS.dictated] === true,
    language: r.language,
    recordedAt: r.at,
    afterLock: !!afest.lockedAt && r.at > afest.lockedAt,
  }));
}

/** The first signature of the worker and of the AFEST's trainer (a second one changes nothing). */
export async function readSignatures(db: DataSource, afest: AfestEntity): Promise<AfestSignature[]> {
  const rows = await db.query<{ signerId: string; signerName: string; signedAt: Date; sig: DrawnSignature | null }[]>(
    `select distinct on (s.actor_user_id) s.actor_user_id as "signerId", u.display_name as "signerName", s.timestamp as "signedAt",
            s.statement->'result'->'extensions'->$5 as sig
       from xapi_statements s join users u on u.id = s.actor_user_id
      where s.organisation_id = $1 and s.actor_user_id in ($2, $3) and not s.voided and s.verb_id = $4 and s.object_id = $6
      order by s.actor_user_id, s.timestamp`,
    [afest.organisationId, afest.workerId, afest.trainerId, AFEST_VERBS.signed, AFEST_EXTENSIONS.signature, afestActivity(afest.id)],
  );
  return rows
    .filter((r) => r.sig && typeof r.sig.path === 'string')
    .map((r) => ({ role: r.signerId === afest.workerId ? 'worker' : 'trainer', signerId: r.signerId, signerName: r.signerName, signedAt: r.signedAt, path: r.sig!.path, width: r.sig!.width, height: r.sig!.height }))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'worker' ? -1 : 1));
}

async function readEvaluations(db: DataSource, afest: AfestEntity, moduleIds: string[], lang: string): Promise<AfestEvaluation[]> {
  if (!moduleIds.length) return [];
  const versions = new Map(
    (
      await db.query<{ id: string; title: Titles }[]>(`select id, content->'title' as title from module_versions where module_id = any($1::uuid[])`, [moduleIds])
    ).map((v) => [v.id, v.title]),
  );
  const rows = await db.query<{ statementId: string; activityId: string; review: string; reviewComment: string | null; reviewedBy: string | null; reviewedAt: Date | null; submittedAt: Date }[]>(
    `${submissionsOf('$1')} and s.actor_user_id = $2 and s.timestamp >= $3 order by s.timestamp`,
    [afest.organisationId, afest.workerId, afest.positionedAt],
  );
  return rows
    .filter((r) => versions.has(versionIdOfActivity(r.activityId) ?? ''))
    .map((r) => ({
      statementId: r.statementId,
      moduleTitle: titleIn(versions.get(versionIdOfActivity(r.activityId)!) ?? null, lang),
      review: r.review,
      reviewComment: r.reviewComment,
      reviewedBy: r.reviewedBy,
      reviewedAt: r.reviewedAt,
      submittedAt: r.submittedAt,
    }));
}
