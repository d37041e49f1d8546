// One attempt of a worker at a module version (one xAPI registration), with the version number it was made on.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModuleVersion } from '../../learning-modules/models/module-version.model.js';

export const ATTEMPT_OUTCOMES = ['in_progress', 'completed', 'passed', 'failed'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];
export const AttemptOutcomeEnum = Object.fromEntries(ATTEMPT_OUTCOMES.map((s) => [s, s])) as Record<AttemptOutcome, AttemptOutcome>;
registerEnumType(AttemptOutcomeEnum, { name: 'AttemptOutcome', description: 'How one attempt at a module ended, if it did' });

@ObjectType('ModuleAttempt')
export class ModuleAttempt {
  @Field(() => ID, { description: 'The xAPI registration of the attempt' })
  id: string;

  @Field(() => ID)
  moduleId: string;

  @Field(() => ID)
  moduleVersionId: string;

  @Field(() => Int, { description: 'The version number the attempt was made on (records never move to a newer version)' })
  version: number;

  @Field(() => ModuleVersion)
  moduleVersion: ModuleVersion;

  @Field(() => AttemptOutcomeEnum)
  outcome: AttemptOutcome;

  @Field(() => Float, { nullable: true, description: 'Scaled score, 0 to 1' })
  score: number | null;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
