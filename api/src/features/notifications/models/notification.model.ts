// A notification as its recipient sees it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification')
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. worker_locked_out' })
  kind: string;

  @Field()
  message: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}
