// Reads of assignments: a worker's day, and a trainer's cohort of one site (optionally one team).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { Assignment } from './models/assignment.model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = `a.id, a.worker_id as "workerId", a.module_version_id as "moduleVersionId", a.site_id as "siteId",
  a.team_id as "teamId", to_char(a.due_on, 'YYYY-MM-DD') as "dueOn", a.reason, a.state, a.closed_reason as "closedReason",
  a.created_at as "createdAt"`;

@Injectable()
export class AssignmentViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The viewer's own open assignments in their active organisation, soonest due first. */
  mine(viewer: Viewer): Promise<Assignment[]> {
    return this.db.query(
      `select ${COLUMNS} from assignments a
        where a.worker_id = $1 and a.organisation_id = $2 and a.state = 'open'
        order by a.due_on, a.created_at`,
      [viewer.userId, viewer.organisationId],
    );
  }

  /** Open assignments of a site's workers (optionally one team's), in one query; relations load in batches. */
  async cohort(viewer: Viewer, siteId: string, teamId?: string | null): Promise<Assignment[]> {
    await this.assertOwned('sites', viewer.organisationId, siteId, 'This site');
    if (teamId) await this.assertOwned('teams', viewer.organisationId, teamId, 'This team');
    return this.db.query(
      `select ${COLUMNS} from assignments a
        where a.organisation_id = $1 and a.state = 'open'
          and (a.site_id = $2 or a.worker_id in (select user_id from site_members where site_id = $2))
          and ($3::uuid is null or a.worker_id in (select user_id from team_members where team_id = $3))
        order by a.due_on, a.worker_id, a.id`,
      [viewer.organisationId, siteId, teamId ?? null],
    );
  }

  private async assertOwned(table: 'sites' | 'teams', organisationId: string, id: string, what: string): Promise<void> {
    if (!UUID.test(id)) throw notFound(what);
    const [row] = await this.db.query(`select 1 from ${table} where id = $1 and organisation_id = $2`, [id, organisationId]);
    if (!row) throw notFound(what);
  }
}
