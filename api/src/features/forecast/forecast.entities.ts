// What a network body's planners keep for a territory's forecast: planned projects, the body's ratios per work
// package, headcounts declared for companies not in FIT, and saved scenario sets.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BuildingType, Trade, WorkPackage } from '@fit/shared';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { TerritoryEntity } from '../network/territory.entity.js';

@Entity('forecast_projects')
@Index('forecast_projects_territory_idx', ['territoryId'])
export class ForecastProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_forecast_projects_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  territoryId: string;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'FK_forecast_projects_territory' })
  territory?: TerritoryEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint', array: true })
  years: number[];

  @Column({ type: 'text' })
  buildingType: BuildingType;

  @Column({ type: 'double precision', nullable: true })
  dwellings: number | null;

  @Column({ type: 'double precision', nullable: true })
  floorArea: number | null;

  /** Quantity per work package (m², units or dwellings, see WORK_PACKAGE_UNITS). */
  @Column({ type: 'jsonb' })
  quantities: Partial<Record<WorkPackage, number>>;

  /** Where the quantities came from: typed in, a CSV line, or an indexed IFC model (its id). */
  @Column({ type: 'text', default: 'form' })
  source: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('forecast_ratios')
export class ForecastRatioEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_forecast_ratios_organisation' })
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'text' })
  workPackage: WorkPackage;

  @Column({ type: 'jsonb' })
  hoursPerUnit: Partial<Record<Trade, number>>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ulos: string[];

  @Column({ type: 'boolean', default: true })
  demoValue: boolean;

  @Column({ type: 'text', default: '' })
  source: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('forecast_headcounts')
@Check('CHK_forecast_headcounts_workers', '"workers" >= 0')
export class ForecastHeadcountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_forecast_headcounts_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  territoryId: string;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'FK_forecast_headcounts_territory' })
  territory?: TerritoryEntity;

  /** Who declared it, e.g. "Building federation survey 2026 (companies not in FIT)". */
  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  ulo: string;

  @Column({ type: 'integer' })
  workers: number;
}

@Entity('forecast_scenarios')
@Check('CHK_forecast_scenarios_multipliers', '"low" > 0 AND "low" <= "central" AND "central" <= "high"')
export class ForecastScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_forecast_scenarios_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  territoryId: string;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'FK_forecast_scenarios_territory' })
  territory?: TerritoryEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'double precision' })
  low: number;

  @Column({ type: 'double precision' })
  central: number;

  @Column({ type: 'double precision' })
  high: number;

  @Column({ type: 'integer' })
  productiveHours: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
