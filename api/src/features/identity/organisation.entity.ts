// An organisation is a tenant: an SME, a training centre or a network body.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['sme', 'training_centre', 'network'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisations')
@Check(`"kind" in ('sme', 'training_centre', 'network')`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  /** The network body that created this organisation, which may invite its first managers. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_organisation_id' })
  parentOrganisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
