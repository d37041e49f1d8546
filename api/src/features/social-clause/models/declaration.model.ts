// A monthly declaration of a participant's hours with its decision and its place in the audit trail.
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ClauseHourDeclaration')
export class ClauseHourDeclaration {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  participantId: string;

  @Field()
  personName: string;

  @Field()
  companyName: string;

  @Field(() => ID)
  lotId: string;

  @Field()
  lotLabel: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Float)
  hoursWorked: number;

  @Field(() => Float)
  trainingHours: number;

  @Field(() => Float, { description: 'What FIT computed from attempts and on-site validations of the month' })
  trainingHoursComputed: number;

  @Field(() => String, { nullable: true })
  trainingCorrectionReason: string | null;

  @Field({ description: 'declared, validated (locked), sentBack or superseded (by a validated correction)' })
  status: string;

  @Field(() => ID, { nullable: true })
  correctsId: string | null;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;

  @Field(() => String, { nullable: true })
  sentBackReason: string | null;

  @Field(() => Date)
  declaredAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}
