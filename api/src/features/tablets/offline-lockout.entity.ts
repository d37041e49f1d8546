// A worker locked out by wrong PINs on a tablet while it was offline, as the tablet reported it once back online.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { TabletEntity } from './tablet.entity.js';

@Entity('offline_lockouts')
// One row per lock: a tablet that sends the same report again (a dropped connection) changes nothing.
@Index('offline_lockouts_key', ['tabletId', 'workerId', 'lockedAt'], { unique: true })
export class OfflineLockoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tabletId: string;

  @ManyToOne(() => TabletEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tablet_id' })
  tablet?: TabletEntity;

  @Column({ type: 'uuid' })
  workerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'worker_id' })
  worker?: UserEntity;

  @Column({ type: 'timestamptz' })
  lockedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  reportedAt: Date;
}
