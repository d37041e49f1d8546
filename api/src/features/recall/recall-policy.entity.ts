// "Recall keeps a ULO fresh", per organisation (a row means it is on): a ULO whose every question from this
// organisation's modules was recalled successfully within the last `windowDays` stays valid `extendMonths` longer
// than the oldest of those recalls. Without a row, recall never changes an award.
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('recall_policies')
export class RecallPolicyEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'integer' })
  extendMonths: number;

  @Column({ type: 'integer' })
  windowDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
