// Whom a participant can be flagged from. The company's managers pick among the company's workers; a network body's
// facilitator only among people already participants of the body's contracts (a facilitator never sees a company's
// other workers), at an awarded company still sharing with the body. People already on the contract are left out.
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import { queryRows } from '../../common/sql.js';
import { contractAccess, seesEligibility } from './access.js';
import type { ClauseWorkerOption } from './models/participant.model.js';

/** The membership `m`'s person is already a participant, at that company, of a contract of the body `$n`. */
export const knownToBody = (bodyParam: string) =>
  `exists (select 1 from clause_participants q join clause_contracts qc on qc.id = q.contract_id
            where q.user_id = m.user_id and q.organisation_id = m.organisation_id and qc.network_organisation_id = ${bodyParam})`;

export async function participantCandidates(tx: EntityManager, viewer: Viewer, contractId: string): Promise<ClauseWorkerOption[]> {
  const access = await contractAccess(tx, viewer, contractId);
  if (!seesEligibility(viewer, access.side)) throw forbidden('Only the company’s managers and the body’s facilitators flag participants.');
  const known = access.side === 'network' ? `and ${knownToBody('$3')}` : '';
  return queryRows<ClauseWorkerOption>(
    tx,
    `select distinct m.user_id as "workerId", u.display_name as "personName", o.id as "companyId", o.name as "companyName"
       from memberships m join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id
      where m.role = 'worker' and m.organisation_id = any($2::uuid[])
        and exists (select 1 from clause_lots l join clause_lot_awards a on a.lot_id = l.id where l.contract_id = $1 and a.company_organisation_id = m.organisation_id)
        and not exists (select 1 from clause_participants x where x.contract_id = $1 and x.user_id = m.user_id)
        ${known}
      order by o.name, u.display_name`,
    access.side === 'network' ? [access.contract.id, access.companyIds, viewer.organisationId] : [access.contract.id, access.companyIds],
  );
}
