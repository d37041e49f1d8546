// What a successful sign-in returns.
import { Field, ObjectType } from '@nestjs/graphql';
import { Me } from './me.model.js';

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => Me)
  me: Me;
}
