// A text shown in one language, saying when it fell back to another so the screen can flag it.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalisedString')
export class LocalisedString {
  @Field()
  text: string;

  @Field(() => String, { nullable: true, description: 'The language the text is in; null when there is no text at all' })
  lang: string | null;

  @Field({ description: 'True when the wanted language was missing and another one is shown' })
  fellBack: boolean;
}
