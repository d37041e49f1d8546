// A bilateral agreement between two schemes' operators: holding one qualification counts as another, whatever the
// ULOs say. Imported with the framework version it belongs to; counts only once an admin approved it.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FrameworkEntity } from './framework.entity.js';

@Entity('bilateral_agreements')
@Index('bilateral_agreements_key', ['frameworkId', 'fromScheme', 'held', 'toScheme', 'recognised'], { unique: true })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'text' })
  fromScheme: string;

  @Column({ type: 'text' })
  held: string;

  @Column({ type: 'text' })
  toScheme: string;

  @Column({ type: 'text' })
  recognised: string;

  /** What the agreement is (its reference, signatories, date) as the operators recorded it. */
  @Column({ type: 'text', default: '' })
  note: string;

  /** The note in French; null when not translated (the English note shows). */
  @Column({ type: 'text', nullable: true })
  noteFr: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
