// Companies' agreements to share with network bodies: started and ended by the company's managers and admins, read
// by both parties. Other features ask `sharingCompanyIds` which companies a network body may count or look into.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { conflict, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { queryOne, queryRows, querySingle } from '../../common/sql.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { SharingAgreement, SharingParty } from './models/sharing-agreement.model.js';
import { companyOrFail } from './network-viewer.js';

interface AgreementRow {
  id: string;
  company_id: string;
  company_name: string;
  network_id: string;
  network_name: string;
  started_at: Date;
  ended_at: Date | null;
}

const AGREEMENT_SELECT = `
  select a.id, c.id as company_id, c.name as company_name, n.id as network_id, n.name as network_name,
         a.started_at, a.ended_at
    from sharing_agreements a
    join organisations c on c.id = a.company_organisation_id
    join organisations n on n.id = a.network_organisation_id`;

const toAgreement = (row: AgreementRow): SharingAgreement => ({
  id: row.id,
  company: { id: row.company_id, name: row.company_name },
  network: { id: row.network_id, name: row.network_name },
  startedAt: row.started_at,
  endedAt: row.ended_at,
});

@Injectable()
export class SharingAgreementsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Agreements the viewer's organisation is a party to, live ones first, then the newest. */
  async listForViewer(viewer: Pick<Viewer, 'organisationId'>): Promise<SharingAgreement[]> {
    const rows = await queryRows<AgreementRow>(
      this.db,
      `${AGREEMENT_SELECT}
        where a.company_organisation_id = $1 or a.network_organisation_id = $1
        order by a.ended_at is not null, a.started_at desc`,
      [viewer.organisationId],
    );
    return rows.map(toAgreement);
  }

  /** Every network body, by name: a company picks the one it agrees to share with (names only, a public directory). */
  async networkBodies(): Promise<SharingParty[]> {
    const rows = await this.db.getRepository(OrganisationEntity).find({ where: { kind: 'network' }, order: { name: 'ASC' } });
    return rows.map(({ id, name }) => ({ id, name }));
  }

  async start(viewer: Viewer, networkOrganisationId: string): Promise<SharingAgreement> {
    return this.db.transaction(async (tx) => {
      await companyOrFail(tx, viewer.organisationId);
      const network = isUuid(networkOrganisationId) ? await tx.findOneBy(OrganisationEntity, { id: networkOrganisationId }) : null;
      if (network?.kind !== 'network') throw notFound('This network body');
      const created = await queryOne<{ id: string }>(
        tx,
        `insert into sharing_agreements (company_organisation_id, network_organisation_id, started_by_user_id)
         values ($1, $2, $3) on conflict do nothing returning id`,
        [viewer.organisationId, network.id, viewer.userId],
      );
      if (!created) throw conflict('Your organisation already shares with this network body.', { problem: 'alreadySharing' });
      return toAgreement(await querySingle<AgreementRow>(tx, `${AGREEMENT_SELECT} where a.id = $1`, [created.id]));
    });
  }

  /** Ends a live agreement of the viewer's company; what was shared before stays on record. */
  async end(viewer: Viewer, agreementId: string): Promise<SharingAgreement> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] from TypeORM's pg driver, a SELECT answers rows.
    const ended = isUuid(agreementId)
      ? await queryOne<{ id: string }>(
          this.db,
          `with ended as (update sharing_agreements set ended_at = now(), ended_by_user_id = $3
             where id = $1 and company_organisation_id = $2 and ended_at is null returning id)
           select id from ended`,
          [agreementId, viewer.organisationId, viewer.userId],
        )
      : undefined;
    const id = ended?.id;
    if (!id) throw notFound('This live sharing agreement');
    return toAgreement(await querySingle<AgreementRow>(this.db, `${AGREEMENT_SELECT} where a.id = $1`, [id]));
  }

  /** Companies sharing with a network body now: the only ones whose figures it may count or whose people it may see. */
  async sharingCompanyIds(networkOrganisationId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `select company_organisation_id as id from sharing_agreements
        where network_organisation_id = $1 and ended_at is null order by company_organisation_id`,
      [networkOrganisationId],
    );
    return rows.map((row) => row.id);
  }
}
