// The network's figures as clients see them: rows of aggregates where a hidden (small) figure is null.
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FigureRow', { description: 'One row of aggregates; a null cell or total is hidden because it counts fewer than 5 people' })
export class FigureRow {
  @Field({ description: 'What the row counts: a figure key (workersTrained, trainingHours) or a scheme code' })
  label: string;

  @Field(() => [String], { description: 'Column headings: months (YYYY-MM) or scheme codes' })
  columns: string[];

  @Field(() => [Float], { nullable: 'items' })
  cells: (number | null)[];

  @Field(() => Float, { nullable: true })
  total: number | null;
}

@ObjectType('ClauseTargetFigure', { description: 'Social-clause hours achieved (validated) against the contracts’ targets, for one territory' })
export class ClauseTargetFigure {
  @Field({ description: 'The territory’s name; empty for contracts recorded with no territory' })
  territory: string;

  @Field(() => Float)
  targetHours: number;

  @Field(() => Float, { nullable: true, description: 'Hidden when they come from fewer than 5 people' })
  achievedHours: number | null;

  @Field(() => Int, { nullable: true })
  percent: number | null;
}

@ObjectType('NetworkFigures')
export class NetworkFigures {
  @Field(() => Int, { description: 'Companies sharing with the network body now (the only ones counted)' })
  sharingCompanies: number;

  @Field(() => [String], { description: 'The months counted, oldest first (YYYY-MM)' })
  months: string[];

  @Field(() => FigureRow, { description: 'Distinct workers with a completed module or step, per month; the total counts each once' })
  workersTrained: FigureRow;

  @Field(() => FigureRow, { description: 'Hours of completed modules and steps per month, hidden where the month counts fewer than 5 workers' })
  trainingHours: FigureRow;

  @Field(() => [FigureRow], { description: 'Qualifications awarded per scheme and month' })
  awardsByScheme: FigureRow[];

  @Field(() => FigureRow, { description: 'Live qualifications that expire within the next 6 months, per scheme' })
  expiringByScheme: FigureRow;

  @Field(() => [FigureRow], { description: 'Qualifications awarded per EQF level (label: the level, or "unknown") and month' })
  awardsByEqfLevel: FigureRow[];

  @Field(() => FigureRow, { description: 'ULOs proven by the qualifications awarded, per month; hidden where they come from fewer than 5 holders' })
  ulosAwarded: FigureRow;

  @Field(() => [FigureRow], { description: 'Validated social-clause hours of the body’s contracts per territory (label; empty: no territory) and month' })
  clauseHoursByTerritory: FigureRow[];

  @Field(() => [ClauseTargetFigure], { description: 'Social-clause hours achieved since the contracts began against their targets, per territory' })
  clauseTargets: ClauseTargetFigure[];
}
