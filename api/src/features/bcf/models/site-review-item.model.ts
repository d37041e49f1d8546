// What staff see of an item to review on site (imported from a BCF topic).
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewElement', { description: "An element a review item is about, as the site's current model knows it" })
export class ReviewElement {
  @Field()
  globalId: string;

  @Field(() => String, { nullable: true, description: 'IFC class; null when the current model has no such element' })
  ifcClass: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  storey: string | null;
}

@ObjectType('SiteReviewItem', { description: 'Something to check on site on named elements, imported from BCF' })
export class SiteReviewItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  siteId: string;

  @Field({ description: 'The BCF topic Guid' })
  topicGuid: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The topic's status in the tool it came from" })
  topicStatus: string | null;

  @Field(() => String, { nullable: true })
  topicAuthor: string | null;

  @Field(() => [String])
  labels: string[];

  @Field(() => [ReviewElement])
  elements: ReviewElement[];

  @Field({ description: 'open or done' })
  status: string;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  resolvedBy: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  resolutionNote: string | null;
}

@ObjectType('BcfImportResult')
export class BcfImportResult {
  @Field(() => Number)
  created: number;

  @Field(() => Number)
  updated: number;

  @Field(() => [String], { description: 'Topics left out, with why (e.g. no element selected)' })
  skipped: string[];
}
