// A site tablet as staff see it; the device token itself is never readable after enrolment.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Tablet')
export class Tablet {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  siteId: string;

  @Field()
  label: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSeenAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('EnrolTabletPayload')
export class EnrolTabletPayload {
  @Field(() => Tablet)
  tablet: Tablet;

  @Field({ description: 'Store on the tablet and send as `X-Device-Token`; shown only this once' })
  deviceToken: string;
}

@ObjectType('CrewMember')
export class CrewMember {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
