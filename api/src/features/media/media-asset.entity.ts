// An uploaded media file: who owns it and what it is; the bytes live in MediaStorage under the asset's id.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { Rendition, RenditionName } from './image-renditions.js';

export type MediaPurpose = 'content' | 'evidence';

@Entity('media_assets')
export class MediaAssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 64 })
  contentType: string;

  @Column({ type: 'int' })
  byteSize: number;

  /** Hex SHA-256 of the bytes: the ETag, and the file name inside exported packages. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'text', nullable: true })
  originalName: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** `evidence`: a worker's photo of practical work, personal data served only to them and their organisation's staff. */
  @Column({ type: 'varchar', length: 16, default: 'content' })
  purpose: MediaPurpose;

  /** Pixel size of a raster picture as seen (after EXIF orientation); null for SVG, audio and video. */
  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Column({ type: 'int', nullable: true })
  height: number | null;

  /** Tablet-sized copies of a raster picture, stored beside the original under `<id>-<name>`; empty for anything else. */
  @Column({ type: 'jsonb', default: {} })
  renditions: Partial<Record<RenditionName, Rendition>>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
