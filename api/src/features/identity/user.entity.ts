// A person. Their learning record belongs to them, not to an employer, so users live outside organisations.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower case). Workers on a shared tablet may have none. */
  @Index('users_email_key', { unique: true, where: '"email" is not null' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'varchar', length: 8, default: 'fr' })
  language: string;

  /** Access tokens issued before this instant are refused ("sign out everywhere"). */
  @Column({ type: 'timestamptz', nullable: true })
  tokensValidAfter: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
