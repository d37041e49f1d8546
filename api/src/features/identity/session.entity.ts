// A sign-in session: one refresh-token family. Revoking it ends every token of the family at once.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

export const SESSION_KINDS = ['web', 'tablet'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

@Entity('sessions')
@Check(`"kind" in ('web', 'tablet')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  /** The shared site tablet the worker signed in on; revoking the tablet ends the session. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  tabletId: string | null;

  // Named, not imported: tablets depend on identity, so identity must not import the tablets feature back.
  @ManyToOne('TabletEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tablet_id' })
  tablet?: { id: string };

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
