// GraphQL reads of the ledger's projections.
import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { LearningProgressEntity } from './learning-progress.entity.js';
import { LearningProgress } from './models/learning-progress.model.js';

@Resolver(() => LearningProgress)
export class LearningRecordsResolver {
  constructor(@InjectRepository(LearningProgressEntity) private readonly progress: Repository<LearningProgressEntity>) {}

  @Roles(...ROLES)
  @Query(() => [LearningProgress], { description: "The signed-in user's own progress, derived from their statements" })
  myLearningProgress(@CurrentViewer() viewer: Viewer): Promise<LearningProgress[]> {
    return this.progress.find({ where: { userId: viewer.userId }, order: { lastAt: 'DESC' } });
  }
}
