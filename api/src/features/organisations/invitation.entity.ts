// An invitation to join an organisation (as manager or trainer, or as a worker whose e-mail already has an account);
// the emailed token is stored as its SHA-256 hash.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';

export const INVITABLE_ROLES = ['manager', 'trainer'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number] | 'worker' | 'facilitator' | 'planner';

@Entity('invitations')
@Check('CHK_invitations_role', `"role" in ('manager', 'trainer', 'worker', 'facilitator', 'planner')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: InvitableRole;

  /** For a worker: the trade their membership gets once they accept. */
  @Column({ type: 'text', nullable: true })
  trade: string | null;

  @Index('invitations_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
