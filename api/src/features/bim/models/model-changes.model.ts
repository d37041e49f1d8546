// What changed between a model version and the site's previous ready version, by GlobalId.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BimModelChanges')
export class BimModelChanges {
  @Field(() => ID)
  modelId: string;

  @Field(() => ID, { nullable: true, description: 'Null for the first ready version: everything is added' })
  previousModelId: string | null;

  @Field(() => Int, { nullable: true })
  previousVersion: number | null;

  @Field(() => Int)
  addedCount: number;

  @Field(() => Int)
  removedCount: number;

  @Field(() => [String], { description: 'GlobalIds, at most 200' })
  added: string[];

  @Field(() => [String], { description: 'GlobalIds, at most 200' })
  removed: string[];
}
