// A team and its workers.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Worker } from './worker.model.js';

@ObjectType('Team')
export class Team {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [Worker])
  members: Worker[];
}
