// Input to create an organisation under the viewer's network body.
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../identity/organisation.entity.js';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters long' })
  name: string;

  @Field({ description: 'Lower-case letters, digits and dashes, 3 to 64 characters, e.g. renov-lyon' })
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/, {
    message: 'slug must be 3 to 64 lower-case letters, digits or dashes, not starting or ending with a dash',
  })
  slug: string;

  @Field(() => String, { description: 'sme, training_centre or network' })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind: OrganisationKind;
}
