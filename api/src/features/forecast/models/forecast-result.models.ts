// A territory's forecast under the three uptake scenarios, and the training plan for the central one's gaps.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TradeHours } from './forecast-inputs.models.js';

@ObjectType('UloNeed')
export class UloNeed {
  @Field()
  ulo: string;

  @Field()
  title: string;

  @Field(() => Int)
  needed: number;

  @Field(() => Int, { description: 'Holders that year, from sharing companies (aggregated) and declared headcounts' })
  held: number;

  @Field(() => Int)
  expiring: number;

  @Field(() => Int)
  gap: number;
}

@ObjectType('QualificationGap')
export class QualificationGap {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => Int)
  gap: number;
}

@ObjectType('ForecastYear')
export class ForecastYear {
  @Field({ description: 'The scenario the year belongs to: low, central or high' })
  scenario: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float)
  hours: number;

  @Field(() => Float, { description: 'hours / productive hours per worker-year' })
  workers: number;

  @Field(() => [TradeHours])
  hoursByTrade: TradeHours[];

  @Field(() => [UloNeed], { description: 'Largest gap first' })
  ulos: UloNeed[];

  @Field(() => [QualificationGap])
  qualifications: QualificationGap[];
}

@ObjectType('ScenarioForecast')
export class ScenarioForecast {
  @Field({ description: 'low, central or high' })
  kind: string;

  @Field(() => Float)
  multiplier: number;

  @Field(() => Float)
  totalHours: number;

  @Field(() => Float)
  peakWorkers: number;

  @Field(() => Int)
  peopleToTrain: number;
}

@ObjectType('PlannedTraining')
export class PlannedTraining {
  @Field(() => ID)
  moduleId: string;

  @Field()
  title: string;

  @Field(() => [String])
  ulos: string[];

  @Field(() => Int)
  learners: number;

  @Field(() => Float)
  hours: number;
}

@ObjectType('TrainingPlan')
export class TrainingPlan {
  @Field(() => [PlannedTraining])
  modules: PlannedTraining[];

  @Field(() => Float)
  hours: number;

  @Field(() => [String], { description: 'Gap ULOs no published module covers' })
  uncovered: string[];
}

@ObjectType('Forecast')
export class Forecast {
  @Field(() => ID)
  territoryId: string;

  @Field()
  territoryName: string;

  @Field(() => Int)
  productiveHours: number;

  @Field(() => Int, { description: 'Companies sharing with the network body whose holders are counted' })
  sharingCompanies: number;

  @Field(() => [ScenarioForecast])
  scenarios: ScenarioForecast[];

  @Field(() => [ForecastYear], { description: "Every scenario's years, flat (scenario by scenario, year by year)" })
  years: ForecastYear[];

  @Field(() => TrainingPlan, { description: "Modules covering the central scenario's peak gaps" })
  plan: TrainingPlan;
}
