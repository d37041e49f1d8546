// A ULO of a crew member that lapses soon, and what renews it.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UpcomingRenewal')
export class UpcomingRenewal {
  @Field(() => ID)
  workerId: string;

  @Field()
  workerName: string;

  @Field({ description: 'The ULO code' })
  ulo: string;

  @Field({ description: 'ISO day the ULO lapses' })
  expiresOn: string;

  @Field({ description: 'Scheme and qualification code of the award it backs' })
  qualification: string;

  @Field(() => [String], { description: 'Titles of the modules that renew it' })
  modules: string[];

  @Field({ description: 'Whether every one of those modules is already assigned to the worker (open)' })
  assigned: boolean;
}

@ObjectType('RenewalRun', { description: 'What a renewal check did' })
export class RenewalRun {
  @Field(() => Int, { description: 'Modules assigned or brought forward' })
  assigned: number;

  @Field(() => Int)
  workers: number;
}
