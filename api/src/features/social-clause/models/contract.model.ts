// A clause contract as the facilitator or an awarded company sees it, with its lots and progress against targets.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ClauseProgress', { description: 'Validated hours (worked + training) against a target, in hours and full-time equivalents (hours / 1,607)' })
export class ClauseProgressModel {
  @Field(() => Float)
  targetHours: number;

  @Field(() => Float)
  achievedHours: number;

  @Field(() => Float, { description: 'Declared, waiting for the facilitator' })
  pendingHours: number;

  @Field(() => Float)
  achievedFte: number;

  @Field(() => Float)
  targetFte: number;

  @Field(() => Int)
  percent: number;
}

@ObjectType('ClauseCompany', { description: 'A company awarded a lot: an organisation of FIT (id set) or a name only' })
export class ClauseCompany {
  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  name: string;
}

@ObjectType('ClauseSite')
export class ClauseSite {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('ClauseLot')
export class ClauseLot {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => Float)
  targetHours: number;

  @Field(() => [ClauseCompany])
  companies: ClauseCompany[];

  @Field(() => [ClauseSite], { description: 'FIT sites where the lot is worked (the viewer’s company’s only, for a company)' })
  sites: ClauseSite[];

  @Field(() => ClauseProgressModel)
  progress: ClauseProgressModel;
}

@ObjectType('ClauseCompanyProgress')
export class ClauseCompanyProgress {
  @Field(() => ClauseCompany)
  company: ClauseCompany;

  @Field(() => ClauseProgressModel)
  progress: ClauseProgressModel;
}

@ObjectType('ClauseContract')
export class ClauseContract {
  @Field(() => ID)
  id: string;

  @Field()
  buyer: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  endsOn: string;

  @Field(() => Float, { nullable: true })
  totalLabourHours: number | null;

  @Field(() => String, { nullable: true })
  territoryName: string | null;

  @Field()
  networkName: string;

  @Field({ description: "'network' for the body that recorded it, 'company' for an awarded company" })
  viewerSide: string;

  @Field(() => [ClauseLot])
  lots: ClauseLot[];

  @Field(() => ClauseProgressModel)
  progress: ClauseProgressModel;

  @Field(() => [ClauseCompanyProgress], { description: 'Per company the viewer may see' })
  companies: ClauseCompanyProgress[];
}
