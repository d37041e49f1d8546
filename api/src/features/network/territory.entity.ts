// A named area owned by a network body, as official municipality / inter-municipal codes.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

@Entity('territories')
// One name per network body (the service also refuses names differing only in case).
@Index('territories_organisation_name_key', ['organisationId', 'name'], { unique: true })
export class TerritoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_territories_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true })
  codes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
