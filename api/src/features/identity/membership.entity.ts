// A user's role inside one organisation; a user may hold memberships in several.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@fit/shared';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

@Entity('memberships')
@Index('memberships_user_organisation_key', ['userId', 'organisationId'], { unique: true })
@Check('CHK_memberships_role', `"role" in ('worker', 'trainer', 'manager', 'admin', 'facilitator', 'planner')`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** A worker's trade in this organisation (plaquiste, électricien…); employers may see it differently. */
  @Column({ type: 'text', nullable: true })
  trade: string | null;

  /** argon2id hash of the worker's 4-digit tablet PIN, set by a manager or trainer of this organisation. */
  @Column({ type: 'text', nullable: true })
  pinHash: string | null;

  // Kept readable (not hashed) because the badge sheet must be printable again; it is random and revocable.
  @Index('memberships_badge_code_key', { unique: true, where: '"badge_code" is not null' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  badgeCode: string | null;

  /** Set when a manager or admin deactivates the member: no sign-in to this organisation, records kept. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
