// Input to accept an invitation: creates the account, or links an existing one when its password is given.
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@fit/shared';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 200, { message: 'token must be the code from the invitation link' })
  token: string;

  @Field(() => String, { nullable: true, description: 'Required for a new account; ignored when linking an existing one' })
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'displayName must be 2 to 120 characters long' })
  displayName?: string | null;

  @Field({ description: "A new password, or the existing account's password to link it" })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, 200, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  password: string;
}
