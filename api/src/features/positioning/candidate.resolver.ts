// Public entry points of a positioning candidate, who has no account: the session code, then their own token, are
// the secrets (both rate-limited per address like sign-in). A token answers for its own candidate only.
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/policy.decorators.js';
import type { RequestWithViewer } from '../../common/auth/viewer.js';
import { CandidatesService } from './candidates.service.js';
import { JoinPositioningInput } from './dto/positioning.inputs.js';
import { Invite, Joined, Progress } from './models/positioning.models.js';

@Resolver()
export class CandidateResolver {
  constructor(private readonly candidates: CandidatesService) {}

  @Public()
  @Query(() => Invite, { description: 'What a candidate reads on the consent screen of the session with this code' })
  positioningInvite(@Args('code') code: string, @Context('req') req: RequestWithViewer): Promise<Invite> {
    return this.candidates.invite(code, req.ip);
  }

  @Public()
  @Mutation(() => Joined, { description: 'A candidate agrees and joins with a first name or pseudonym; answers their token' })
  joinPositioning(@Args('input') input: JoinPositioningInput, @Context('req') req: RequestWithViewer): Promise<Joined> {
    return this.candidates.join(input, req.ip);
  }

  @Public()
  @Query(() => Progress, { description: "The candidate's own answers and result, by their token" })
  positioningProgress(@Args('token') token: string, @Context('req') req: RequestWithViewer): Promise<Progress> {
    return this.candidates.progress(token, req.ip);
  }

  @Public()
  @Mutation(() => Progress, { description: 'Save one answer of the candidate with this token' })
  answerPositioning(
    @Args('token') token: string,
    @Args('itemId') itemId: string,
    @Args('value', { type: () => [Int] }) value: number[],
    @Context('req') req: RequestWithViewer,
  ): Promise<Progress> {
    return this.candidates.answer(token, itemId, value, req.ip);
  }
}

