// How well one team remembers the questions of one ULO: the share of recalls that found a learned question forgotten.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RecallLapse', { description: "A team's spaced recall of one ULO's questions" })
export class RecallLapse {
  @Field(() => ID, { nullable: true, description: 'Null for crew members in no team' })
  teamId: string | null;

  @Field(() => String, { nullable: true })
  teamName: string | null;

  @Field({ description: 'The ULO code' })
  ulo: string;

  @Field({ description: 'The ULO title (English)' })
  uloTitle: string;

  @Field(() => String, { nullable: true })
  uloTitleFr: string | null;

  @Field(() => Int, { description: 'Workers with questions of this ULO to recall' })
  workers: number;

  @Field(() => Int, { description: 'Questions (cards) of this ULO the team holds' })
  cards: number;

  @Field(() => Int, { description: 'Recalls made (the first answer in the module not counted)' })
  recalls: number;

  @Field(() => Int, { description: 'Recalls where a learned question was forgotten' })
  lapses: number;

  @Field(() => Float, { nullable: true, description: 'lapses / recalls; null before any recall' })
  lapseShare: number | null;
}
