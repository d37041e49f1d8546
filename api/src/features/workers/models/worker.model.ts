// A worker as staff of their current organisation see them.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Worker')
export class Worker {
  @Field(() => ID, { description: "The worker's user id" })
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'Preferred language (BCP 47), e.g. fr, pt, ar' })
  language: string;

  @Field(() => String, { nullable: true, description: 'e.g. plaquiste, électricien' })
  trade: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'Whether a tablet PIN is set' })
  hasPin: boolean;
}
