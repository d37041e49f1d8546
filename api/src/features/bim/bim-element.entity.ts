// One indexed element of a model version (written in bulk by the parse job, never edited).
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BimModelEntity } from './bim-model.entity.js';

@Entity('bim_elements')
@Check(
  'CHK_bim_elements_side_area',
  `("side_area" IS NULL) = ("side_area_source" IS NULL) AND ("side_area_source" IS NULL OR "side_area_source" IN ('NetSideArea', 'GrossSideArea', 'geometry')) AND ("side_area" IS NULL OR "side_area" >= 0)`,
)
@Index('bim_elements_model_class_idx', ['modelId', 'ifcClass'])
export class BimElementEntity {
  // (model_id, global_id) is the key: a GlobalId is unique within one version, and versions are compared by it.
  @PrimaryColumn({ type: 'uuid' })
  modelId: string;

  @PrimaryColumn({ type: 'text' })
  globalId: string;

  @ManyToOne(() => BimModelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_id' })
  model?: BimModelEntity;

  @Column({ type: 'text' })
  ifcClass: string;

  @Column({ type: 'text', nullable: true })
  predefinedType: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  storeyName: string | null;

  @Column({ type: 'double precision', nullable: true })
  storeyElevation: number | null;

  @Column({ type: 'text', array: true, default: '{}' })
  materials: string[];

  /** Pset_*Common values by property name, e.g. { "IsExternal": true, "ThermalTransmittance": 0.24 }. */
  @Column({ type: 'jsonb', default: {} })
  properties: Record<string, boolean | number | string>;

  /** Walls: one face in m², from the file's wall base quantities or estimated from the geometry (see sideAreaSource). */
  @Column({ type: 'double precision', nullable: true })
  sideArea: number | null;

  @Column({ type: 'text', nullable: true })
  sideAreaSource: 'NetSideArea' | 'GrossSideArea' | 'geometry' | null;
}
