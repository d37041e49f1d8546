// A statement the ledger refused under the authority rule, kept aside (never stored in the ledger) so the staff of the
// organisation it was sent to see what a tablet or client tried to record, for whom, and which rule refused it.
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Statement } from '@fit/shared';

@Entity('refused_statements')
@Index('refused_statements_org_time_idx', ['organisationId', 'refusedAt'])
export class RefusedStatementEntity {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  statementId: string;

  /** The FIT learner the statement was about (or by), when it named one. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The signed-in user who sent it; null for the organisation's xAPI client key. */
  @Column({ type: 'uuid', nullable: true })
  sentBy: string | null;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text' })
  reason: string;

  /** As it was sent. */
  @Column({ type: 'jsonb' })
  statement: Statement;

  @Column({ type: 'text', nullable: true })
  deviceId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  refusedAt: Date;
}
