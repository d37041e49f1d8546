// What clients may see of an organisation.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Organisation')
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'sme, training_centre or network' })
  kind: string;
}
