// Fields of ModuleVersion shown in the viewer's language (from their profile unless asked otherwise).
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { localise } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { LearningModulesService } from './learning-modules.service.js';
import { LocalisedString } from './models/localised-string.model.js';
import { ModuleVersion } from './models/module-version.model.js';

@Resolver(() => ModuleVersion)
export class ModuleVersionResolver {
  constructor(private readonly service: LearningModulesService) {}

  @ResolveField(() => LocalisedString, { description: "The title in `lang`, by default the viewer's profile language" })
  async title(
    @Parent() version: ModuleVersion,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: object,
    @Args('lang', { type: () => String, nullable: true }) lang?: string,
  ): Promise<LocalisedString> {
    const wanted = lang ?? (await this.service.languageOf(viewer, req));
    return localise(version.content.title, wanted, version.content.languages[0] ?? 'fr');
  }

  @ResolveField(() => LocalisedString, { description: "The summary in `lang`, by default the viewer's profile language" })
  async summary(
    @Parent() version: ModuleVersion,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: object,
    @Args('lang', { type: () => String, nullable: true }) lang?: string,
  ): Promise<LocalisedString> {
    const wanted = lang ?? (await this.service.languageOf(viewer, req));
    return localise(version.content.summary, wanted, version.content.languages[0] ?? 'fr');
  }
}
