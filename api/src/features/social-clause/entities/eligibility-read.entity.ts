// Append-only log of every read of a participant's eligibility: who read it, when and why. A trigger (in the
// migration) refuses UPDATE and DELETE. `user_id` is the person read about, so their data export lists the reads.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/organisation.entity.js';
import { UserEntity } from '../../identity/user.entity.js';

@Entity('eligibility_reads')
@Index('eligibility_reads_organisation_idx', ['organisationId', 'readAt'])
export class EligibilityReadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The participant's company, whose admin reads the log. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_eligibility_reads_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_eligibility_reads_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  participantId: string;

  @Column({ type: 'uuid' })
  readerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'reader_user_id', foreignKeyConstraintName: 'FK_eligibility_reads_reader' })
  reader?: UserEntity;

  @Column({ type: 'uuid' })
  readerOrganisationId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}
