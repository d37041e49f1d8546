// An AFEST's own rows: the plan a trainer makes (positioning, work sequences) and the notes added after it was locked.
// What the worker and the trainer say and sign lives in the ledger (xAPI statements), like every other proof.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { SiteEntity } from '../sites/site.entity.js';

export interface HeldUlo {
  code: string;
  title: string;
  titleFr: string | null;
}

@Entity('afests')
@Index('afests_org_worker_idx', ['organisationId', 'workerId'])
export class AfestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  workerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'worker_id' })
  worker?: UserEntity;

  /** The trainer who leads it (and signs it). */
  @Column({ type: 'uuid' })
  trainerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainer_id' })
  trainer?: UserEntity;

  @Column({ type: 'text' })
  title: string;

  /** The ULOs the AFEST aims at (codes of the framework). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetUlos: string[];

  /** The starting point: the ULOs the worker held on the day of the positioning, as the passport showed them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  heldUlos: HeldUlo[];

  @Column({ type: 'text' })
  positioningNote: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  positionedAt: Date;

  /** Set once both signatures are in the ledger: the plan can no longer change, later notes are additions. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('afest_sequences')
@Check('afest_sequences_minutes_check', '"planned_minutes" > 0 AND "planned_minutes" <= 1440')
@Index('afest_sequences_afest_idx', ['afestId'])
export class AfestSequenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  afestId: string;

  @ManyToOne(() => AfestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'afest_id' })
  afest?: AfestEntity;

  /** The module this work sequence practises (its published version when planned), if any. */
  @Column({ type: 'uuid', nullable: true })
  moduleVersionId: string | null;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'module_version_id' })
  moduleVersion?: ModuleVersionEntity;

  /** The practical step on site, in the trainer's words. */
  @Column({ type: 'text' })
  activity: string;

  @Column({ type: 'date' })
  plannedOn: string;

  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  /** Planned time on site for this sequence. */
  @Column({ type: 'integer' })
  plannedMinutes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('afest_additions')
@Index('afest_additions_afest_idx', ['afestId'])
export class AfestAdditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  afestId: string;

  @ManyToOne(() => AfestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'afest_id' })
  afest?: AfestEntity;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
