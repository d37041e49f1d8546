// What a successful sign-in (or refresh, or organisation switch) returns.
import { Field, ObjectType } from '@nestjs/graphql';
import { Me } from './me.model.js';

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; short-lived' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Exchange once with `refresh` for a new pair; a second use signs the session out' })
  refreshToken: string;

  @Field()
  refreshExpiresAt: Date;

  @Field(() => Me)
  me: Me;
}
