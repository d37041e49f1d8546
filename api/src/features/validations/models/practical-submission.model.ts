// A practical task a worker submitted on site, with its review when a trainer has made one.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PracticalSubmission')
export class PracticalSubmission {
  @Field(() => ID, { description: "The worker's statement id" })
  statementId: string;

  @Field(() => ID)
  workerId: string;

  @Field()
  workerName: string;

  @Field({ description: 'Activity IRI of the practical step' })
  activityId: string;

  @Field(() => ID, { nullable: true })
  moduleVersionId: string | null;

  @Field(() => String, { nullable: true, description: 'What the worker ticked, as they sent it' })
  response: string | null;

  @Field(() => [ID], { description: 'Media ids of the evidence photos' })
  evidence: string[];

  @Field()
  submittedAt: Date;

  @Field({ description: 'pending, validated or to_redo' })
  review: string;

  @Field(() => String, { nullable: true })
  reviewComment: string | null;

  @Field(() => String, { nullable: true })
  reviewedBy: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;
}
