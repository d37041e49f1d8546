// Teams and site crews of the viewer's organisation. Members are loaded for all teams in one query.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { SitesService } from '../sites/sites.service.js';
import { TeamEntity } from './team.entity.js';
import type { Team } from './models/team.model.js';
import type { Worker } from './models/worker.model.js';
import { toWorker, WorkersService } from './workers.service.js';

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workers: WorkersService,
    private readonly sites: SitesService,
  ) {}

  async list(viewer: Viewer, onlyTeamId?: string): Promise<Team[]> {
    const teams = await this.db.getRepository(TeamEntity).find({
      where: { organisationId: viewer.organisationId, ...(onlyTeamId ? { id: onlyTeamId } : {}) },
      order: { name: 'ASC' },
    });
    if (teams.length === 0) return [];
    const rows = await this.workers.rows(
      this.db.manager,
      viewer.organisationId,
      'and exists (select 1 from team_members tm where tm.user_id = m.user_id and tm.team_id = any($2::uuid[]))',
      [teams.map((t) => t.id)],
    );
    const links = await this.db.query<{ team_id: string; user_id: string }[]>(
      'select team_id, user_id from team_members where team_id = any($1::uuid[])',
      [teams.map((t) => t.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, toWorker(r)]));
    return teams.map((team) => ({
      id: team.id,
      name: team.name,
      members: links
        .filter((l) => l.team_id === team.id)
        .map((l) => byId.get(l.user_id))
        .filter((w): w is Worker => w !== undefined)
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    }));
  }

  async create(viewer: Viewer, name: string): Promise<Team> {
    const trimmed = name.trim();
    const teams = this.db.getRepository(TeamEntity);
    if (await teams.existsBy({ organisationId: viewer.organisationId, name: trimmed })) {
      throw new DomainError('CONFLICT', `A team called "${trimmed}" already exists.`);
    }
    const team = await teams.save(teams.create({ organisationId: viewer.organisationId, name: trimmed }));
    return { id: team.id, name: team.name, members: [] };
  }

  async setMembers(viewer: Viewer, teamId: string, workerIds: string[]): Promise<Team> {
    const team = isUuid(teamId)
      ? await this.db.getRepository(TeamEntity).findOneBy({ id: teamId, organisationId: viewer.organisationId })
      : null;
    if (!team) throw notFound('This team');
    await this.db.transaction(async (tx) => {
      const ids = await this.workers.assertAllWorkers(tx, viewer.organisationId, workerIds);
      await tx.query('delete from team_members where team_id = $1', [team.id]);
      if (ids.length > 0) {
        await tx.query('insert into team_members (team_id, user_id) select $1, unnest($2::uuid[])', [team.id, ids]);
      }
    });
    return (await this.list(viewer, team.id))[0]!;
  }

  /** Replaces a site's crew: the workers its tablets offer in the name picker. */
  async setSiteCrew(viewer: Viewer, siteId: string, workerIds: string[]): Promise<Worker[]> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    await this.db.transaction(async (tx) => {
      const ids = await this.workers.assertAllWorkers(tx, viewer.organisationId, workerIds);
      await tx.query('delete from site_members where site_id = $1', [site.id]);
      if (ids.length > 0) {
        await tx.query('insert into site_members (site_id, user_id) select $1, unnest($2::uuid[])', [site.id, ids]);
      }
    });
    return this.workers.list(viewer, site.id);
  }
}
