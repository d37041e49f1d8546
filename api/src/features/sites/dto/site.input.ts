// What a manager types to create or edit a site; its rules are @fit/shared's siteInputProblems, answered per field.
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class SiteInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  address: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the works start' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the works end; not before the start' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  endsOn?: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Paris' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @Field({ defaultValue: '', description: "Who the works are for (owner or main contractor)" })
  @IsString()
  @MaxLength(1000)
  client: string;

  @Field(() => String, { nullable: true, description: 'The contract the site belongs to, if any' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  contractReference?: string | null;
}
