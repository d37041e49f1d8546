// What clients may see of a training module: its identity and the versions the viewer may read.
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ModuleVersion } from './module-version.model.js';

@ObjectType('LearningModule', { description: 'A training module of the organisation' })
export class LearningModule {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => ModuleVersion, { nullable: true, description: 'The version being edited; only authors (trainer, admin) see it' })
  draft: ModuleVersion | null;

  @Field(() => ModuleVersion, { nullable: true, description: 'The newest published version, the one to assign' })
  latestPublished: ModuleVersion | null;

  @Field(() => [ModuleVersion], { description: 'Every published version, newest first' })
  publishedVersions: ModuleVersion[];

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
