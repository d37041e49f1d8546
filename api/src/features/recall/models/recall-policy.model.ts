// The organisation's "recall keeps a ULO fresh" setting, as admins see and set it.
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RecallPolicy', { description: 'Whether spaced recall extends ULO expiry in this organisation, and by how much' })
export class RecallPolicy {
  @Field({ description: 'Off: recall never changes an award' })
  keepsFresh: boolean;

  @Field(() => Int, { description: 'Months a ULO stays valid after the oldest successful recall of its questions' })
  extendMonths: number;

  @Field(() => Int, { description: 'Every question of the ULO must have been remembered within this many days' })
  windowDays: number;
}
