// One uploaded version of a site's IFC model; the file itself lives on disk under FIT_DATA_DIR/ifc/<id>.ifc, its
// compact geometry in the media storage.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from '../sites/site.entity.js';
import { UserEntity } from '../identity/user.entity.js';

export type BimModelStatus = 'uploaded' | 'parsing' | 'ready' | 'failed';

export interface BimModelSummary {
  elements: number;
  byClass: Record<string, number>;
  storeys: { globalId: string; name: string; elevation: number | null; elements: number }[];
}

@Entity('bim_models')
@Index('bim_models_site_version_key', ['siteId', 'version'], { unique: true })
export class BimModelEntity {
  // Chosen by the API before the upload is streamed, so the file can be named after it.
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  siteId: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  /** IFC2X3, IFC4 or IFC4X3 once the header was read. */
  @Column({ type: 'text', nullable: true })
  schema: string | null;

  @Column({ type: 'text', default: 'uploaded' })
  status: BimModelStatus;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;

  /** 0–100 while parsing. */
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'jsonb', nullable: true })
  summary: BimModelSummary | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  parsedAt: Date | null;

  /** The compact geometry file (see ifc-geometry.ts), made after the index; null until then or if it failed. */
  @Column({ type: 'integer', nullable: true })
  geometryBytes: number | null;

  @Column({ type: 'text', nullable: true })
  geometrySha256: string | null;
}
