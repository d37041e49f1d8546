// A training topic that applies to a site's model: how many elements, on which storeys.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BimStoreyCount')
export class BimStoreyCount {
  @Field(() => String, { nullable: true, description: 'Null for elements on no storey' })
  name: string | null;

  @Field(() => Float, { nullable: true })
  elevation: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('BimRecommendation')
export class BimRecommendation {
  @Field({ description: 'Slug or id of the training module the rules come from' })
  moduleRef: string;

  @Field(() => String, { nullable: true, description: 'Catalogue topic code of the modules that teach it, to filter the catalogue on it' })
  topic: string | null;

  @Field({ description: 'In the asked staff language (French unless English)' })
  title: string;

  @Field(() => ID)
  modelId: string;

  @Field(() => Int)
  elementCount: number;

  @Field(() => [BimStoreyCount], { description: 'Lowest first' })
  storeys: BimStoreyCount[];

  @Field({ description: "e.g. '84 windows, Level 0 – Level 3'" })
  summary: string;

  @Field(() => [String], { description: 'GlobalIds of the matching elements (at most 500), to highlight them in 3D' })
  globalIds: string[];
}
