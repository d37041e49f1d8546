// How long an organisation keeps its workers' evidence photos; none set: kept as long as the records.
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('evidence_retention_policies')
@Check(`"years" BETWEEN 1 AND 50`)
export class EvidenceRetentionPolicyEntity {
  @PrimaryColumn('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'integer' })
  years: number;

  @Column({ type: 'uuid' })
  updatedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
