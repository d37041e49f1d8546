// What a facilitator or network admin types to create or edit a territory; rules are @fit/shared's territoryProblems.
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { TERRITORY_CODES_MAX } from '@fit/shared';

@InputType()
export class TerritoryInput {
  @Field()
  @IsString()
  @MaxLength(500)
  name: string;

  @Field(() => [String], { description: 'INSEE commune codes (e.g. 69381, 2A004) or EPCI SIREN numbers (9 digits)' })
  @IsArray()
  @ArrayMaxSize(TERRITORY_CODES_MAX + 1)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  codes: string[];
}
