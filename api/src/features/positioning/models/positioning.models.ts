// What clients see of positioning: a facilitator's sessions and candidates' profiles, and a candidate's own progress.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PositioningFamilyScore', { description: 'Appetence and competence for one trade family, in percent' })
export class FamilyScore {
  @Field({ description: 'insulation, carpentry, plumbing, electricity, ventilation, roofing, masonry or painting' })
  family: string;

  @Field(() => Int, { nullable: true, description: 'Null while the candidate has not rated this trade' })
  appetence: number | null;

  @Field(() => Int)
  competence: number;
}

@ObjectType('PositioningProfile')
export class Profile {
  @Field(() => [FamilyScore])
  families: FamilyScore[];

  @Field(() => [String], { description: 'Trade families that fit, best first' })
  fits: string[];

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('PositioningUlo')
export class SuggestedUlo {
  @Field()
  code: string;

  @Field({ description: "The ULO's title in the viewer's language (French or English)" })
  title: string;
}

@ObjectType('PositioningCandidate', { description: "A candidate of one of the facilitator's sessions" })
export class Candidate {
  @Field(() => ID)
  id: string;

  @Field()
  firstName: string;

  @Field({ description: 'consented, inProgress or completed' })
  stage: string;

  @Field(() => Date)
  consentedAt: Date;

  @Field(() => Date, { nullable: true })
  handedOverAt: Date | null;

  @Field(() => Profile)
  profile: Profile;

  @Field(() => [SuggestedUlo], { description: 'Starting ULOs of the suggested FIT path' })
  startingUlos: SuggestedUlo[];

  @Field(() => [String], { description: 'Published modules covering the starting ULOs in companies sharing with the body' })
  suggestedModules: string[];
}

@ObjectType('PositioningSession')
export class Session {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The day of the session (YYYY-MM-DD)' })
  date: string;

  @Field()
  language: string;

  @Field({ description: 'The short code candidates type at /p or scan, shown as ABCD-EFGH' })
  code: string;

  @Field(() => Int)
  candidateCount: number;

  @Field(() => Int)
  completedCount: number;
}

@ObjectType('PositioningInvite', { description: 'What a candidate reads before agreeing: whose session it is and the retention' })
export class Invite {
  @Field()
  sessionName: string;

  @Field()
  organisationName: string;

  @Field()
  language: string;

  @Field(() => Int)
  retentionMonths: number;
}

@ObjectType('PositioningAnswer')
export class Answer {
  @Field()
  itemId: string;

  @Field(() => [Int], { description: 'A scale value or option as one number; an order of steps as several' })
  value: number[];
}

@ObjectType('PositioningProgress', { description: "A candidate's own answers and, once complete, their result" })
export class Progress {
  @Field()
  firstName: string;

  @Field()
  sessionName: string;

  @Field()
  language: string;

  @Field(() => [Answer])
  answers: Answer[];

  @Field()
  completed: boolean;

  @Field(() => Profile, { nullable: true, description: 'Only once every item is answered' })
  result: Profile | null;
}

@ObjectType('PositioningJoin')
export class Joined {
  @Field({ description: "The candidate's secret: keep it to resume and to open the result by link" })
  token: string;

  @Field(() => Progress)
  progress: Progress;
}

@ObjectType('PositioningHandoverModule', { description: "A module of the viewer's company suggested for a handed-over worker" })
export class HandoverModule {
  @Field(() => ID, { description: 'The latest published version, the one to assign' })
  moduleVersionId: string;

  @Field({ description: "The module's title in the viewer's language (French or English)" })
  title: string;

  @Field({ description: 'The worker already has an assignment of this version' })
  assigned: boolean;
}

@ObjectType('PositioningHandover', { description: "A candidate handed over to the viewer's company, with where to start" })
export class Handover {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  workerId: string | null;

  @Field()
  displayName: string;

  @Field()
  fromNetwork: string;

  @Field(() => [String])
  trades: string[];

  @Field(() => [String])
  startingUlos: string[];

  @Field(() => [String])
  suggestedModules: string[];

  @Field(() => Date)
  candidateConsentedAt: Date;

  @Field(() => [SuggestedUlo], { description: "The starting ULOs with their titles in the viewer's language" })
  ulos: SuggestedUlo[];

  @Field(() => [HandoverModule], { description: "The company's own published modules covering the starting ULOs: what its trainers assign" })
  modules: HandoverModule[];
}
