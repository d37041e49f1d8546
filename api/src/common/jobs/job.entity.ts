// A background job in PostgreSQL: any API instance may claim it (FOR UPDATE SKIP LOCKED), so jobs survive restarts.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

@Entity('jobs')
@Index('jobs_claim_idx', ['status', 'runAfter'])
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Which handler runs it, e.g. 'bim.parse'. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'queued' })
  status: JobStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAfter: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
