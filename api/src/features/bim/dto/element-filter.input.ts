// Which elements of a model to list: a class rule (with subclasses), property conditions, a storey, or GlobalIds.
import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PROPERTY_OPS, type PropertyOp } from '@fit/shared';

export enum BimPropertyOp {
  eq = 'eq',
  neq = 'neq',
  lt = 'lt',
  lte = 'lte',
  gt = 'gt',
  gte = 'gte',
  exists = 'exists',
}
registerEnumType(BimPropertyOp, { name: 'BimPropertyOp' });

@InputType()
export class PropertyConditionInput {
  @Field()
  @IsString()
  @MaxLength(100)
  name: string;

  @Field(() => BimPropertyOp)
  @IsIn(PROPERTY_OPS)
  op: PropertyOp;

  // GraphQL has no union inputs: give the one value that fits the property.
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  boolValue?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  numberValue?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  stringValue?: string;
}

@InputType()
export class ElementFilterInput {
  @Field(() => String, { nullable: true, description: "e.g. 'IfcWall' (includes IfcWallStandardCase)" })
  @IsOptional()
  @IsString()
  ifcClass?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  includeSubclasses?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  predefinedType?: string;

  @Field(() => [PropertyConditionInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PropertyConditionInput)
  properties?: PropertyConditionInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  globalIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  storey?: string;

  @Field(() => Int, { nullable: true, defaultValue: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}
