// A month of a participant's hours on a contract, as the company declared it and the facilitator decided. Once
// validated it is locked: a correction is a new declaration with a reason that supersedes it when validated, and
// every row stays as the audit trail.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/organisation.entity.js';
import { UserEntity } from '../../identity/user.entity.js';
import { ClauseLotEntity } from './lot.entity.js';
import { ClauseParticipantEntity } from './participant.entity.js';

export const DECLARATION_STATUSES = ['declared', 'validated', 'sentBack', 'superseded'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

@Entity('clause_hour_declarations')
@Check('CHK_clause_hour_declarations_status', `"status" IN ('declared', 'validated', 'sentBack', 'superseded')`)
@Check('CHK_clause_hour_declarations_hours', `"hours_worked" BETWEEN 0 AND 220 AND "training_hours" BETWEEN 0 AND 220 AND "hours_worked" + "training_hours" <= 220`)
@Check('CHK_clause_hour_declarations_month', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
// One declaration waiting or counted per participant and month; sent back and superseded ones stay beside it.
@Index('clause_hour_declarations_open_key', ['participantId', 'month'], { unique: true, where: `"status" = 'declared'` })
export class ClauseHourDeclarationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ClauseParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_participant' })
  participant?: ClauseParticipantEntity;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => ClauseLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_lot' })
  lot?: ClauseLotEntity;

  /** The declaring company (the participant's), kept here so exports and erasure find the rows by person. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  hoursWorked: string;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  trainingHours: string;

  /** Training hours FIT computed from attempts and on-site validations of the month, before any correction. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  trainingHoursComputed: string;

  @Column({ type: 'text', nullable: true })
  trainingCorrectionReason: string | null;

  @Column({ type: 'text', default: 'declared' })
  status: DeclarationStatus;

  /** The declaration this one corrects (a validated one) or declares again (a sent back one). */
  @Column({ type: 'uuid', nullable: true })
  correctsId: string | null;

  @ManyToOne(() => ClauseHourDeclarationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_corrects' })
  corrects?: ClauseHourDeclarationEntity;

  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ type: 'text', nullable: true })
  sentBackReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  declaredByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'declared_by_user_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_declared_by' })
  declaredBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  declaredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'FK_clause_hour_declarations_decided_by' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
