// One line of the printable badge sheet: the PWA renders `qrPayload` as a QR code.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Badge')
export class Badge {
  @Field(() => ID)
  workerId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  trade: string | null;

  @Field({ description: '`fit:badge:<code>`; scanned on a site tablet of the same organisation to sign in' })
  qrPayload: string;
}
