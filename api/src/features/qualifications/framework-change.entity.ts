// One edit an admin made to the active framework in place (a ULO, a qualification, a mapping): who, when, and the
// row before and after, so a recognition basis that changed under people's awards can always be traced.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { FrameworkEntity } from './framework.entity.js';

export type FrameworkChangeKind = 'ulo' | 'qualification' | 'mapping';

@Entity('framework_changes')
@Index('framework_changes_framework_changed_at', ['frameworkId', 'changedAt'])
@Check(`"kind" in ('ulo', 'qualification', 'mapping')`)
export class FrameworkChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  /** Null once the admin's account is deleted: the change itself stays on record. */
  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by' })
  changer?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  kind: FrameworkChangeKind;

  /** The ULO code, or "scheme · qualification", or "scheme · unit → ULO". */
  @Column({ type: 'text' })
  code: string;

  /** The row in the framework file's checked shape; null when the change created it. */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  /** Null when the change removed the row. */
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
