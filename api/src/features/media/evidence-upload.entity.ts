// A worker's resumable evidence photo upload, keyed by the id the tablet made up: the tablet can ask where it got
// to after a cut connection, and asking again once it is done answers the same media asset instead of a second one.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('evidence_uploads')
export class EvidenceUploadEntity {
  /** Made by the tablet (a random UUID) and kept on its outbox row, so a retry names the same upload. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The worker who started it: nobody else may continue it or learn that it exists. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  contentType: string;

  @Column({ type: 'int' })
  byteSize: number;

  /** Hex SHA-256 the tablet computed over the whole photo; checked once the last byte is in. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Bytes received so far, in order: the offset the next chunk must start at. */
  @Column({ type: 'int', default: 0 })
  receivedBytes: number;

  /** Set once, when the last chunk made the media asset. */
  @Column({ type: 'uuid', nullable: true })
  mediaId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Stale incomplete uploads are removed by their last activity, not their start. */
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
