// What FIT keeps to issue, publish and revoke Open Badges: each organisation's signing keys, the credentials it
// signed (the signed JSON as issued) and its revocation status lists. Kept together: they are written together.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { AwardEntity } from '../qualifications/award.entity.js';

/** An Ed25519 key pair of an organisation; retired keys stay published so what they signed keeps verifying. */
@Entity('credential_keys')
@Index('credential_keys_organisation_key_key', ['organisationId', 'keyId'], { unique: true })
export class CredentialKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The fragment of the verification method: `<issuer id>#<keyId>`. */
  @Column({ type: 'text' })
  keyId: string;

  @Column({ type: 'text' })
  publicKeyMultibase: string;

  /** The secret key, AES-256-GCM under CREDENTIALS_KEY: `iv.tag.ciphertext` in base64url. */
  @Column({ type: 'text' })
  secretKeyEncrypted: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}

/** A Bitstring Status List of an organisation (purpose revocation); its signed credential is served as stored. */
@Entity('credential_status_lists')
export class StatusListEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text', default: 'revocation' })
  purpose: string;

  /** Bits in the list; an index is handed out once and never reused. */
  @Column({ type: 'integer' })
  length: number;

  @Column({ type: 'integer', default: 0 })
  nextIndex: number;

  /** The signed BitstringStatusListCredential as served. */
  @Column({ type: 'jsonb' })
  document: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** One signed OpenBadgeCredential. An award gets a new one when its validity changes (a renewal); old ones stay. */
@Entity('issued_credentials')
@Index('issued_credentials_award_idx', ['awardId'])
export class IssuedCredentialEntity {
  /** The `<uuid>` of `${PUBLIC_URL}/credentials/<uuid>`. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  awardId: string;

  // The credential stays reachable when the worker leaves; it goes only with the award itself.
  @ManyToOne(() => AwardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  statusListId: string;

  @ManyToOne(() => StatusListEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_list_id' })
  statusList?: StatusListEntity;

  @Column({ type: 'integer' })
  statusIndex: number;

  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  /** The signed credential exactly as issued (the signature covers its canonical form, not these bytes). */
  @Column({ type: 'jsonb' })
  document: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;
}
