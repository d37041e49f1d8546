// What a public contract's training clause asks of a site's crew: reference ULOs and/or qualifications (by code).
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';

@Entity('tender_requirements')
export class TenderRequirementEntity {
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
  title: string;

  /** The contract's clause reference, e.g. "CCTP art. 4.2". */
  @Column({ type: 'text', default: '' })
  clause: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ulos: string[];

  /** Qualification codes; a crew member meets one by holding it or something fully recognised as it. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  qualifications: string[];

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
