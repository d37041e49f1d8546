// Input of an assignment: who (workers, a team, or a site's whole crew), what (a published version) and by when.
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AssignModuleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleVersionId must be an id' })
  moduleVersionId: string;

  @Field(() => [ID], { nullable: true, description: 'These workers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'workerIds must be ids' })
  workerIds?: string[];

  @Field(() => ID, { nullable: true, description: "Every current member of this team" })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: "The site the work happens on; alone, the site's whole crew" })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be an id' })
  siteId?: string;

  @Field({ description: 'ISO date, today or later' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a date like 2026-12-01' })
  dueOn: string;

  @Field({ nullable: true, description: 'Why: a work phase, or elements of the building model' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}
