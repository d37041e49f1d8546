// A user's role in one organisation, as the user themself sees it.
import type { Role } from '@fit/shared';
import { RoleEnum } from '../../../common/graphql/role.enum.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { Organisation } from './organisation.model.js';

@ObjectType('Membership')
export class Membership {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => RoleEnum)
  role: Role;
}
