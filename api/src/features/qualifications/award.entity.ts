// A qualification a worker achieved: created when the requirements are met, expired or revoked, never deleted.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { SchemeQualificationEntity } from './framework.entity.js';
import type { UloStatus } from '@fit/shared';

@Entity('qualification_awards')
// One live award per worker and qualification; a renewal after expiry is a new row.
@Index('qualification_awards_live_key', ['userId', 'qualificationId'], { unique: true, where: '"expired_at" is null and "revoked_at" is null' })
export class AwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  qualificationId: string;

  // Restrict: a framework version that people hold awards under is never deleted.
  @ManyToOne(() => SchemeQualificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'qualification_id' })
  qualification?: SchemeQualificationEntity;

  @Column({ type: 'date' })
  awardedAt: string;

  @Column({ type: 'date', nullable: true })
  expiresAt: string | null;

  /** The ULO statuses (with their module evidence) that met the requirement when the award was made. */
  @Column({ type: 'jsonb' })
  evidence: UloStatus[];

  @Column({ type: 'timestamptz', nullable: true })
  expiredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /**
   * Set when the award lost its basis under a later rule (e.g. a practical step not yet validated on site): the award
   * is kept, marked "awaiting validation on site" with this reason, and the mark is lifted once the basis is back.
   */
  @Column({ type: 'text', nullable: true })
  onHoldReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  onHoldSince: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
