// A module whose elements can get QR labels on a site, with how many of the site's current elements it binds.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LabelModule')
export class LabelModuleModel {
  @Field(() => ID)
  moduleId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: "Elements of the site's current model the module is bound to" })
  elementCount: number;

  @Field(() => [String], { description: 'Their IFC classes' })
  ifcClasses: string[];

  @Field(() => [String], { description: 'Their storeys, lowest first' })
  storeys: string[];
}
