// A learner's progress on one activity, derived from their statements.
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LearningProgress')
export class LearningProgress {
  @Field({ description: 'Activity IRI (a module version, a step, or external content)' })
  activityId: string;

  @Field(() => Int)
  attempts: number;

  @Field()
  firstAt: Date;

  @Field()
  lastAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  passedAt: Date | null;

  @Field(() => Date, { nullable: true })
  failedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Best scaled score, 0 to 1' })
  bestScore: number | null;

  @Field(() => Int, { description: 'Training time reported with completions, in seconds' })
  trainingSeconds: number;
}
