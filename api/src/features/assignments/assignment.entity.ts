// One module version assigned to one worker. Bulk assignments expand to one row per worker, tied by batchId;
// rows are closed (cancelled, reassigned, worker left), never deleted, so history stays readable.
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ASSIGNMENT_STATES = ['open', 'closed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
export const CLOSED_REASONS = ['cancelled', 'reassigned', 'left_organisation', 'site_closed'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

@Entity('assignments')
@Index('assignments_org_site_idx', ['organisationId', 'siteId', 'state'])
@Index('assignments_worker_idx', ['workerId', 'state'])
// One open assignment of a version per worker: assigning it again updates nothing twice.
@Index('assignments_open_key', ['workerId', 'moduleVersionId'], { unique: true, where: `"state" = 'open'` })
@Check(`"state" in ('open', 'closed')`)
@Check(`("state" = 'closed') = ("closed_reason" is not null)`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @Column({ type: 'uuid' })
  workerId: string;

  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'uuid' })
  batchId: string;

  @Column({ type: 'uuid' })
  assignedBy: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  state: AssignmentState;

  @Column({ type: 'varchar', length: 32, nullable: true })
  closedReason: ClosedReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
