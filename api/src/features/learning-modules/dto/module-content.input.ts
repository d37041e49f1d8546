// Inputs for authoring a module: the content is JSON checked by the shared validator (which names step and field).
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ModuleContent } from '@fit/shared';
import { JSONScalar } from '../../../common/graphql/json.scalar.js';

@InputType()
export class CreateModuleInput {
  @Field(() => String, { nullable: true, description: 'Defaults to one made from the title' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'slug must be lower-case letters, digits and dashes' })
  slug?: string;

  @Field(() => JSONScalar, { description: 'ModuleContent; a draft may be incomplete but must be well formed' })
  @IsObject({ message: 'content must be a JSON object' })
  content: ModuleContent;
}

@InputType()
export class UpdateModuleDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleId must be an id' })
  moduleId: string;

  @Field(() => JSONScalar, { description: 'The whole new draft content (ModuleContent)' })
  @IsObject({ message: 'content must be a JSON object' })
  content: ModuleContent;
}

@InputType()
export class ModuleFilterInput {
  @Field(() => String, { nullable: true, description: 'Words of the title, in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  trade?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  topic?: string;

  @Field(() => String, { nullable: true, description: 'Two-letter code of a language the module is written in' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter code like fr' })
  language?: string;

  @Field(() => String, { nullable: true, description: 'A learning outcome code, e.g. ULO-AIR-01' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  outcome?: string;

  @Field(() => Int, { nullable: true, description: 'Only modules that take at most this many minutes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  maxMinutes?: number;
}
