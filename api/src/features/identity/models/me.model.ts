// The signed-in user, with the organisation they are currently acting for.
import type { Role } from '@fit/shared';
import { RoleEnum } from '../../../common/graphql/role.enum.js';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Membership } from './membership.model.js';
import { Organisation } from './organisation.model.js';

@ObjectType('Me')
export class Me {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  displayName: string;

  @Field({ description: 'Preferred language (BCP 47), e.g. fr or en' })
  language: string;

  @Field(() => RoleEnum, { description: 'Role in the active organisation' })
  role: Role;

  @Field(() => Organisation, { description: 'The organisation this session acts for' })
  organisation: Organisation;

  @Field(() => [Membership])
  memberships: Membership[];
}
