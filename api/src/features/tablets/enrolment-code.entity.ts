// A short one-time code that sets up a site tablet: typed on the tablet or scanned from the manager's screen. Only its
// SHA-256 hash is stored; it expires after 15 minutes and works once, and the device token it yields is never shown.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';
import { TabletEntity } from './tablet.entity.js';

@Entity('tablet_enrolment_codes')
export class TabletEnrolmentCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Index()
  @Column({ type: 'uuid' })
  siteId: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  /** The label the tablet gets when the code is used. */
  @Column({ type: 'text' })
  label: string;

  @Index('tablet_enrolment_codes_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Who asked for it; null for the demo tablet's code printed at start. */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  tabletId: string | null;

  @ManyToOne(() => TabletEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'tablet_id' })
  tablet?: TabletEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
