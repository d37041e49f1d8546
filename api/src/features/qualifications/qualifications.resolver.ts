// GraphQL for the skills framework: import/export and mapping approval (admins), passports and the team matrix.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { FrameworkImport, FrameworkTaskModel, Passport, PassportInputsModel, TeamMatrix, UloMapping } from './models/qualification.models.js';
import { FrameworkService } from './framework.service.js';
import { QualificationsService } from './qualifications.service.js';
import { MatrixCsvService } from './matrix-csv.service.js';
import { BilateralAgreementModel } from './models/agreement.models.js';

const OptionalId = { type: () => ID, nullable: true };
const OptionalString = { type: () => String, nullable: true };

@Resolver()
export class QualificationsResolver {
  constructor(
    private readonly framework: FrameworkService,
    private readonly qualifications: QualificationsService,
    private readonly matrixCsv: MatrixCsvService,
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
  @Mutation(() => FrameworkImport, { description: 'Imports a reference framework as one CSV (docs/framework-csv.md); all or nothing, problems named by row' })
  importFrameworkCsv(@CurrentViewer() viewer: Viewer, @Args('csv') csv: string): Promise<FrameworkImport> {
    return this.framework.importFrameworkCsv(viewer.userId, csv);
  }

  @Roles('admin')
  @Query(() => String, { description: 'The active reference framework as one CSV (docs/framework-csv.md)' })
  exportFrameworkCsv(): Promise<string> {
    return this.framework.exportFrameworkCsv();
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
  @Query(() => [FrameworkTaskModel], { description: 'Tasks on site of the active framework, linked to professions and ULOs (the same for every organisation)' })
  frameworkTasks(): Promise<FrameworkTaskModel[]> {
    return this.framework.tasks();
  }

  @Roles('admin')
  @Query(() => [BilateralAgreementModel], { description: 'Bilateral agreements between schemes of the active framework, approved or waiting' })
  bilateralAgreements(): Promise<BilateralAgreementModel[]> {
    return this.framework.agreements();
  }

  @Roles('admin')
  @Mutation(() => BilateralAgreementModel, { description: 'Approves a bilateral agreement: only approved ones grant recognition' })
  approveBilateralAgreement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<BilateralAgreementModel> {
    return this.framework.approveAgreement(viewer, id);
  }

  @Roles(...ROLES)
  @Query(() => Passport, { description: "A worker's skills passport: your own, or (staff) a member of your organisation's" })
  passport(@CurrentViewer() viewer: Viewer, @Args('workerId', OptionalId) workerId?: string): Promise<Passport> {
    return this.qualifications.passport(viewer, workerId);
  }

  @Roles(...ROLES)
  @Query(() => PassportInputsModel, { description: 'What the passport is computed from (same access as passport), for offline use on the tablet' })
  passportInputs(@CurrentViewer() viewer: Viewer, @Args('workerId', OptionalId) workerId?: string): Promise<PassportInputsModel> {
    return this.qualifications.passportInputs(viewer, workerId);
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
    return this.matrixCsv.teamMatrixCsv(viewer, siteId, teamId, schemeCode);
  }
}
