// Assembles the cohort grid from its assignments: workers, versions and progress each fetched in one batch.
import { isOverdue } from '@fit/shared';
import type { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { toVersionModel } from '../learning-modules/learning-modules.service.js';
import type { Worker } from '../workers/models/worker.model.js';
import type { AssignmentLoaders } from './assignment-loaders.js';
import type { CohortRow } from './assignment-views.service.js';
import type { Cohort } from './models/cohort.model.js';

export async function buildCohort(assignments: CohortRow[], loaders: AssignmentLoaders, today: string): Promise<Cohort> {
  const workerIds = [...new Set(assignments.map((a) => a.workerId))];
  const versionIds = [...new Set(assignments.map((a) => a.moduleVersionId))];
  // Every worker, version and review list comes in one query each; the progress came with the assignments.
  const [workers, versions, states] = await Promise.all([
    loaders.workers.loadMany(workerIds),
    loaders.versions.loadMany(versionIds),
    loaders.cohortStatuses(assignments),
  ]);
  const entries = assignments.map((a, i) => {
    const status = states[i]!;
    const p = a.progress;
    return {
      assignmentId: a.id,
      workerId: a.workerId,
      moduleVersionId: a.moduleVersionId,
      dueOn: a.dueOn,
      status,
      overdue: isOverdue(a.dueOn, status, today),
      lastActivityAt: p?.lastAt ?? null,
      bestScore: p?.bestScore ?? null,
    };
  });
  return {
    workers: workers.filter((w): w is Worker => !!w && !(w instanceof Error)),
    moduleVersions: versions.filter((v): v is ModuleVersionEntity => !!v && !(v instanceof Error)).map(toVersionModel),
    entries,
  };
}
