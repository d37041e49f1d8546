// A background job that used up its retries, as an operator sees it (no payload: it may name another organisation's data).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FailedJob')
export class FailedJob {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The queue, e.g. bim.parse or learning-records.statements-added' })
  queue: string;

  @Field({ description: 'The last error message' })
  error: string;

  @Field(() => Int, { description: 'Retries made before it was given up' })
  retries: number;

  @Field()
  createdAt: Date;

  @Field()
  failedAt: Date;
}
