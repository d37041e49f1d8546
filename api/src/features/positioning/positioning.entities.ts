// Positioning sessions of a network body, their candidates (no account: a first name and a token), the body's
// retention setting, and hand-overs to a company's crew. Kept together: the rows live and die with each other.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PositioningAnswer } from '@fit/shared';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';

@Entity('positioning_sessions')
@Index('positioning_sessions_organisation_idx', ['organisationId'])
export class PositioningSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_positioning_sessions_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  sessionDate: string;

  @Column({ type: 'text', default: 'fr' })
  language: string;

  /** The short code candidates type or scan, normalised (no dash); unique across all bodies. */
  @Column({ type: 'text', unique: true })
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('positioning_candidates')
@Index('positioning_candidates_session_idx', ['sessionId'])
export class PositioningCandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => PositioningSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_positioning_candidates_session' })
  session?: PositioningSessionEntity;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text', default: 'fr' })
  language: string;

  /** SHA-256 of the candidate's token: the token itself is only ever in the candidate's browser and private link. */
  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  consentedAt: Date;

  @Column({ type: 'jsonb', default: {} })
  answers: Record<string, PositioningAnswer>;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** How long a network body keeps candidates' results (default 12 months when no row). */
@Entity('positioning_retention_policies')
@Check('CHK_positioning_retention_months', `"months" between 1 and 60`)
export class PositioningRetentionEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_positioning_retention_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'smallint' })
  months: number;
}

/**
 * A candidate handed over to a company's crew with their consent: the company's record of who came from where and
 * what to start with. It outlives the candidate's result (deleted at retention), as it now belongs to the company.
 */
@Entity('positioning_handovers')
@Index('positioning_handovers_company_idx', ['organisationId'])
export class PositioningHandoverEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The company the candidate joined: `organisation_id` and `user_id`, so the person's data export finds the row. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_positioning_handovers_company' })
  company?: OrganisationEntity;

  @Column({ type: 'uuid' })
  networkOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_organisation_id', foreignKeyConstraintName: 'FK_positioning_handovers_network' })
  network?: OrganisationEntity;

  /** The worker the candidate became; no name is copied here, so an erasure's pseudonym shows everywhere. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_positioning_handovers_worker' })
  worker?: UserEntity;

  @Column({ type: 'text', array: true })
  trades: string[];

  @Column({ type: 'text', array: true })
  startingUlos: string[];

  @Column({ type: 'text', array: true })
  suggestedModules: string[];

  @Column({ type: 'timestamptz' })
  candidateConsentedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  handedOverBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'handed_over_by', foreignKeyConstraintName: 'FK_positioning_handovers_by' })
  handedOverByUser?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
