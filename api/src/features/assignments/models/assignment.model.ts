// An assignment as clients see it; the worker, the module version and the progress resolve through per-request loaders.
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '@fit/shared';

export const AssignmentStatusEnum = Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, s])) as Record<AssignmentStatus, AssignmentStatus>;
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus', description: "Where the worker stands, derived from their records" });

@ObjectType('Assignment')
export class Assignment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => ID)
  moduleVersionId: string;

  @Field(() => ID, { nullable: true })
  siteId: string | null;

  @Field(() => ID, { nullable: true })
  teamId: string | null;

  @Field({ description: 'ISO date' })
  dueOn: string;

  @Field()
  reason: string;

  @Field({ description: 'open or closed' })
  state: string;

  @Field(() => String, { nullable: true, description: 'cancelled, reassigned or left_organisation' })
  closedReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('AssignmentBatch')
export class AssignmentBatch {
  @Field(() => ID)
  batchId: string;

  @Field({ description: 'How many workers got (or had their due date moved for) this module' })
  assigned: number;
}
