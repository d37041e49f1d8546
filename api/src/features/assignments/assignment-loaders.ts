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
import type { CohortRow } from './assignment-views.service.js';
import type { Worker } from '../workers/models/worker.model.js';
import { queryRows } from '../../common/sql.js';

export class AssignmentLoaders {
  readonly workers: DataLoader<string, Worker | undefined>;
  readonly versions: DataLoader<string, ModuleVersionEntity | undefined>;
  /** Keyed `${userId} ${activityId}`. */
  readonly progress: DataLoader<string, LearningProgressEntity | undefined>;
  /** A worker's practical submissions and their latest review, keyed `${workerId} ${moduleVersionId}`. */
  readonly reviews: DataLoader<string, PracticalReviewFact[]>;
  /** Today at a site, keyed by site id ('' for work tied to no site): overdue is counted in the site's time zone. */
  readonly today: DataLoader<string, string>;

  constructor(
    private readonly db: DataSource,
    workersService: WorkersService,
    private readonly organisationId: string,
  ) {
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
      const rows = await queryRows<LearningProgressEntity>(
        db.getRepository(LearningProgressEntity),
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
      const byKey = await this.reviewsOf([...new Set(keys.map((k) => k.split(' ')[0]!))]);
      return keys.map((k) => byKey.get(k) ?? []);
    });
  }

  /** The practical submissions of these workers with their latest review, keyed `${workerId} ${moduleVersionId}`. */
  private async reviewsOf(workerIds: string[]): Promise<Map<string, PracticalReviewFact[]>> {
    const rows = await queryRows<{ workerId: string; activityId: string; review: PracticalReviewFact['review']; submittedAt: Date }>(
      this.db,
      `select "workerId", "activityId", review, "submittedAt" from (${SUBMISSIONS} and s.actor_user_id = any($2::uuid[])) x`,
      [this.organisationId, workerIds],
    );
    const byKey = new Map<string, PracticalReviewFact[]>();
    for (const row of rows) {
      const key = `${row.workerId} ${versionIdOfActivity(row.activityId)}`;
      const stepId = /\/steps\/([^/]+)$/.exec(row.activityId)?.[1];
      if (stepId) byKey.set(key, [...(byKey.get(key) ?? []), { stepId, review: row.review, submittedAt: row.submittedAt }]);
    }
    return byKey;
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
   * The statuses of a whole cohort, its progress read with it: the versions (a few dozen) through their loader, the
   * reviews in one query, each version's required sign-offs worked out once. Thousands of cells go through no
   * per-key loader, whose promise and cache entry for each cost more than the status itself.
   */
  async cohortStatuses(rows: readonly CohortRow[]): Promise<AssignmentStatus[]> {
    const [versions, reviews] = await Promise.all([
      this.versions.loadMany([...new Set(rows.map((r) => r.moduleVersionId))]),
      this.reviewsOf([...new Set(rows.map((r) => r.workerId))]),
    ]);
    const required = new Map<string, string[]>();
    for (const v of versions) {
      if (v instanceof Error) throw v;
      if (v) required.set(v.id, (v.content.steps ?? []).filter((s) => s.kind === 'practical' && s.signOffRequired).map((s) => s.id));
    }
    return rows.map((r) =>
      assignmentStatus(r.progress ?? undefined, signOffState(required.get(r.moduleVersionId) ?? [], reviews.get(`${r.workerId} ${r.moduleVersionId}`) ?? [])),
    );
  }
}

const perRequest = new WeakMap<object, AssignmentLoaders>();

export function assignmentLoaders(req: object, create: () => AssignmentLoaders): AssignmentLoaders {
  let loaders = perRequest.get(req);
  if (!loaders) perRequest.set(req, (loaders = create()));
  return loaders;
}
