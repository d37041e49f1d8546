// Per-request batch loaders for the relation fields of assignments: a cohort of any size costs a fixed number of queries.
import DataLoader from 'dataloader';
import { assignmentStatus, moduleVersionActivity, signOffState, todayAt, versionIdOfActivity, type AssignmentStatus, type PracticalReviewFact } from '@fit/shared';
import { SUBMISSIONS } from '../validations/practical-submissions.sql.js';
import type { DataSource } from 'typeorm';
import type { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { moduleVersionsLoader } from '../learning-modules/module-versions.loader.js';
import { siteTimeZones } from '../sites/site-today.js';
import { LearningProgressEntity } from '../learning-records/learning-progress.entity.js';
import { toWorker, type WorkersService } from '../workers/workers.service.js';
import type { Worker } from '../workers/models/worker.model.js';

export class AssignmentLoaders {
  readonly workers: DataLoader<string, Worker | undefined>;
  readonly versions: DataLoader<string, ModuleVersionEntity | undefined>;
  /** Keyed `${userId} ${activityId}`. */
  readonly progress: DataLoader<string, LearningProgressEntity | undefined>;
  /** A worker's practical submissions and their latest review, keyed `${workerId} ${moduleVersionId}`. */
  readonly reviews: DataLoader<string, PracticalReviewFact[]>;
  /** Today at a site, keyed by site id ('' for work tied to no site): overdue is counted in the site's time zone. */
  readonly today: DataLoader<string, string>;

  constructor(db: DataSource, workersService: WorkersService, organisationId: string) {
    this.workers = new DataLoader(async (ids) => {
      const rows = await workersService.rows(db.manager, organisationId, 'and u.id = any($2::uuid[])', [ids]);
      const byId = new Map(rows.map((r) => [r.id, toWorker(r)]));
      return ids.map((id) => byId.get(id));
    });
    this.versions = moduleVersionsLoader(db, organisationId);
    this.today = new DataLoader(async (siteIds) => {
      const zones = await siteTimeZones(db.manager, siteIds.filter(Boolean));
      return siteIds.map((id) => todayAt(zones.get(id)));
    });
    this.progress = new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(' '));
      const rows: LearningProgressEntity[] = await db.getRepository(LearningProgressEntity).query(
        `select user_id as "userId", activity_id as "activityId", attempts, first_at as "firstAt", last_at as "lastAt",
                completed_at as "completedAt", passed_at as "passedAt", failed_at as "failedAt", best_score as "bestScore",
                training_seconds as "trainingSeconds", statement_count as "statementCount"
           from learning_progress where (user_id, activity_id) in (select * from unnest($1::uuid[], $2::text[]))`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const byKey = new Map(rows.map((r) => [`${r.userId} ${r.activityId}`, r]));
      return keys.map((k) => byKey.get(k));
    });
    this.reviews = new DataLoader(async (keys) => {
      const workerIds = [...new Set(keys.map((k) => k.split(' ')[0]))];
      const rows: { workerId: string; activityId: string; review: PracticalReviewFact['review']; submittedAt: Date }[] = await db.query(
        `select "workerId", "activityId", review, "submittedAt" from (${SUBMISSIONS} and s.actor_user_id = any($2::uuid[])) x`,
        [organisationId, workerIds],
      );
      const byKey = new Map<string, PracticalReviewFact[]>();
      for (const row of rows) {
        const key = `${row.workerId} ${versionIdOfActivity(row.activityId)}`;
        const stepId = /\/steps\/([^/]+)$/.exec(row.activityId)?.[1];
        if (stepId) byKey.set(key, [...(byKey.get(key) ?? []), { stepId, review: row.review, submittedAt: row.submittedAt }]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    });
  }

  /** Progress already read with the assignments (null: none yet), so that their statuses need no progress query. */
  primeProgress(list: readonly { workerId: string; moduleVersionId: string }[], progress: readonly (LearningProgressEntity | null)[]): void {
    list.forEach((a, i) => this.progress.prime(`${a.workerId} ${moduleVersionActivity(a.moduleVersionId)}`, progress[i] ?? undefined));
  }

  /** The assignment's status from the worker's progress and the sign-offs its version's practical tasks need. */
  async statusOf(a: { workerId: string; moduleVersionId: string }): Promise<{ status: AssignmentStatus; progress: LearningProgressEntity | undefined }> {
    const [progress, version, reviews] = await Promise.all([
      this.progress.load(`${a.workerId} ${moduleVersionActivity(a.moduleVersionId)}`),
      this.versions.load(a.moduleVersionId),
      this.reviews.load(`${a.workerId} ${a.moduleVersionId}`),
    ]);
    const required = (version?.content.steps ?? []).filter((s) => s.kind === 'practical' && s.signOffRequired).map((s) => s.id);
    return { status: assignmentStatus(progress, signOffState(required, reviews)), progress };
  }
/**
   * `statusOf` for a whole list at once: one loadMany per relation and each version's required sign-offs worked out
   * once, instead of three loads and a filter for each of a cohort's thousands of assignments.
   */
  async statusesOf(list: readonly { workerId: string; moduleVersionId: string }[]): Promise<{ status: AssignmentStatus; progress: LearningProgressEntity | undefined }[]> {
    const [progress, versions, reviews] = await Promise.all([
      this.progress.loadMany(list.map((a) => `${a.workerId} ${moduleVersionActivity(a.moduleVersionId)}`)),
      this.versions.loadMany([...new Set(list.map((a) => a.moduleVersionId))]),
      this.reviews.loadMany(list.map((a) => `${a.workerId} ${a.moduleVersionId}`)),
    ]);
    const required = new Map<string, string[]>();
    for (const v of versions) {
      if (v instanceof Error) throw v;
      if (v) required.set(v.id, (v.content.steps ?? []).filter((s) => s.kind === 'practical' && s.signOffRequired).map((s) => s.id));
    }
    return list.map((a, i) => {
      const p = progress[i];
      const r = reviews[i];
      if (p instanceof Error) throw p;
      if (r instanceof Error) throw r;
      return { status: assignmentStatus(p, signOffState(required.get(a.moduleVersionId) ?? [], r!)), progress: p };
    });
  }
}

const perRequest = new WeakMap<object, AssignmentLoaders>();

export function assignmentLoaders(req: object, create: () => AssignmentLoaders): AssignmentLoaders {
  let loaders = perRequest.get(req);
  if (!loaders) perRequest.set(req, (loaders = create()));
  return loaders;
}
