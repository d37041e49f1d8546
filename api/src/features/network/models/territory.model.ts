// A network body's territory as clients see it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Territory')
export class Territory {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String], { description: 'INSEE commune codes (5 characters) or EPCI SIREN numbers (9 digits)' })
  codes: string[];

  @Field(() => Date)
  updatedAt: Date;
}
