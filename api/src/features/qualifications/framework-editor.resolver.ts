// GraphQL for admins editing the active framework in place: ULOs, qualifications, mappings, and the record of edits.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { FrameworkEditorService } from './framework-editor.service.js';
import { UloMapping } from './models/qualification.models.js';
import {
  FrameworkCatalogue,
  FrameworkChange,
  ReferenceUlo,
  ReferenceUloInput,
  SchemeQualification,
  SchemeQualificationInput,
} from './models/framework-editor.models.js';

@Resolver()
export class FrameworkEditorResolver {
  constructor(private readonly editor: FrameworkEditorService) {}

  @Roles('admin')
  @Query(() => FrameworkCatalogue, { nullable: true, description: 'The active framework in full (every ULO field, schemes with units and qualifications); null before any import' })
  frameworkCatalogue(): Promise<FrameworkCatalogue | null> {
    return this.editor.catalogue();
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [ReferenceUlo], {
    description: 'The ULOs of the active framework, in code order, for staff to pick and read by title (the same for every organisation)',
  })
  frameworkUlos(): Promise<ReferenceUlo[]> {
    return this.editor.ulos();
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [ReferenceUlo], {
    description:
      'ULOs of earlier framework versions that the active one lacks (each from the latest version that had it), so modules bound to them read by title',
  })
  retiredUlos(): Promise<ReferenceUlo[]> {
    return this.editor.retiredUlos();
  }

  @Roles('admin')
  @Mutation(() => ReferenceUlo, { description: 'Creates or changes a ULO of the active framework, by code; checked as an import would be' })
  saveReferenceUlo(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReferenceUloInput,
    @Args('create', { defaultValue: false, description: 'Refuse if the code is taken (a new ULO never overwrites one)' }) create: boolean,
  ): Promise<ReferenceUlo> {
    return this.editor.saveUlo(viewer, { ...input, create, titleFr: input.titleFr ?? null, credits: input.credits ?? null });
  }

  @Roles('admin')
  @Mutation(() => SchemeQualification, { description: "Changes a qualification's titles, requirement, practical validation and validity" })
  updateSchemeQualification(
    @CurrentViewer() viewer: Viewer,
    @Args('schemeCode') schemeCode: string,
    @Args('code') code: string,
    @Args('input') input: SchemeQualificationInput,
  ): Promise<SchemeQualification> {
    return this.editor.updateQualification(viewer, {
      ...input,
      scheme: schemeCode,
      code,
      titleFr: input.titleFr ?? null,
      nOf: input.nOf ?? null,
      validityMonths: input.validityMonths ?? null,
    });
  }

  @Roles('admin')
  @Mutation(() => UloMapping, { description: "Creates or changes a unit's mapping onto a ULO; a change waits for approval again" })
  saveUloMapping(
    @CurrentViewer() viewer: Viewer,
    @Args('schemeCode') schemeCode: string,
    @Args('schemeUnit') schemeUnit: string,
    @Args('ulo') ulo: string,
    @Args('coverage', { description: 'full or partial' }) coverage: string,
    @Args('note', { defaultValue: '' }) note: string,
    @Args('noteFr', { type: () => String, nullable: true, description: 'The note in French; absent or blank: none' }) noteFr?: string | null,
  ): Promise<UloMapping> {
    return this.editor.saveMapping(viewer, { scheme: schemeCode, schemeUnit, ulo, coverage, note, noteFr: noteFr ?? null });
  }

  @Roles('admin')
  @Mutation(() => Boolean, { description: 'Removes a mapping from the active framework' })
  removeUloMapping(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.editor.removeMapping(viewer, id);
  }

  @Roles('admin')
  @Query(() => [FrameworkChange], { description: 'The latest edits of the active framework, newest first' })
  frameworkChanges(@Args('limit', { type: () => Int, defaultValue: 20 }) limit: number): Promise<FrameworkChange[]> {
    return this.editor.changes(limit);
  }
}
