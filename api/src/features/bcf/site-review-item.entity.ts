// Something to look at on site, on named elements of the building, imported from a BCF topic (a designer's or a
// site manager's issue); trainers see the open ones on the site's page and close them once checked.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';
import { UserEntity } from '../identity/user.entity.js';

export type ReviewItemStatus = 'open' | 'done';

@Entity('site_review_items')
// One item per topic and site: importing the same file again updates it instead of adding a copy.
@Index('site_review_items_topic_key', ['siteId', 'topicGuid'], { unique: true })
export class SiteReviewItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  siteId: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  /** The BCF topic's Guid. */
  @Column({ type: 'text' })
  topicGuid: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The topic's status and author in the tool it came from, as written there. */
  @Column({ type: 'text', nullable: true })
  topicStatus: string | null;

  @Column({ type: 'text', nullable: true })
  topicAuthor: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  labels: string[];

  /** IFC GlobalIds the topic's viewpoints select. */
  @Column({ type: 'text', array: true })
  globalIds: string[];

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: ReviewItemStatus;

  @Column({ type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ type: 'uuid', nullable: true })
  importedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id' })
  importedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;
}
