// One indexed element of a model version (written in bulk by the parse job, never edited).
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BimModelEntity } from './bim-model.entity.js';

@Entity('bim_elements')
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
}
