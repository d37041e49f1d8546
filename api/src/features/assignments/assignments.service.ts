// Assigning published module versions to workers, teams or a site's crew, and closing assignments without deleting them.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayAtSite } from '../sites/site-today.js';
import { WorkersService } from '../workers/workers.service.js';
import { alreadyClosed, dueInThePast, emptyTarget, nobodyToAssign, notPublished } from './assignments.errors.js';
import type { AssignModuleInput } from './dto/assign-module.input.js';
import type { AssignmentEntity } from './assignment.entity.js';
import { isUuid } from '../../common/ids.js';
import { required } from '../../common/required.js';
import { queryExists, queryOne, queryRows } from '../../common/sql.js';

export interface AssignmentBatch {
  batchId: string;
  assigned: number;
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workers: WorkersService,
  ) {}

  async assign(viewer: Viewer, input: AssignModuleInput): Promise<AssignmentBatch> {
    if (!input.workerIds?.length && !input.teamId && !input.siteId) throw nobodyToAssign();
    if (input.dueOn < (await todayAtSite(this.db.manager, input.siteId))) throw dueInThePast();
    return this.db.transaction(async (tx) => {
      await this.assertPublishedVersion(tx, viewer.organisationId, input.moduleVersionId);
      if (input.siteId) await assertOpenSite(tx, viewer.organisationId, input.siteId);
      const workerIds = await this.targetWorkers(tx, viewer.organisationId, input);
      if (workerIds.length === 0) throw emptyTarget();
      const batchId = randomUUID();
      // Assigning a version a worker already has open moves its due date instead of adding a second row.
      const rows = await queryRows<{ id: string }>(
        tx,
        `insert into assignments (organisation_id, module_version_id, worker_id, site_id, team_id, due_on, reason, batch_id, assigned_by)
         select $1, $2, w, $3, $4, $5, $6, $7, $8 from unnest($9::uuid[]) as w
         on conflict (worker_id, module_version_id) where state = 'open'
         do update set due_on = excluded.due_on, reason = excluded.reason, site_id = excluded.site_id,
                       team_id = excluded.team_id, batch_id = excluded.batch_id
         returning id`,
        [viewer.organisationId, input.moduleVersionId, input.siteId ?? null, input.teamId ?? null, input.dueOn, input.reason ?? '', batchId, viewer.userId, workerIds],
      );
      return { batchId, assigned: rows.length };
    });
  }

  async cancel(viewer: Viewer, id: string): Promise<AssignmentEntity> {
    return this.close(this.db.manager, viewer, id, 'cancelled');
  }

  /** Moves an open assignment to another worker: the old row is closed as reassigned, a new one opens. */
  async reassign(viewer: Viewer, id: string, workerId: string): Promise<AssignmentEntity> {
    return this.db.transaction(async (tx) => {
      await this.workers.assertAllWorkers(tx, viewer.organisationId, [workerId]);
      const old = await this.close(tx, viewer, id, 'reassigned');
      const created = await queryOne<{ id: string }>(
        tx,
        `insert into assignments (organisation_id, module_version_id, worker_id, site_id, team_id, due_on, reason, batch_id, assigned_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (worker_id, module_version_id) where state = 'open' do update set due_on = excluded.due_on
         returning id`,
        [viewer.organisationId, old.moduleVersionId, workerId, old.siteId, old.teamId, old.dueOn, old.reason, old.batchId, viewer.userId],
      );
      return this.oneOrFail(tx, viewer.organisationId, required(created, 'the reassigned assignment').id);
    });
  }

  async changeDueDate(viewer: Viewer, id: string, dueOn: string): Promise<AssignmentEntity> {
    const assignment = await this.oneOrFail(this.db.manager, viewer.organisationId, id);
    if (dueOn < (await todayAtSite(this.db.manager, assignment.siteId))) throw dueInThePast();
    if (assignment.state !== 'open') throw alreadyClosed();
    await this.db.query('update assignments set due_on = $1 where id = $2', [dueOn, id]);
    return { ...assignment, dueOn };
  }

  async oneOrFail(manager: EntityManager, organisationId: string, id: string): Promise<AssignmentEntity> {
    if (!isUuid(id)) throw notFound('This assignment');
    const row = await queryOne<AssignmentEntity>(
      manager,
      `select id, organisation_id as "organisationId", module_version_id as "moduleVersionId", worker_id as "workerId",
              site_id as "siteId", team_id as "teamId", to_char(due_on, 'YYYY-MM-DD') as "dueOn", reason, batch_id as "batchId",
              assigned_by as "assignedBy", state, closed_reason as "closedReason", closed_at as "closedAt", created_at as "createdAt"
         from assignments where id = $1 and organisation_id = $2`,
      [id, organisationId],
    );
    if (!row) throw notFound('This assignment');
    return row;
  }

  private async close(manager: EntityManager, viewer: Viewer, id: string, reason: 'cancelled' | 'reassigned'): Promise<AssignmentEntity> {
    const assignment = await this.oneOrFail(manager, viewer.organisationId, id);
    if (assignment.state !== 'open') throw alreadyClosed();
    await manager.query(`update assignments set state = 'closed', closed_reason = $1, closed_at = now() where id = $2`, [reason, id]);
    return { ...assignment, state: 'closed', closedReason: reason, closedAt: new Date() };
  }

  private async targetWorkers(tx: EntityManager, organisationId: string, input: AssignModuleInput): Promise<string[]> {
    const ids = new Set(input.workerIds?.length ? await this.workers.assertAllWorkers(tx, organisationId, input.workerIds) : []);
    if (input.teamId) {
      await assertOwned(tx, 'teams', organisationId, input.teamId, 'This team');
      const members = await queryRows<{ user_id: string }>(
        tx,
        `select tm.user_id from team_members tm join memberships m on m.user_id = tm.user_id and m.organisation_id = $2 and m.role = 'worker'
          where tm.team_id = $1`,
        [input.teamId, organisationId],
      );
      members.forEach((m) => ids.add(m.user_id));
    }
    if (input.siteId && !input.workerIds?.length && !input.teamId) {
      const crew = await queryRows<{ user_id: string }>(
        tx,
        `select sm.user_id from site_members sm join memberships m on m.user_id = sm.user_id and m.organisation_id = $2 and m.role = 'worker'
          where sm.site_id = $1`,
        [input.siteId, organisationId],
      );
      crew.forEach((m) => ids.add(m.user_id));
    }
    return [...ids];
  }

  private async assertPublishedVersion(tx: EntityManager, organisationId: string, versionId: string): Promise<void> {
    if (!isUuid(versionId)) throw notFound('This module version');
    const version = await queryOne<{ status: string }>(tx, 'select status from module_versions where id = $1 and organisation_id = $2', [
      versionId,
      organisationId,
    ]);
    if (!version) throw notFound('This module version');
    if (version.status !== 'published') throw notPublished();
  }
}

/** NOT_FOUND unless the site or team is the organisation's (missing or another organisation's look the same). */
/** A site of the organisation where works still go on: nothing is assigned at a closed site. */
async function assertOpenSite(manager: EntityManager, organisationId: string, siteId: string): Promise<void> {
  await assertOwned(manager, 'sites', organisationId, siteId, 'This site');
  const open = await queryExists(manager, 'select 1 from sites where id = $1 and closed_at is null', [siteId]);
  if (!open) throw conflict('This site is closed: nothing new can be assigned there.', { problem: 'siteClosed' });
}

export async function assertOwned(manager: EntityManager, table: 'sites' | 'teams', organisationId: string, id: string, what: string): Promise<void> {
  if (!isUuid(id)) throw notFound(what);
  const owned = await queryExists(manager, `select 1 from ${table} where id = $1 and organisation_id = $2`, [id, organisationId]);
  if (!owned) throw notFound(what);
}
