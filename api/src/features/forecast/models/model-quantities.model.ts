// Quantities a planned project can take from an indexed building model of a sharing company's site.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ForecastModelQuantities')
export class ForecastModelQuantities {
  @Field(() => ID)
  modelId: string;

  @Field()
  siteName: string;

  @Field()
  companyName: string;

  @Field()
  fileName: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'IfcWindow elements: window replacement units' })
  windows: number;

  @Field(() => Int, { description: 'IfcWall elements with IsExternal = true' })
  externalWalls: number;

  @Field(() => Float, { nullable: true, description: 'm² of external walls, null unless every external wall has a side area' })
  externalWallArea: number | null;

  @Field({ description: "Some external walls' side areas are estimated from the geometry: the file has no wall base quantities for them" })
  externalWallAreaEstimated: boolean;
}
