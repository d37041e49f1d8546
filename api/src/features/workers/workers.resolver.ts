// GraphQL entry points for workers, teams, site crews, PINs and badges (staff of the viewer's organisation).
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AddWorkerInput } from './dto/add-worker.input.js';
import { AddWorkerPayload } from './models/add-worker-payload.model.js';
import { Badge } from './models/badge.model.js';
import { Team } from './models/team.model.js';
import { Worker } from './models/worker.model.js';
import { TeamsService } from './teams.service.js';
import { WorkersService } from './workers.service.js';

const IdArg = { type: () => ID };
const IdsArg = { type: () => [ID] };

@Roles(...STAFF_ROLES)
@Resolver()
export class WorkersResolver {
  constructor(
    private readonly workersService: WorkersService,
    private readonly teamsService: TeamsService,
  ) {}

  @Query(() => [Worker], { description: "Workers of the viewer's organisation, or of one site's crew" })
  workers(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID, nullable: true }) siteId?: string): Promise<Worker[]> {
    return this.workersService.list(viewer, siteId);
  }

  @Mutation(() => AddWorkerPayload, {
    description: 'Add a worker; an e-mail that already has an account gets an invitation instead, and joins only on accepting',
  })
  addWorker(@CurrentViewer() viewer: Viewer, @Args('input') input: AddWorkerInput): Promise<AddWorkerPayload> {
    return this.workersService.add(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'The worker leaves the organisation; their own record stays theirs' })
  removeWorker(@CurrentViewer() viewer: Viewer, @Args('workerId', IdArg) workerId: string): Promise<boolean> {
    return this.workersService.remove(viewer, workerId);
  }

  @Mutation(() => Worker, { description: "Set or reset a worker's 6-digit tablet PIN; also lifts a lock-out" })
  setWorkerPin(
    @CurrentViewer() viewer: Viewer,
    @Args('workerId', IdArg) workerId: string,
    @Args('pin') pin: string,
  ): Promise<Worker> {
    return this.workersService.setPin(viewer, workerId, pin);
  }

  @Mutation(() => Badge, { description: 'Issue a new badge QR; the old one stops working' })
  regenerateBadge(@CurrentViewer() viewer: Viewer, @Args('workerId', IdArg) workerId: string): Promise<Badge> {
    return this.workersService.regenerateBadge(viewer, workerId);
  }

  @Query(() => [Badge], { description: "Printable badge sheet of the organisation's workers, or of one site's crew" })
  badgeSheet(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID, nullable: true }) siteId?: string): Promise<Badge[]> {
    return this.workersService.badgeSheet(viewer, siteId);
  }

  @Query(() => [Team])
  teams(@CurrentViewer() viewer: Viewer): Promise<Team[]> {
    return this.teamsService.list(viewer);
  }

  @Mutation(() => Team)
  createTeam(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<Team> {
    return this.teamsService.create(viewer, name);
  }

  @Mutation(() => Team, { description: "Replace a team's members" })
  setTeamMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', IdArg) teamId: string,
    @Args('workerIds', IdsArg) workerIds: string[],
  ): Promise<Team> {
    return this.teamsService.setMembers(viewer, teamId, workerIds);
  }

  @Mutation(() => [Worker], { description: "Replace a site's crew: the names its tablets offer" })
  setSiteCrew(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', IdArg) siteId: string,
    @Args('workerIds', IdsArg) workerIds: string[],
  ): Promise<Worker[]> {
    return this.teamsService.setSiteCrew(viewer, siteId, workerIds);
  }
}
