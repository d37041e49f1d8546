// What planners keep for a territory's forecast, as clients see it.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkQuantity')
export class WorkQuantity {
  @Field({ description: 'A work package of @fit/shared WORK_PACKAGES' })
  workPackage: string;

  @Field(() => Float)
  quantity: number;
}

@ObjectType('ForecastProject')
export class ForecastProject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  territoryId: string;

  @Field()
  name: string;

  @Field(() => [Int])
  years: number[];

  @Field()
  buildingType: string;

  @Field(() => Float, { nullable: true })
  dwellings: number | null;

  @Field(() => Float, { nullable: true })
  floorArea: number | null;

  @Field(() => [WorkQuantity])
  packages: WorkQuantity[];

  @Field({ description: 'form, csv, or ifc:<model id>' })
  source: string;
}

@ObjectType('ProjectImportError')
export class ProjectImportError {
  @Field(() => Int, { description: 'The line of the CSV file (the header is line 1)' })
  line: number;

  @Field()
  field: string;

  @Field()
  problem: string;
}

@ObjectType('ProjectImport')
export class ProjectImport {
  @Field(() => Int)
  created: number;

  @Field(() => [ProjectImportError], { description: 'Nothing is imported while a line is wrong' })
  errors: ProjectImportError[];
}

@ObjectType('TradeHours')
export class TradeHours {
  @Field()
  trade: string;

  @Field(() => Float)
  hours: number;
}

@ObjectType('ForecastRatio')
export class ForecastRatio {
  @Field()
  workPackage: string;

  @Field({ description: 'm2, unit or dwelling' })
  unit: string;

  @Field(() => [TradeHours], { description: 'Labour hours per unit, by trade' })
  hoursPerUnit: TradeHours[];

  @Field(() => [String], { description: 'ULO codes of the active framework the work requires' })
  ulos: string[];

  @Field({ description: 'Still the seeded demo value, not one the network body checked' })
  demoValue: boolean;

  @Field()
  source: string;
}

@ObjectType('UloLabel')
export class UloLabel {
  @Field()
  code: string;

  @Field()
  title: string;
}

@ObjectType('ForecastHeadcount')
export class ForecastHeadcount {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  ulo: string;

  @Field(() => Int)
  workers: number;
}

@ObjectType('ForecastScenario')
export class ForecastScenario {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  territoryId: string;

  @Field()
  name: string;

  @Field(() => Float)
  low: number;

  @Field(() => Float)
  central: number;

  @Field(() => Float)
  high: number;

  @Field(() => Int)
  productiveHours: number;

  @Field(() => Date)
  createdAt: Date;
}
