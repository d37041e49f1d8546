// What a facilitator types to create a session, and what a candidate sends to join.
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { WORKER_LANGUAGE_CODES } from '../positioning-rules.js';

@InputType()
export class PositioningSessionInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters long' })
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a day such as 2027-03-14' })
  date: string;

  @Field({ defaultValue: 'fr' })
  @IsIn(WORKER_LANGUAGE_CODES, { message: 'language must be one of fr, en, pt, es, ro, ar' })
  language: string;
}

@InputType()
export class JoinPositioningInput {
  @Field()
  @IsString()
  @Length(4, 20)
  code: string;

  @Field({ description: 'A first name or a pseudonym, nothing more' })
  @IsString()
  @Length(1, 40, { message: 'firstName must be 1 to 40 characters long' })
  firstName: string;

  @Field({ defaultValue: 'fr' })
  @IsIn(WORKER_LANGUAGE_CODES, { message: 'language must be one of fr, en, pt, es, ro, ar' })
  language: string;

  @Field({ description: 'Must be true: the candidate agreed on the consent screen' })
  @IsBoolean()
  consent: boolean;
}
