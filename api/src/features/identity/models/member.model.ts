// A member of the viewer's organisation, as its managers and admins see them on the members screen.
import type { Role } from '@fit/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../../common/graphql/role.enum.js';

@ObjectType('Member')
export class Member {
  @Field(() => ID, { description: "The member's user id" })
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Date, { nullable: true, description: 'Set while the member may not sign in to this organisation' })
  deactivatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Their last sign-in to this organisation (web or tablet); answered to admins only' })
  lastSignInAt: Date | null;
}
