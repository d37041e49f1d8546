// cmi5 courses imported into FIT, their files, the learners' registrations, per-AU results and AU sessions.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { LearningModuleEntity } from '../learning-modules/learning-module.entity.js';
import type { CourseStructure } from './course-structure.js';
import type { LaunchMode } from './cmi5-vocabulary.js';

@Entity('cmi5_courses')
@Index('cmi5_courses_org_idx', ['organisationId'])
export class Cmi5CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The FIT module the course became: its steps are the AUs. */
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: LearningModuleEntity;

  @Column({ type: 'text' })
  name: string;

  /** The course structure as imported (publisher ids, AUs in document order). */
  @Column({ type: 'jsonb' })
  structure: CourseStructure;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** The files of a zipped course, served to the AUs from FIT's content route. */
@Entity('cmi5_course_files')
export class Cmi5CourseFileEntity {
  @PrimaryColumn('uuid')
  courseId: string;

  @ManyToOne(() => Cmi5CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: Cmi5CourseEntity;

  @PrimaryColumn('text')
  path: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bytea' })
  content: Buffer;
}

@Entity('cmi5_registrations')
@Index('cmi5_registrations_course_actor_idx', ['courseId', 'actorIfi'])
export class Cmi5RegistrationEntity {
  /** The cmi5 registration id, also the xAPI statements' context.registration. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Cmi5CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: Cmi5CourseEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** The xAPI Agent the LMS launches the AUs for. */
  @Column({ type: 'jsonb' })
  actor: Record<string, unknown>;

  @Column({ type: 'text' })
  actorIfi: string;

  /** When every AU's moveOn was met (the course's satisfied statement). */
  @Column({ type: 'timestamptz', nullable: true })
  satisfiedAt: Date | null;

  /** Indexes (in course.structure.blocks) of the blocks whose satisfied statement was stated. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  satisfiedBlocks: number[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** What one AU of a registration has reached: from the AU's statements, or waived by staff. */
@Entity('cmi5_au_results')
export class Cmi5AuResultEntity {
  @PrimaryColumn('uuid')
  registrationId: string;

  @ManyToOne(() => Cmi5RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Cmi5RegistrationEntity;

  @PrimaryColumn('integer')
  auIndex: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  passedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  waivedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  waiveReason: string | null;

  /** When the AU's moveOn was first met (its satisfied evaluation). */
  @Column({ type: 'timestamptz', nullable: true })
  satisfiedAt: Date | null;
}

@Entity('cmi5_sessions')
@Index('cmi5_sessions_registration_idx', ['registrationId'])
// Every /xapi request with a client key looks up whether it is an AU's (see AuCredentialScope).
@Index('cmi5_sessions_credential_idx', ['credentialKey'])
export class Cmi5SessionEntity {
  /** The cmi5 session id (context extension sessionid). */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Cmi5RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Cmi5RegistrationEntity;

  @Column({ type: 'integer' })
  auIndex: number;

  @Column({ type: 'varchar', length: 8 })
  launchMode: LaunchMode;

  /** SHA-256 of the one-time fetch token. */
  @Column({ type: 'text' })
  fetchTokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  fetchUsedAt: Date | null;

  /** The xAPI credential the fetch URL handed to the AU; revoked when the session ends. */
  @Column({ type: 'text', nullable: true })
  credentialKey: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  launchedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  terminatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  abandonedAt: Date | null;

  /**
   * Set on a session prepared for a tablet's site pack (played offline; its fetch URL never answers): until its first
   * statement arrives it was not launched, and is neither swept nor abandoned.
   */
  @Column({ type: 'timestamptz', nullable: true })
  preparedOfflineAt: Date | null;
}
