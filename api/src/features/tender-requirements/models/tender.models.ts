// GraphQL types of a site's tender requirements (a public contract's training clause) and the crew's check against them.
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ObjectType({ description: "What a public contract's training clause asks of a site's crew" })
export class TenderRequirement {
  @Field(() => ID) id: string;
  @Field(() => ID) siteId: string;
  @Field() title: string;
  @Field({ description: 'The clause reference in the contract, e.g. "CCTP art. 4.2"' }) clause: string;
  @Field(() => [String], { description: 'Reference ULO codes every crew member must hold' }) ulos: string[];
  @Field(() => [String], { description: 'Qualification codes every crew member must hold (or hold one fully recognised as it)' })
  qualifications: string[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@InputType()
export class TenderRequirementInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Give the requirement a title' })
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  clause?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  ulos: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  qualifications: string[];
}

@InputType()
export class CreateTenderRequirementInput extends TenderRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'siteId must be an id' })
  siteId: string;
}

@ObjectType()
export class TenderCrewMember {
  @Field(() => ID) workerId: string;
  @Field() displayName: string;
  @Field() met: boolean;
  @Field(() => [String], { description: 'Required ULOs not held (or expired)' }) missingUlos: string[];
  @Field(() => [String], { description: 'Required qualifications neither held nor fully recognised' }) missingQualifications: string[];
}

@ObjectType()
export class TenderRequirementCheck {
  @Field(() => TenderRequirement) requirement: TenderRequirement;
  @Field(() => Int) crewSize: number;
  @Field(() => Int) metCount: number;
  @Field(() => Float, { description: 'Share of the crew meeting the requirement, 0–100' }) metPercent: number;
  @Field(() => [TenderCrewMember]) members: TenderCrewMember[];
}

@ObjectType({ description: "A site's crew checked against each of the site's tender requirements" })
export class SiteTenderCheck {
  @Field(() => ID) siteId: string;
  @Field(() => [TenderRequirementCheck]) requirements: TenderRequirementCheck[];
}
