// Projection of the ledger: one spaced-recall card per worker and question step, its FSRS state recomputed from the
// worker's reviews of that question (answers in the module, then recalls) each time one arrives; never edited by hand.
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RecallCardPhase } from '@fit/shared';

@Entity('recall_cards')
@Index('recall_cards_version_idx', ['moduleVersionId'])
export class RecallCardEntity {
  @PrimaryColumn('uuid')
  userId: string;

  /** The question's step activity IRI (module version and step). */
  @PrimaryColumn('text')
  activityId: string;

  @Column('uuid')
  moduleVersionId: string;

  @Column('text')
  stepId: string;

  @Column({ type: 'timestamptz' })
  due: Date;

  @Column({ type: 'double precision' })
  stability: number;

  @Column({ type: 'double precision' })
  difficulty: number;

  @Column({ type: 'integer' })
  scheduledDays: number;

  @Column({ type: 'integer' })
  learningSteps: number;

  /** Reviews replayed, the first answer included. */
  @Column({ type: 'integer' })
  reps: number;

  /** Times the question was forgotten after it had been learned. */
  @Column({ type: 'integer' })
  lapses: number;

  @Column({ type: 'varchar', length: 12 })
  phase: RecallCardPhase;

  @Column({ type: 'timestamptz', nullable: true })
  lastReview: Date | null;

  /** The last recall (not the first answer) that found the question remembered: what keeps a ULO fresh. */
  @Column({ type: 'timestamptz', nullable: true })
  rememberedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
