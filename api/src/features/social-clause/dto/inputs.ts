// What facilitators and companies type: a contract with its lots, a participant, a month of hours.
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ELIGIBILITY_CATEGORIES, EVIDENCE_TYPES } from '@fit/shared';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ClauseLotInput {
  @Field()
  @IsString()
  @MaxLength(200)
  label: string;

  @Field(() => Float, { description: 'The clause’s hours target for this lot' })
  @IsNumber()
  targetHours: number;

  @Field(() => [ID], { description: 'Awarded companies in FIT (sharing with the body)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  companyIds: string[];

  @Field(() => [String], { description: 'Awarded companies not in FIT, by name', defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  otherCompanyNames: string[];
}

@InputType()
export class ClauseContractInput {
  @Field()
  @IsString()
  @MaxLength(200)
  buyer: string;

  @Field()
  @IsString()
  @MaxLength(100)
  reference: string;

  @Field()
  @IsString()
  @MaxLength(300)
  title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;

  @Field()
  @Matches(DAY)
  startsOn: string;

  @Field()
  @Matches(DAY)
  endsOn: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  totalLabourHours?: number | null;

  @Field(() => [ClauseLotInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClauseLotInput)
  lots: ClauseLotInput[];
}

@InputType()
export class ClauseParticipantInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => ID)
  @IsUUID()
  workerId: string;

  @Field({ description: 'longTermJobSeeker, plie, under26NoQualification, rsa, rqth, iae or other' })
  @IsIn(ELIGIBILITY_CATEGORIES)
  category: string;

  @Field({ description: 'The type of evidence seen; the document itself is never stored' })
  @IsIn(EVIDENCE_TYPES)
  evidenceType: string;

  @Field()
  @Matches(DAY)
  startsOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY)
  endsOn?: string | null;
}

@InputType()
export class ClauseHoursInput {
  @Field(() => ID)
  @IsUUID()
  participantId: string;

  @Field(() => ID)
  @IsUUID()
  lotId: string;

  @Field({ description: 'YYYY-MM' })
  @IsString()
  @MaxLength(7)
  month: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  hoursWorked: number;

  @Field(() => Float, { nullable: true, description: 'Leave out to take what FIT computed from the month’s training' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  trainingHours?: number | null;

  @Field(() => String, { nullable: true, description: 'Required when training hours differ from what FIT computed' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  trainingCorrectionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to correct a validated month (a new declaration)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  correctionReason?: string | null;
}
