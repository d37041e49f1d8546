// A lot of a clause contract with its hours target; awarded to companies (in FIT or named) and worked on FIT sites.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/organisation.entity.js';
import { SiteEntity } from '../../sites/site.entity.js';
import { ClauseContractEntity } from './contract.entity.js';

@Entity('clause_lots')
@Check('CHK_clause_lots_target', `"target_hours" >= 0`)
@Index('clause_lots_label_key', ['contractId', 'label'], { unique: true })
export class ClauseLotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => ClauseContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'FK_clause_lots_contract' })
  contract?: ClauseContractEntity;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  targetHours: string;
}

/** A company awarded a lot: an organisation of FIT, or only a name when the company is not in FIT. */
@Entity('clause_lot_awards')
@Check('CHK_clause_lot_awards_company', `("company_organisation_id" IS NULL) <> ("company_name" IS NULL)`)
@Index('clause_lot_awards_key', ['lotId', 'companyOrganisationId'], { unique: true })
export class ClauseLotAwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => ClauseLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'FK_clause_lot_awards_lot' })
  lot?: ClauseLotEntity;

  @Index('clause_lot_awards_company_idx')
  @Column({ type: 'uuid', nullable: true })
  companyOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_organisation_id', foreignKeyConstraintName: 'FK_clause_lot_awards_company' })
  company?: OrganisationEntity;

  @Column({ type: 'text', nullable: true })
  companyName: string | null;
}

/** A FIT site of an awarded company where a lot is worked, linked by the company's manager. */
@Entity('clause_lot_sites')
export class ClauseLotSiteEntity {
  @Column({ type: 'uuid', primary: true })
  lotId: string;

  @ManyToOne(() => ClauseLotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'FK_clause_lot_sites_lot' })
  lot?: ClauseLotEntity;

  @Column({ type: 'uuid', primary: true })
  siteId: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'FK_clause_lot_sites_site' })
  site?: SiteEntity;
}
