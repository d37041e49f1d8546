// A failed sign-in or PIN attempt, keyed by what it targeted; counted in a sliding window for rate limits.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('auth_failures')
@Index('auth_failures_key_time', ['key', 'failedAt'])
export class AuthFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. `login:email:<email>`, `login:ip:<ip>`, `pin:<tabletId>:<userId>`; never a secret. */
  @Column({ type: 'text' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  failedAt: Date;
}
