// A building site (chantier) run by one organisation; training is delivered next to it.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('sites')
// One name per organisation: staff tell sites apart by it (the service also refuses names differing only in case).
@Index('sites_organisation_name_key', ['organisationId', 'name'], { unique: true })
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  /** IANA time zone the site's dates are counted in (see todayAt in @fit/shared). */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Paris' })
  timeZone: string;

  /** Who the works are for (the building's owner or the main contractor). */
  @Column({ type: 'text', default: '' })
  client: string;

  /** The contract the site belongs to, if any (a public contract's reference, an order number). */
  @Column({ type: 'text', nullable: true })
  contractReference: string | null;

  /** Set when the works end: the site's tablets are revoked and nothing new starts there; its records stay. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
