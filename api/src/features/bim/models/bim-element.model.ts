// An indexed element as clients see it, with a page type for element lists.
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BimProperty')
export class BimProperty {
  @Field({ description: "Pset_*Common property name, e.g. 'IsExternal'" })
  name: string;

  @Field({ description: 'The value as JSON text: true, 0.24, "REI60"' })
  value: string;
}

@ObjectType('BimElement')
export class BimElement {
  @Field()
  globalId: string;

  @Field()
  ifcClass: string;

  @Field(() => String, { nullable: true })
  predefinedType: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  storey: string | null;

  @Field(() => Float, { nullable: true })
  storeyElevation: number | null;

  @Field(() => [String])
  materials: string[];

  @Field(() => [BimProperty])
  properties: BimProperty[];
}

@ObjectType('BimElementPage')
export class BimElementPage {
  @Field(() => Int)
  total: number;

  @Field(() => [BimElement])
  items: BimElement[];
}
