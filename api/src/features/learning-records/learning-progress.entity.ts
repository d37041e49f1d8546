// Projection of the ledger per learner and activity, maintained on every write; never edited by hand.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('learning_progress')
export class LearningProgressEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  activityId: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  firstAt: Date;

  @Column({ type: 'timestamptz' })
  lastAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  passedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ type: 'double precision', nullable: true })
  bestScore: number | null;

  /** Training time: the durations reported with `completed`. */
  @Column({ type: 'integer', default: 0 })
  trainingSeconds: number;

  @Column({ type: 'integer', default: 0 })
  statementCount: number;
}
