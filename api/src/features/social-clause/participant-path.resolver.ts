// GraphQL entry point of a participant's path (facilitators of the contract's body, the company's managers).
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ClauseParticipantPath } from './models/path.model.js';
import { ParticipantPathService } from './participant-path.js';

@Resolver()
export class ParticipantPathResolver {
  constructor(private readonly paths: ParticipantPathService) {}

  @Roles('facilitator', 'manager', 'admin')
  @Query(() => ClauseParticipantPath, {
    description:
      'A participant’s path: contracts, monthly hours, training, qualifications and exit; reading their eligibility is logged with `reason`',
  })
  clauseParticipantPath(
    @CurrentViewer() viewer: Viewer,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('reason', { description: 'Why the eligibility is read (the screen’s purpose); logged' })
    reason: string,
    @Args('language', { defaultValue: 'fr', description: 'Language of module and qualification titles' })
    language: string,
  ): Promise<ClauseParticipantPath> {
    return this.paths.path(viewer, participantId, reason, language.slice(0, 5));
  }
}
