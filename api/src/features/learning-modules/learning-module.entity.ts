// A training module owned by one organisation; its content lives in versions (ModuleVersionEntity).
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('learning_modules')
@Index('learning_modules_organisation_slug_key', ['organisationId', 'slug'], { unique: true })
export class LearningModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  /** The version being edited, if any; null once it is published until someone edits again. */
  @Column({ type: 'uuid', nullable: true })
  draftVersionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
