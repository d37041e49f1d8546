// A trainer's cohort as a grid: each worker and module version once, and one compact entry per assignment.
// Shaped this way so a site of 300 workers × 40 modules sends 12,000 small entries, not 12,000 copies of a module.
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { AssignmentStatus } from '@fit/shared';
import { ModuleVersion } from '../../learning-modules/models/module-version.model.js';
import { Worker } from '../../workers/models/worker.model.js';
import { AssignmentStatusEnum } from './assignment.model.js';

@ObjectType('CohortEntry')
export class CohortEntry {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => ID)
  moduleVersionId: string;

  @Field({ description: 'ISO date' })
  dueOn: string;

  @Field(() => AssignmentStatusEnum)
  status: AssignmentStatus;

  @Field()
  overdue: boolean;

  @Field(() => Date, { nullable: true })
  lastActivityAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Best scaled score, 0 to 1' })
  bestScore: number | null;
}

@ObjectType('Cohort')
export class Cohort {
  @Field(() => [Worker])
  workers: Worker[];

  @Field(() => [ModuleVersion])
  moduleVersions: ModuleVersion[];

  @Field(() => [CohortEntry])
  entries: CohortEntry[];
}
