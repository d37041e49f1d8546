// What the holder of an invitation link may see before accepting it: whose invitation, for which role, and its state.
import { Field, ObjectType } from '@nestjs/graphql';

export const INVITATION_STATUSES = ['pending', 'expired', 'accepted'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

@ObjectType('InvitationPreview')
export class InvitationPreview {
  @Field()
  organisationName: string;

  @Field({ description: 'The invited address (the account the invitation creates or joins)' })
  email: string;

  @Field({ description: 'manager or trainer' })
  role: string;

  @Field()
  expiresAt: Date;

  @Field(() => String, { description: 'pending, expired or accepted' })
  status: InvitationStatus;

  @Field({ description: 'True when this email already has a FIT account: its password links the organisation to it' })
  accountExists: boolean;
}
