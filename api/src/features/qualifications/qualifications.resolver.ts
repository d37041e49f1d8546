// GraphQL for the skills framework: import/export and mapping approval (admins), passports and the team matrix.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { FrameworkImport, Passport, TeamMatrix, UloMapping } from './models/qualification.models.js';
import { FrameworkService } from './framework.service.js';
import { QualificationsService } from './qualifications.service.js';

const OptionalId = { type: () => ID, nullable: true };
const OptionalString = { type: () => String, nullable: true };

@Resolver()
export class QualificationsResolver {
  constructor(
    private readonly framework: FrameworkService,
    private readonly qualifications: QualificationsService,
  ) {}

  @Roles('admin')
  @Mutation(() => FrameworkImport, { description: 'Imports a reference framework file (JSON text) as a new version; all or nothing' })
  importFramework(@CurrentViewer() viewer: Viewer, @Args('json') json: string): Promise<FrameworkImport> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw badInput('The framework file is not valid JSON; nothing was imported.');
    }
    return this.framework.importFramework(viewer.userId, parsed);
  }

  @Roles('admin')
  @Query(() => String, { description: 'The active reference framework as a JSON file' })
  exportFramework(): Promise<string> {
    return this.framework.exportFramework();
  }

  @Roles('admin')
  @Query(() => [UloMapping], { description: "Mappings of schemes' units onto reference ULOs, approved or waiting" })
  uloMappings(@Args('schemeCode', OptionalString) schemeCode?: string): Promise<UloMapping[]> {
    return this.framework.mappings(schemeCode);
  }

  @Roles('admin')
  @Mutation(() => UloMapping, { description: 'Approves a mapping: only approved mappings count towards qualifications' })
  approveUloMapping(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<UloMapping> {
    return this.framework.approveMapping(viewer, id);
  }

  @Roles(...ROLES)
  @Query(() => Passport, { description: "A worker's skills passport: your own, or (staff) a member of your organisation's" })
  passport(@CurrentViewer() viewer: Viewer, @Args('workerId', OptionalId) workerId?: string): Promise<Passport> {
    return this.qualifications.passport(viewer, workerId);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => TeamMatrix, { description: "Qualifications of the organisation's workers (a site's crew, a team) as a grid" })
  teamMatrix(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', OptionalId) siteId?: string,
    @Args('teamId', OptionalId) teamId?: string,
    @Args('schemeCode', OptionalString) schemeCode?: string,
  ): Promise<TeamMatrix> {
    return this.qualifications.teamMatrix(viewer, siteId, teamId, schemeCode);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => String, { description: 'The team matrix as CSV text' })
  teamMatrixCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', OptionalId) siteId?: string,
    @Args('teamId', OptionalId) teamId?: string,
    @Args('schemeCode', OptionalString) schemeCode?: string,
  ): Promise<string> {
    return this.qualifications.teamMatrixCsv(viewer, siteId, teamId, schemeCode);
  }
}
