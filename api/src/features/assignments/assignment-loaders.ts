// Per-request batch loaders for the relation fields of assignments: a cohort of any size costs a fixed number of queries.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { LearningProgressEntity } from '../learning-records/learning-progress.entity.js';
import { toWorker, type WorkersService } from '../workers/workers.service.js';
import type { Worker } from '../workers/models/worker.model.js';

export class AssignmentLoaders {
  readonly workers: DataLoader<string, Worker | undefined>;
  readonly versions: DataLoader<string, ModuleVersionEntity | undefined>;
  /** Keyed `${userId} ${activityId}`. */
  readonly progress: DataLoader<string, LearningProgressEntity | undefined>;

  constructor(db: DataSource, workersService: WorkersService, organisationId: string) {
    this.workers = new DataLoader(async (ids) => {
      const rows = await workersService.rows(db.manager, organisationId, 'and u.id = any($2::uuid[])', [ids]);
      const byId = new Map(rows.map((r) => [r.id, toWorker(r)]));
      return ids.map((id) => byId.get(id));
    });
    this.versions = new DataLoader(async (ids) => {
      const rows = await db.getRepository(ModuleVersionEntity).findBy({ id: In([...ids]), organisationId });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
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
  }
}

const perRequest = new WeakMap<object, AssignmentLoaders>();

export function assignmentLoaders(req: object, create: () => AssignmentLoaders): AssignmentLoaders {
  let loaders = perRequest.get(req);
  if (!loaders) perRequest.set(req, (loaders = create()));
  return loaders;
}
