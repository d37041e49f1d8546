// A worker of a company placed on a clause contract: their eligibility (sensitive: category, dates and the type of
// evidence seen, never the document), and how their path ended. Erasure clears the eligibility and keeps the row,
// whose hours then count under the person's pseudonym.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ELIGIBILITY_CATEGORIES, EVIDENCE_TYPES, EXIT_OUTCOMES } from '@fit/shared';
import { OrganisationEntity } from '../../identity/organisation.entity.js';
import { UserEntity } from '../../identity/user.entity.js';
import { ClauseContractEntity } from './contract.entity.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('clause_participants')
@Check('CHK_clause_participants_category', `"category" IN (${list(ELIGIBILITY_CATEGORIES)})`)
@Check('CHK_clause_participants_evidence', `"evidence_type" IN (${list(EVIDENCE_TYPES)})`)
@Check('CHK_clause_participants_exit', `"exit_outcome" IN (${list(EXIT_OUTCOMES)})`)
@Check('CHK_clause_participants_dates', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Index('clause_participants_key', ['contractId', 'userId'], { unique: true })
export class ClauseParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => ClauseContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'FK_clause_participants_contract' })
  contract?: ClauseContractEntity;

  /** The company employing the participant. */
  @Index('clause_participants_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_clause_participants_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_clause_participants_user' })
  user?: UserEntity;

  /** Null once erased. */
  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text', nullable: true })
  evidenceType: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text', nullable: true })
  exitOutcome: string | null;

  @Column({ type: 'date', nullable: true })
  exitOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'FK_clause_participants_recorded_by' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
