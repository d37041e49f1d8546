// A shared site tablet, bound to one site by a device token (stored as its SHA-256 hash).
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';

export type TabletKeyState = 'awaiting_key' | 'ready' | 'reenrol';

@Entity('tablets')
export class TabletEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
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

  @Column({ type: 'text' })
  label: string;

  @Index('tablets_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  /**
   * The tablet's own public key (RSA-OAEP-256, JWK), made on the device at enrolment; its private key never leaves the
   * device. The site pack's sign-in section (PIN hashes) is sealed for it.
   */
  @Column({ type: 'text', nullable: true })
  publicKey: string | null;

  /** `awaiting_key` until the device registers its key, then `ready`; tablets enrolled before keys existed: `reenrol`. */
  @Column({ type: 'varchar', length: 16, default: 'awaiting_key' })
  keyState: TabletKeyState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
