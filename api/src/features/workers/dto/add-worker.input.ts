// Input to add a worker (an account without password, who signs in on a site tablet).
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';

@InputType()
export class AddWorkerInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'displayName must be 2 to 120 characters long' })
  displayName: string;

  @Field({ description: 'BCP 47 language, e.g. fr, en, pt, ar' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { message: 'language must be a language code such as fr, en, pt or ar' })
  language: string;

  @Field()
  @IsString()
  @Length(2, 80, { message: 'trade must be 2 to 80 characters long' })
  trade: string;

  @Field(() => String, { nullable: true, description: 'Optional; links an existing FIT account (e.g. from a former employer)' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;
}
