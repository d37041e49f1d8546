// Input to invite a manager or trainer into an organisation by email link.
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsUUID } from 'class-validator';
import { INVITABLE_ROLES, type InvitableRole } from '../invitation.entity.js';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID, { description: "The viewer's organisation, or (network admins) one their network created" })
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field(() => String, { description: 'manager or trainer' })
  @IsIn(INVITABLE_ROLES, { message: 'role must be manager or trainer' })
  role: InvitableRole;
}
