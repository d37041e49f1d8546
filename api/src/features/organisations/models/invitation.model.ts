// An invitation as its inviter sees it; `link` is only filled in the answer to createInvitation.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Invitation')
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  email: string;

  @Field({ description: 'manager, trainer, or worker (an existing account asked to join as a worker)' })
  role: string;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The link to send (`/invite/<token>`); shown once, at creation, because only its hash is stored',
  })
  link?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'In the answer to createInvitation: `email` when the link was emailed, `link` when the inviter must pass it on',
  })
  delivery?: 'email' | 'link' | null;
}
