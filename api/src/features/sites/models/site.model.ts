// What clients may see of a building site.
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SiteStatus {
  active = 'active',
  closed = 'closed',
}
registerEnumType(SiteStatus, { name: 'SiteStatus', description: 'Whether works still go on at a site' });

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

  @Field({ description: 'Who the works are for (owner or main contractor)' })
  client: string;

  @Field(() => String, { nullable: true, description: 'The contract the site belongs to, if any' })
  contractReference: string | null;

  @Field(() => Date, { nullable: true, description: 'When the site was closed; null while works go on' })
  closedAt: Date | null;
}
