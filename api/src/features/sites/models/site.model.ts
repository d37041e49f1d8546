// What clients may see of a building site.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Site')
export class Site {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field(() => String, { nullable: true, description: 'ISO date the works start' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the works end' })
  endsOn: string | null;

  @Field({ description: "IANA time zone of the site (e.g. Europe/Paris): its due dates and overdue are counted in it" })
  timeZone: string;
}
