// A request about a person's data (today: erasure), recorded when asked and when executed, with who did each.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';

export type PersonalDataRequestKind = 'erasure';

@Entity('personal_data_requests')
@Check(`"kind" IN ('erasure')`)
// One open request of a kind per person and organisation: asking twice finds the first.
@Index('personal_data_requests_open_key', ['organisationId', 'userId', 'kind'], { unique: true, where: '"executed_at" IS NULL' })
export class PersonalDataRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The person the request is about. */
  @Index('personal_data_requests_user_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: PersonalDataRequestKind;

  @Column({ type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  executedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  executedAt: Date | null;

  /** The name shown instead of the person's from the erasure on. */
  @Column({ type: 'text', nullable: true })
  pseudonym: string | null;
}
