// One version of a module's content. Published versions are frozen (the service refuses, and a trigger refuses UPDATE).
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModuleContent } from '@fit/shared';
import { LearningModuleEntity } from './learning-module.entity.js';

export const VERSION_STATUSES = ['draft', 'published'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

@Entity('module_versions')
@Index('module_versions_module_version_key', ['moduleId', 'version'], { unique: true })
// At most one draft per module: edits after a publish all land in the same new draft.
@Index('module_versions_one_draft_key', ['moduleId'], { unique: true, where: `"status" = 'draft'` })
@Check(`"status" in ('draft', 'published')`)
@Check(`("status" = 'published') = ("published_at" is not null)`)
export class ModuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: LearningModuleEntity;

  /** Copied from the module so every query can scope by organisation without a join. */
  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  /** The number this version has (drafts carry the number they will be published under). */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  status: VersionStatus;

  @Column({ type: 'jsonb' })
  content: ModuleContent;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
