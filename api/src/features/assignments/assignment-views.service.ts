// Reads of assignments: a worker's day, and a trainer's cohort of one site (optionally one team).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ADL_VERBS, moduleVersionActivity, todayAt, type ProgressFacts } from '@fit/shared';
import { toVersionModel } from '../learning-modules/learning-modules.service.js';
import { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { assertOwned } from './assignments.service.js';
import type { Assignment } from './models/assignment.model.js';
import type { AttemptOutcome, ModuleAttempt } from './models/module-attempt.model.js';
import { isUuid } from '../../common/ids.js';
import { queryExists, queryRows } from '../../common/sql.js';

const COLUMNS = `a.id, a.worker_id as "workerId", a.module_version_id as "moduleVersionId", a.site_id as "siteId",
  a.team_id as "teamId", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn", a.reason, a.state, a.closed_reason as "closedReason",
  a.created_at as "createdAt"`;

/** One cell of the cohort grid as read: the assignment and the worker's progress on it (null: not started). */
export interface CohortRow {
  id: string;
  workerId: string;
  moduleVersionId: string;
  dueOn: string;
  progress: CohortProgress | null;
}

/** What the grid shows of a progress row; the dates only decide the status, so they stay text. */
export interface CohortProgress extends ProgressFacts {
  lastAt: Date;
  bestScore: number | null;
}

@Injectable()
export class AssignmentViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The viewer's own open assignments in their active organisation, soonest due first. */
  mine(viewer: Viewer): Promise<Assignment[]> {
    // The columns are aliased to the model's names: the rows are the models.
    return queryRows<Assignment>(
      this.db,
      `select ${COLUMNS} from assignments a
        where a.worker_id = $1 and a.organisation_id = $2 and a.state = 'open'
        order by a.due_on, a.created_at`,
      [viewer.userId, viewer.organisationId],
    );
  }

  /**
   * Open assignments of a site's workers (optionally one team's) with the workers' progress on them, in one query as
   * a hand-written report would: a cohort is thousands of cells, and matching their (worker, activity) pairs against
   * the progress in a second query cost as much as the first. Only the columns the grid needs are read. Also the
   * site's "today" (in its time zone), read with the ownership check so the cohort's query count does not grow.
   */
  async cohort(viewer: Viewer, siteId: string, teamId?: string | null): Promise<{ rows: CohortRow[]; today: string }> {
    const [site] = isUuid(siteId)
      ? await this.db.query<{ timeZone: string }[]>('select time_zone as "timeZone" from sites where id = $1 and organisation_id = $2', [
          siteId,
          viewer.organisationId,
        ])
      : [];
    if (!site) throw notFound('This site');
    if (teamId) await assertOwned(this.db.manager, 'teams', viewer.organisationId, teamId, 'This team');
    const found = await this.db.query<(Omit<CohortRow, 'progress'> & Partial<CohortProgress>)[]>(
      `select a.id, a.worker_id as "workerId", a.module_version_id as "moduleVersionId", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn",
              p.statement_count as "statementCount", p.last_at as "lastAt", p.best_score as "bestScore",
              p.completed_at::text as "completedAt", p.passed_at::text as "passedAt", p.failed_at::text as "failedAt"
         from assignments a
         left join learning_progress p on p.user_id = a.worker_id and p.activity_id = $4 || a.module_version_id
        where a.organisation_id = $1 and a.state = 'open'
          and (a.site_id = $2 or a.worker_id in (select user_id from site_members where site_id = $2))
          and ($3::uuid is null or a.worker_id in (select user_id from team_members where team_id = $3))
        order by a.due_on, a.worker_id, a.id`,
      [viewer.organisationId, siteId, teamId ?? null, moduleVersionActivity('')],
    );
    const rows = found.map(
      (r): CohortRow => ({
        id: r.id,
        workerId: r.workerId,
        moduleVersionId: r.moduleVersionId,
        dueOn: r.dueOn,
        progress:
          r.statementCount === null || r.statementCount === undefined
            ? null
            : {
                statementCount: r.statementCount,
                lastAt: r.lastAt!,
                bestScore: r.bestScore ?? null,
                completedAt: r.completedAt ?? null,
                passedAt: r.passedAt ?? null,
                failedAt: r.failedAt ?? null,
              },
      }),
    );
    return { rows, today: todayAt(site.timeZone) };
  }

  /**
   * A worker's attempts at the organisation's modules, newest first: one per registration, each with the version it
   * was made on. Only the worker's own organisation's modules, so another employer's records stay out of sight.
   */
  async attempts(viewer: Viewer, workerId: string): Promise<ModuleAttempt[]> {
    if (!isUuid(workerId)) throw notFound('This worker');
    const member = await queryExists(this.db, `select 1 from memberships where user_id = $1 and organisation_id = $2`, [workerId, viewer.organisationId]);
    if (!member) throw notFound('This worker');
    type AttemptRow = Omit<ModuleAttempt, 'moduleVersion' | 'outcome' | 'moduleId' | 'version'> & { passed: boolean; failed: boolean };
    const rows = await queryRows<AttemptRow>(
      this.db,
        `select coalesce(s.registration::text, s.id::text) as id, min(s.timestamp) as "startedAt",
                max(s.timestamp) filter (where s.verb_id <> $3) as "finishedAt",
                bool_or(s.verb_id = $4) as passed, bool_or(s.verb_id = $5) as failed,
                max((s.statement->'result'->'score'->>'scaled')::float) as score,
                mv.id as "moduleVersionId"
           from xapi_statements s
           join module_versions mv on mv.organisation_id = s.organisation_id and s.object_id = $6 || mv.id::text
          where s.organisation_id = $1 and s.actor_user_id = $2 and not s.voided and s.verb_id in ($3, $4, $5, $7)
          group by 1, mv.id
          order by "startedAt" desc
          limit 200`,
        [viewer.organisationId, workerId, ADL_VERBS.attempted, ADL_VERBS.passed, ADL_VERBS.failed, moduleVersionActivity(''), ADL_VERBS.completed],
      );
    const versionIds = [...new Set(rows.map((r) => r.moduleVersionId))];
    const versions = new Map((await this.db.getRepository(ModuleVersionEntity).findBy({ id: In(versionIds), organisationId: viewer.organisationId })).map((v) => [v.id, v]));
    return rows.map(({ passed, failed, ...row }) => {
      const entity = versions.get(row.moduleVersionId)!;
      const outcome: AttemptOutcome = passed ? 'passed' : failed ? 'failed' : row.finishedAt ? 'completed' : 'in_progress';
      return { ...row, outcome, moduleId: entity.moduleId, version: entity.version, moduleVersion: toVersionModel(entity) };
    });
  }
}

