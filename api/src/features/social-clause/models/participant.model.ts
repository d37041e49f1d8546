// A participant of a clause contract, and the log of reads of eligibility categories.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ClauseParticipant')
export class ClauseParticipant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => ID)
  workerId: string;

  @Field()
  personName: string;

  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;

  @Field(() => String, { nullable: true, description: 'Sensitive: only for the body’s facilitators and the company’s managers and admins; every read is logged' })
  category: string | null;

  @Field(() => String, { nullable: true, description: 'The type of evidence seen (never the document); same rule as category' })
  evidenceType: string | null;

  @Field()
  startsOn: string;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'job, training or other, recorded by the facilitator' })
  exitOutcome: string | null;

  @Field(() => String, { nullable: true })
  exitOn: string | null;
}

@ObjectType('EligibilityRead', { description: 'One read of a participant’s eligibility: who, when and why' })
export class EligibilityRead {
  @Field(() => ID)
  id: string;

  @Field()
  personName: string;

  @Field()
  readerName: string;

  @Field()
  readerOrganisation: string;

  @Field()
  reason: string;

  @Field(() => Date)
  readAt: Date;
}

@ObjectType('ClauseWorkerOption', { description: 'A worker who can be flagged as a participant of a contract' })
export class ClauseWorkerOption {
  @Field(() => ID)
  workerId: string;

  @Field()
  personName: string;

  @Field(() => ID)
  companyId: string;

  @Field()
  companyName: string;
}
