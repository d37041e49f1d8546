// A company's recorded agreement to share its figures (and, for the social clause, its participants) with a network
// body. Ending it stops the sharing from then on; the row stays as the record of what was shared when.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';

@Entity('sharing_agreements')
@Check('CHK_sharing_agreements_parties', `"company_organisation_id" <> "network_organisation_id"`)
@Index('sharing_agreements_live_key', ['companyOrganisationId', 'networkOrganisationId'], { unique: true, where: '"ended_at" IS NULL' })
export class SharingAgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_organisation_id', foreignKeyConstraintName: 'FK_sharing_agreements_company' })
  company?: OrganisationEntity;

  @Index('sharing_agreements_network_idx')
  @Column({ type: 'uuid' })
  networkOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_organisation_id', foreignKeyConstraintName: 'FK_sharing_agreements_network' })
  network?: OrganisationEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  startedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by_user_id', foreignKeyConstraintName: 'FK_sharing_agreements_started_by' })
  startedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by_user_id', foreignKeyConstraintName: 'FK_sharing_agreements_ended_by' })
  endedBy?: UserEntity;
}
