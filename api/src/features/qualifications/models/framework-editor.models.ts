// GraphQL types of the framework editor: the active framework in full (for the forms), the edits, and their record.
// Ranges (EQF 1–8, positive credits, units of the scheme…) are left to the importer's checks, which name the field.
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType({ description: 'A reference unit of learning outcomes, every field' })
export class ReferenceUlo {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
  @Field() topic: string;
  @Field(() => Int) eqfLevel: number;
  @Field(() => Float, { nullable: true }) credits: number | null;
  @Field(() => [String], { description: 'ESCO skill URIs' }) esco: string[];
  @Field(() => [String]) knowledge: string[];
  @Field(() => [String]) skills: string[];
  @Field(() => [String], { description: 'Responsibility and autonomy statements' }) autonomy: string[];
}

@ObjectType()
export class SchemeUnit {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
}

@ObjectType({ description: "A scheme's qualification and what it requires" })
export class SchemeQualification {
  @Field() scheme: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
  @Field(() => [String], { description: 'The units the requirement lists' }) units: string[];
  @Field(() => Int, { nullable: true, description: 'n of the units; null when all of them are required' }) nOf: number | null;
  @Field() practicalValidation: boolean;
  @Field(() => Int, { nullable: true }) validityMonths: number | null;
}

@ObjectType()
export class FrameworkScheme {
  @Field() code: string;
  @Field() country: string;
  @Field() awardingBody: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
  @Field(() => [SchemeUnit]) units: SchemeUnit[];
  @Field(() => [SchemeQualification]) qualifications: SchemeQualification[];
}

@ObjectType({ description: 'The active reference framework in full, for the editor' })
export class FrameworkCatalogue {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() version: string;
  @Field(() => [ReferenceUlo]) ulos: ReferenceUlo[];
  @Field(() => [FrameworkScheme]) schemes: FrameworkScheme[];
}

@ObjectType({ description: 'An edit made to the active framework in place' })
export class FrameworkChange {
  @Field(() => ID) id: string;
  @Field({ description: 'ulo, qualification or mapping' }) kind: string;
  @Field({ description: 'The ULO code, "scheme · qualification" or "scheme · unit → ULO"' }) code: string;
  @Field({ description: 'created, changed or removed' }) action: string;
  @Field(() => [String], { description: 'The fields that changed, named as in the framework file' }) fields: string[];
  @Field({ description: 'One line in English, e.g. "Changed eqfLevel, title"' }) summary: string;
  @Field(() => Date) changedAt: Date;
  @Field(() => String, { nullable: true, description: "The admin's name (null once the account is gone)" }) changedBy: string | null;
}

const Statements = () => [String];

@InputType()
export class ReferenceUloInput {
  @Field() @IsString() @MaxLength(64) code: string;
  @Field() @IsString() @MaxLength(300) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) titleFr?: string | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(100) topic: string;
  @Field(() => Int) @IsInt() eqfLevel: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() credits?: number | null;
  @Field(Statements, { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(300, { each: true }) esco: string[];
  @Field(Statements, { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) knowledge: string[];
  @Field(Statements, { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) skills: string[];
  @Field(Statements, { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) autonomy: string[];
}

@InputType()
export class SchemeQualificationInput {
  @Field() @IsString() @MaxLength(300) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) titleFr?: string | null;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) units: string[];
  @Field(() => Int, { nullable: true, description: 'n of the units; null or absent: all of them' }) @IsOptional() @IsInt() nOf?: number | null;
  @Field() @IsBoolean() practicalValidation: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() validityMonths?: number | null;
}
