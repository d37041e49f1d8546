// An erasure request as staff see it: the person (their pseudonym once executed), who asked and who executed, when.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonalDataRequest', { description: "A request about a person's data (erasure), recorded when made and when executed" })
export class PersonalDataRequest {
  @Field(() => ID)
  id: string;

  @Field({ description: 'erasure' })
  kind: string;

  @Field(() => ID)
  personId: string;

  @Field({ description: 'The name shown for the person today (their pseudonym once the erasure is executed)' })
  personName: string;

  @Field({ description: 'ISO instant' })
  requestedAt: string;

  @Field()
  requestedByName: string;

  @Field(() => String, { nullable: true, description: 'ISO instant; null while waiting for an admin' })
  executedAt: string | null;

  @Field(() => String, { nullable: true })
  executedByName: string | null;
}
