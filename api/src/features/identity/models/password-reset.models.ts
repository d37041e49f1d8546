// What the "forgot password" flow answers.
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PasswordResetStateEnum {
  valid = 'valid',
  used = 'used',
  expired = 'expired',
  invalid = 'invalid',
}
registerEnumType(PasswordResetStateEnum, { name: 'PasswordResetState', description: 'What a password reset link can still do' });

@ObjectType('PasswordResetLink')
export class PasswordResetLinkModel {
  @Field({ description: 'The single-use link; give it to the person only' })
  link: string;

  @Field()
  expiresAt: Date;
}
