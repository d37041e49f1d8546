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

  @Field({ description: 'Kept by the tablet and sent as `X-Device-Token`; returned only this once, never shown to a person' })
  deviceToken: string;

  @Field({ description: 'The site the tablet now belongs to, for its start screen' })
  siteName: string;
}

@ObjectType('TabletEnrolmentCode')
export class TabletEnrolmentCode {
  @Field({ description: 'Typed on the tablet ("Set up this tablet") or scanned there as a QR code; works once' })
  code: string;

  @Field()
  expiresAt: Date;
}

@ObjectType('CrewMember')
export class CrewMember {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
