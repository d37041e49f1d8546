// A public contract with a social integration clause, recorded by a network body's facilitator: its buyer, its
// reference, its dates and (through its lots) the hours of integration the awarded companies owe.
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/organisation.entity.js';
import { UserEntity } from '../../identity/user.entity.js';
import { TerritoryEntity } from '../../network/territory.entity.js';

@Entity('clause_contracts')
@Check('CHK_clause_contracts_dates', `"ends_on" >= "starts_on"`)
@Index('clause_contracts_reference_key', ['networkOrganisationId', 'reference'], { unique: true })
export class ClauseContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_organisation_id', foreignKeyConstraintName: 'FK_clause_contracts_network' })
  network?: OrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'FK_clause_contracts_territory' })
  territory?: TerritoryEntity;

  @Column({ type: 'text' })
  buyer: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** The contract's total labour hours, when the clause's target is a share of them (informative). */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  totalLabourHours: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'FK_clause_contracts_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
