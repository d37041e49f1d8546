// A statement the ledger refused under the authority rule, as the organisation's staff see it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A statement refused by the rule of who may state what: never stored, kept aside for staff to see' })
export class RefusedStatement {
  @Field(() => ID) statementId: string;
  @Field(() => ID, { nullable: true, description: 'The learner it was about' }) workerId: string | null;
  @Field(() => String, { nullable: true }) workerName: string | null;
  @Field(() => String, { nullable: true, description: 'Who sent it (null: the organisation’s xAPI key)' }) sentByName: string | null;
  @Field(() => String, { description: 'The verb it stated' }) verb: string;
  @Field(() => String, { description: 'The activity it was about' }) activityId: string;
  @Field({ description: 'The rule it broke, e.g. learner-member, review-by-trainer, void-own-failure' }) rule: string;
  @Field() reason: string;
  @Field() refusedAt: Date;
}
