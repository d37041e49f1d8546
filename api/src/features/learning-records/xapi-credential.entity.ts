// A key/secret pair that lets an external xAPI client write into one organisation's ledger.
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('xapi_credentials')
export class XapiCredentialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @Index('xapi_credentials_key_key', { unique: true })
  @Column({ type: 'text' })
  key: string;

  /** SHA-256 of the secret: secrets are 256-bit random, so a slow hash adds nothing but latency. */
  @Column({ type: 'text' })
  secretHash: string;

  @Column({ type: 'text', default: '' })
  label: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
