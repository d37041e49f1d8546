// A participant's path as the facilitator (their body's contracts) or the company (its own people) sees it.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ClausePathContract', { description: 'One contract the person is a participant of' })
export class ClausePathContract {
  @Field(() => ID)
  participantId: string;

  @Field(() => ID)
  contractId: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field()
  companyName: string;

  @Field(() => String, { nullable: true, description: 'Sensitive: every read is logged' })
  category: string | null;

  @Field()
  startsOn: string;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'job, training or other' })
  exitOutcome: string | null;

  @Field(() => String, { nullable: true })
  exitOn: string | null;
}

@ObjectType('ClausePathMonth', {
  description: 'A month of a contract: hours worked and training hours, and where the declaration stands',
})
export class ClausePathMonth {
  @Field()
  month: string;

  @Field()
  reference: string;

  @Field(() => Float)
  hoursWorked: number;

  @Field(() => Float)
  trainingHours: number;

  @Field({ description: 'declared, validated or sentBack' })
  status: string;
}

@ObjectType('ClausePathModule', { description: 'A module the person completed at the company' })
export class ClausePathModule {
  @Field()
  title: string;

  @Field()
  completedOn: string;
}

@ObjectType('ClausePathAfest', { description: 'An AFEST (on-the-job training) of the person at the company' })
export class ClausePathAfest {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'When both signed (the file is complete)' })
  signedOn: string | null;

  @Field(() => Int)
  sequences: number;
}

@ObjectType('ClausePathQualification', { description: 'A qualification the person was awarded' })
export class ClausePathQualification {
  @Field()
  title: string;

  @Field()
  scheme: string;

  @Field()
  awardedOn: string;
}

@ObjectType('ClauseParticipantPath')
export class ClauseParticipantPath {
  @Field()
  personName: string;

  @Field(() => [ClausePathContract])
  contracts: ClausePathContract[];

  @Field(() => [ClausePathMonth])
  months: ClausePathMonth[];

  @Field(() => [ClausePathModule])
  modules: ClausePathModule[];

  @Field(() => [ClausePathAfest])
  afests: ClausePathAfest[];

  @Field(() => [ClausePathQualification])
  qualifications: ClausePathQualification[];
}
