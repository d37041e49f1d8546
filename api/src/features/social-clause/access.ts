// Who may see what of a clause contract. The network body that recorded it sees it whole, but a company's people
// only while the company shares with it; an awarded company sees the contract and only its own people.
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';

export type ContractSide = 'network' | 'company';

export interface ContractRow {
  id: string;
  network_organisation_id: string;
  network_name: string;
  territory_id: string | null;
  territory_name: string | null;
  buyer: string;
  reference: string;
  title: string;
  starts_on: string;
  ends_on: string;
  total_labour_hours: string | null;
}

export interface ContractAccess {
  contract: ContractRow;
  side: ContractSide;
  /** Companies whose people the viewer may see on this contract. */
  companyIds: string[];
}

export const CONTRACT_SELECT = `
  select c.id, c.network_organisation_id, n.name as network_name, c.territory_id, t.name as territory_name, c.buyer,
         c.reference, c.title, c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.total_labour_hours
    from clause_contracts c
    join organisations n on n.id = c.network_organisation_id
    left join territories t on t.id = c.territory_id`;

/** Contracts the viewer's organisation recorded (network body) or was awarded a lot of (company). */
export const VISIBLE_CONTRACTS = `(c.network_organisation_id = $1 or exists (
    select 1 from clause_lots l join clause_lot_awards a on a.lot_id = l.id where l.contract_id = c.id and a.company_organisation_id = $1))`;

/** A contract the viewer may see, or NOT_FOUND whether it is missing or another's. */
export async function contractAccess(db: EntityManager, viewer: Pick<Viewer, 'organisationId'>, contractId: string): Promise<ContractAccess> {
  const [contract] = isUuid(contractId)
    ? await db.query<ContractRow[]>(`${CONTRACT_SELECT} where c.id = $2 and ${VISIBLE_CONTRACTS}`, [viewer.organisationId, contractId])
    : [];
  if (!contract) throw notFound('This contract');
  if (contract.network_organisation_id !== viewer.organisationId) return { contract, side: 'company', companyIds: [viewer.organisationId] };
  const sharing = await db.query<{ id: string }[]>(
    `select distinct a.company_organisation_id as id from clause_lots l
       join clause_lot_awards a on a.lot_id = l.id
       join sharing_agreements s on s.company_organisation_id = a.company_organisation_id
                                and s.network_organisation_id = $2 and s.ended_at is null
      where l.contract_id = $1 order by 1`,
    [contract.id, viewer.organisationId],
  );
  return { contract, side: 'network', companyIds: sharing.map((r) => r.id) };
}

/** The contract's network body's facilitator, or FORBIDDEN (validating hours, recording exits). */
export async function facilitatorAccess(db: EntityManager, viewer: Viewer, contractId: string): Promise<ContractAccess> {
  const access = await contractAccess(db, viewer, contractId);
  if (access.side !== 'network' || viewer.role !== 'facilitator') throw forbidden('Only a facilitator of the contract’s network body does this.');
  return access;
}

/** Whether the viewer sees eligibility categories: the body's facilitators and the company's managers and admins. */
export const seesEligibility = (viewer: Viewer, side: ContractSide): boolean =>
  side === 'network' ? viewer.role === 'facilitator' : viewer.role === 'manager' || viewer.role === 'admin';
