// GraphQL shapes of an AFEST and its traceability record.
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('AfestUlo')
export class AfestUlo {
  @Field()
  code: string;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  titleFr: string | null;
}

@ObjectType('AfestReflection', { description: "A reflective sequence: the worker's own words after a work sequence" })
export class AfestReflection {
  @Field(() => ID, { description: 'The statement id in the ledger' })
  id: string;
  @Field(() => ID)
  sequenceId: string;
  @Field()
  done: string;
  @Field()
  learned: string;
  @Field()
  difficulties: string;
  @Field({ description: 'Dictated with speech recognition rather than typed' })
  dictated: boolean;
  @Field(() => String, { nullable: true })
  language: string | null;
  @Field()
  recordedAt: Date;
  @Field({ description: 'Recorded after both signatures: an addition to the locked file' })
  afterLock: boolean;
}

@ObjectType('AfestSequence', { description: 'A planned work sequence on site' })
export class AfestSequence {
  @Field(() => ID)
  id: string;
  @Field()
  activity: string;
  @Field(() => ID, { nullable: true })
  moduleVersionId: string | null;
  @Field(() => String, { nullable: true, description: "The module's title in the viewer's language" })
  moduleTitle: string | null;
  @Field()
  plannedOn: string;
  @Field(() => ID, { nullable: true })
  siteId: string | null;
  @Field(() => String, { nullable: true })
  siteName: string | null;
  @Field(() => Int)
  plannedMinutes: number;
  @Field(() => [AfestReflection])
  reflections: AfestReflection[];
}

@ObjectType('AfestEvaluation', { description: 'An on-site validation of a practical step of the AFEST’s modules' })
export class AfestEvaluation {
  @Field(() => ID)
  statementId: string;
  @Field(() => String, { nullable: true })
  moduleTitle: string | null;
  @Field({ description: 'pending, validated or to_redo' })
  review: string;
  @Field(() => String, { nullable: true })
  reviewComment: string | null;
  @Field(() => String, { nullable: true })
  reviewedBy: string | null;
  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;
  @Field()
  submittedAt: Date;
}

@ObjectType('AfestSignature')
export class AfestSignature {
  @Field({ description: 'worker or trainer' })
  role: string;
  @Field(() => ID)
  signerId: string;
  @Field()
  signerName: string;
  @Field()
  signedAt: Date;
  @Field({ description: 'SVG path data of the drawn signature' })
  path: string;
  @Field(() => Int)
  width: number;
  @Field(() => Int)
  height: number;
}

@ObjectType('AfestAddition', { description: 'A note added after the file was locked, with its reason' })
export class AfestAddition {
  @Field(() => ID)
  id: string;
  @Field()
  authorName: string;
  @Field()
  reason: string;
  @Field()
  note: string;
  @Field()
  createdAt: Date;
}

@ObjectType('AfestHours')
export class AfestHours {
  @Field(() => Int, { description: 'Planned on-site minutes of the work sequences' })
  plannedOnSiteMinutes: number;
  @Field(() => Int, { description: "Planned minutes of the modules (their estimated duration)" })
  plannedModuleMinutes: number;
  @Field(() => Int)
  realisedModuleSeconds: number;
  @Field(() => Int)
  realisedOnSiteSeconds: number;
  @Field(() => Float)
  plannedHours: number;
  @Field(() => Float)
  realisedHours: number;
}

@ObjectType('Afest', { description: 'An on-the-job training (AFEST) and its traceability record' })
export class Afest {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field()
  organisationName: string;
  @Field(() => ID)
  workerId: string;
  @Field()
  workerName: string;
  @Field(() => ID)
  trainerId: string;
  @Field()
  trainerName: string;
  @Field(() => [String])
  targetUlos: string[];
  @Field(() => [AfestUlo], { description: 'The starting point: ULOs held on the day of the positioning' })
  heldUlos: AfestUlo[];
  @Field()
  positioningNote: string;
  @Field()
  positionedAt: Date;
  @Field(() => Date, { nullable: true })
  lockedAt: Date | null;
  @Field(() => [AfestSequence])
  sequences: AfestSequence[];
  @Field(() => [AfestEvaluation])
  evaluations: AfestEvaluation[];
  @Field(() => [AfestSignature])
  signatures: AfestSignature[];
  @Field(() => [AfestAddition])
  additions: AfestAddition[];
  @Field(() => AfestHours)
  hours: AfestHours;
}

@InputType()
export class CreateAfestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'workerId must be an id' })
  workerId: string;

  @Field()
  @IsString()
  @MaxLength(200)
  title: string;

  @Field(() => [String], { description: 'ULO codes the AFEST aims at' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  targetUlos: string[];

  @Field({ description: "The trainer's short assessment of the starting point" })
  @IsString()
  @MaxLength(2000)
  positioningNote: string;
}

@InputType()
export class PlanAfestSequenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'afestId must be an id' })
  afestId: string;

  @Field({ description: 'The practical step on site' })
  @IsString()
  @MaxLength(500)
  activity: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'moduleVersionId must be an id' })
  moduleVersionId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  plannedOn: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be an id' })
  siteId?: string | null;

  @Field(() => Int)
  @IsInt()
  plannedMinutes: number;
}

@InputType()
export class DrawnSignatureInput {
  @Field({ description: 'SVG path data (M and L commands)' })
  @IsString()
  path: string;

  @Field(() => Int)
  @IsInt()
  width: number;

  @Field(() => Int)
  @IsInt()
  height: number;
}
