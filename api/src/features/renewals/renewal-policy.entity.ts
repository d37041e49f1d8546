// How many days before a ULO of a scheme's qualification lapses FIT assigns the modules that renew it. A scheme with
// no row uses the default (60 days).
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SchemeEntity } from '../qualifications/framework.entity.js';

export const DEFAULT_RENEWAL_LEAD_DAYS = 60;

@Entity('scheme_renewal_policies')
export class RenewalPolicyEntity {
  @PrimaryColumn({ type: 'uuid' })
  schemeId: string;

  @OneToOne(() => SchemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: SchemeEntity;

  @Column({ type: 'integer' })
  leadDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
