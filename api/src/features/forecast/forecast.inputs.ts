// What planners type: a project, a ratio, a declared headcount, a scenario set. Rules are @fit/shared's.
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class WorkQuantityInput {
  @Field()
  @IsString()
  @MaxLength(40)
  workPackage: string;

  @Field(() => Float)
  @IsNumber()
  quantity: number;
}

@InputType()
export class ForecastProjectInput {
  @Field(() => ID)
  @IsString()
  territoryId: string;

  @Field()
  @IsString()
  @MaxLength(500)
  name: string;

  @Field(() => [Int])
  @IsArray()
  @ArrayMaxSize(50)
  years: number[];

  @Field()
  @IsString()
  @MaxLength(40)
  buildingType: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  dwellings?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  floorArea?: number | null;

  @Field(() => [WorkQuantityInput])
  @IsArray()
  @ArrayMaxSize(20)
  packages: WorkQuantityInput[];
}

@InputType()
export class TradeHoursInput {
  @Field()
  @IsString()
  @MaxLength(40)
  trade: string;

  @Field(() => Float)
  @IsNumber()
  hours: number;
}

@InputType()
export class ForecastRatioInput {
  @Field()
  @IsString()
  @MaxLength(40)
  workPackage: string;

  @Field(() => [TradeHoursInput])
  @IsArray()
  @ArrayMaxSize(20)
  hoursPerUnit: TradeHoursInput[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  ulos: string[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  source: string;
}

@InputType()
export class ForecastHeadcountInput {
  @Field(() => ID)
  @IsString()
  territoryId: string;

  @Field()
  @IsString()
  @MaxLength(200)
  label: string;

  @Field()
  @IsString()
  @MaxLength(60)
  ulo: string;

  @Field(() => Int)
  @IsNumber()
  workers: number;
}

@InputType()
export class ScenarioSetInput {
  @Field(() => ID)
  @IsString()
  territoryId: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => Float)
  @IsNumber()
  low: number;

  @Field(() => Float)
  @IsNumber()
  central: number;

  @Field(() => Float)
  @IsNumber()
  high: number;

  @Field(() => Int)
  @IsNumber()
  productiveHours: number;
}
