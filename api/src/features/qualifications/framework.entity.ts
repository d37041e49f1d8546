// The imported skills catalogue: a versioned reference framework, its ULOs, and the schemes mapped onto it.
// Kept in one file because these rows are only ever written together, by the importer, in one transaction.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Requirement, UloText } from '@fit/shared';

@Entity('qualification_frameworks')
@Index('qualification_frameworks_code_version_key', ['code', 'version'], { unique: true })
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'jsonb' })
  title: UloText;

  /** Free text: what the framework is based on and whether it is official. */
  @Column({ type: 'text', default: '' })
  status: string;

  @Column({ type: 'uuid', nullable: true })
  importedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt: Date;
}

@Entity('reference_ulos')
@Index('reference_ulos_framework_code_key', ['frameworkId', 'code'], { unique: true })
export class ReferenceUloEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  title: UloText;

  @Column({ type: 'text', default: '' })
  topic: string;

  @Column({ type: 'smallint' })
  eqfLevel: number;

  @Column({ type: 'double precision', nullable: true })
  credits: number | null;

  /** ESCO skill URIs the ULO relates to. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  esco: string[];

  /** Learning outcomes as statements of knowledge, skills, and responsibility/autonomy (the EQF descriptors). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  knowledge: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  autonomy: string[];
}

@Entity('qualification_schemes')
@Index('qualification_schemes_framework_code_key', ['frameworkId', 'code'], { unique: true })
export class SchemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'text' })
  awardingBody: string;

  @Column({ type: 'jsonb' })
  title: UloText;
}

@Entity('scheme_units')
@Index('scheme_units_scheme_code_key', ['schemeId', 'code'], { unique: true })
export class SchemeUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schemeId: string;

  @ManyToOne(() => SchemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: SchemeEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  title: UloText;
}

@Entity('scheme_qualifications')
@Index('scheme_qualifications_scheme_code_key', ['schemeId', 'code'], { unique: true })
export class SchemeQualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schemeId: string;

  @ManyToOne(() => SchemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: SchemeEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  title: UloText;

  /** `{ all: [unit codes] }` or `{ nOf, of: [unit codes] }`. */
  @Column({ type: 'jsonb' })
  requirement: Requirement;

  @Column({ type: 'boolean', default: false })
  practicalValidation: boolean;

  @Column({ type: 'integer', nullable: true })
  validityMonths: number | null;
}

@Entity('ulo_mappings')
@Index('ulo_mappings_scheme_unit_ulo_key', ['schemeId', 'schemeUnit', 'ulo'], { unique: true })
@Check(`"coverage" in ('full', 'partial')`)
export class UloMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schemeId: string;

  @ManyToOne(() => SchemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: SchemeEntity;

  @Column({ type: 'text' })
  schemeUnit: string;

  @Column({ type: 'text' })
  ulo: string;

  @Column({ type: 'varchar', length: 8 })
  coverage: 'full' | 'partial';

  /** The basis the scheme's operator recorded for the mapping. */
  @Column({ type: 'text', default: '' })
  note: string;

  /** The note in French; null when not translated (the English note shows). */
  @Column({ type: 'text', nullable: true })
  noteFr: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}

/** Work on site, linked to the professions that do it and to the ULOs it takes (the task-based model of BUSLeague). */
@Entity('framework_tasks')
@Index('framework_tasks_framework_code_key', ['frameworkId', 'code'], { unique: true })
export class FrameworkTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  title: UloText;

  @Column({ type: 'text', default: '' })
  phase: string;

  /** Names of the professions, each in English and optionally French. */
  @Column({ type: 'jsonb' })
  professions: UloText[];

  @Column({ type: 'text', array: true })
  ulos: string[];
}
