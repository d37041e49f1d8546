// What clients may see of one module version; `content` follows the shared ModuleContent type.
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ModuleContent } from '@fit/shared';
import { JSONScalar } from '../../../common/graphql/json.scalar.js';

export const ModuleVersionStatusEnum = { draft: 'draft', published: 'published' } as const;
registerEnumType(ModuleVersionStatusEnum, {
  name: 'ModuleVersionStatus',
  description: 'A draft is edited by authors only; a published version is frozen',
});

@ObjectType('MissingTranslation', { description: 'A text that lacks one of the languages the module declares' })
export class MissingTranslation {
  @Field({ description: 'Where in the content, e.g. steps[2].body' })
  path: string;

  @Field()
  lang: string;
}

@ObjectType('ModuleVersion')
export class ModuleVersion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  moduleId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ModuleVersionStatusEnum)
  status: 'draft' | 'published';

  @Field(() => JSONScalar, { description: 'The module content (ModuleContent in @fit/shared): texts, steps, quiz, tasks' })
  content: ModuleContent;

  @Field(() => [MissingTranslation], { description: 'Texts that will fall back to another language when shown' })
  missingTranslations: MissingTranslation[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
