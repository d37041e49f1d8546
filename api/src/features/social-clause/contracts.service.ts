// Clause contracts: recorded by a network body's facilitator, seen by the body and by the companies awarded a lot,
// with progress against their targets; an awarded company's manager links its FIT sites to its lots.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { clauseProgress, roundHours, type CountedDeclaration, type Progress } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { networkBodyOrFail } from '../network/network-viewer.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import { TerritoriesService } from '../network/territories.service.js';
import { CONTRACT_SELECT, VISIBLE_CONTRACTS, contractAccess, type ContractAccess, type ContractRow } from './access.js';
import type { ClauseContractInput } from './dto/inputs.js';
import type { ClauseCompany, ClauseContract, ClauseLot } from './models/contract.model.js';

interface LotRow {
  id: string;
  label: string;
  target_hours: string;
}

interface AwardRow {
  lot_id: string;
  organisation_id: string | null;
  name: string;
}

/** Declarations of a contract that count (waiting or validated), with the participant's category for the reports. */
export async function countedDeclarations(db: EntityManager, contractId: string): Promise<(CountedDeclaration & { month: string; organisationId: string; category: string | null })[]> {
  const rows = await db.query<{ lot_id: string; organisation_id: string; month: string; hours_worked: string; training_hours: string; status: CountedDeclaration['status'] | 'superseded'; category: string | null }[]>(
    `select d.lot_id, d.organisation_id, d.month, d.hours_worked, d.training_hours, d.status, p.category
       from clause_hour_declarations d join clause_participants p on p.id = d.participant_id
      where p.contract_id = $1 and d.status in ('declared', 'validated') order by d.month`,
    [contractId],
  );
  return rows.map((r) => ({
    lotId: r.lot_id,
    company: r.organisation_id,
    organisationId: r.organisation_id,
    month: r.month,
    hoursWorked: Number(r.hours_worked),
    trainingHours: Number(r.training_hours),
    status: r.status === 'validated' ? 'validated' : 'declared',
    category: r.category,
  }));
}

export const progressModel = (p: Progress) => ({ ...p });

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly territories: TerritoriesService,
    private readonly sharing: SharingAgreementsService,
  ) {}

  async list(viewer: Viewer): Promise<ClauseContract[]> {
    const rows = await this.db.query<ContractRow[]>(`${CONTRACT_SELECT} where ${VISIBLE_CONTRACTS} order by c.starts_on desc, c.reference`, [viewer.organisationId]);
    const contracts: ClauseContract[] = [];
    for (const row of rows) contracts.push(await this.describe(this.db.manager, await contractAccess(this.db.manager, viewer, row.id)));
    return contracts;
  }

  async get(viewer: Viewer, id: string): Promise<ClauseContract> {
    return this.describe(this.db.manager, await contractAccess(this.db.manager, viewer, id));
  }

  async create(viewer: Viewer, input: ClauseContractInput): Promise<ClauseContract> {
    const fields = checkedContract(input);
    return this.db.transaction(async (tx) => {
      await networkBodyOrFail(tx, viewer.organisationId);
      if (input.territoryId) await this.territories.ownedOrFail(viewer, input.territoryId, tx);
      const sharing = new Set(await this.sharing.sharingCompanyIds(viewer.organisationId));
      const [taken] = await tx.query<{ id: string }[]>('select id from clause_contracts where network_organisation_id = $1 and lower(reference) = lower($2)', [viewer.organisationId, fields.reference]);
      if (taken) throw conflict('Your network body already recorded a contract with this reference.', { field: 'reference', problem: 'duplicateReference' });
      const [contract] = await tx.query<{ id: string }[]>(
        `insert into clause_contracts (network_organisation_id, territory_id, buyer, reference, title, starts_on, ends_on, total_labour_hours, created_by_user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
        [viewer.organisationId, input.territoryId ?? null, fields.buyer, fields.reference, fields.title, input.startsOn, input.endsOn, input.totalLabourHours ?? null, viewer.userId],
      );
      for (const lot of input.lots) {
        const [created] = await tx.query<{ id: string }[]>('insert into clause_lots (contract_id, label, target_hours) values ($1, $2, $3) returning id', [contract!.id, lot.label.trim(), lot.targetHours]);
        for (const companyId of new Set(lot.companyIds)) {
          // Only companies that agreed to share: the facilitator will follow their people's hours.
          if (!sharing.has(companyId)) throw badInput('This company does not share with your network body; name it as a company not in FIT.', { field: 'companyIds', problem: 'notSharing', value: companyId });
          await tx.query('insert into clause_lot_awards (lot_id, company_organisation_id) values ($1, $2)', [created!.id, companyId]);
        }
        for (const name of new Set(lot.otherCompanyNames.map((n) => n.trim()).filter(Boolean))) {
          await tx.query('insert into clause_lot_awards (lot_id, company_name) values ($1, $2)', [created!.id, name]);
        }
      }
      return this.describe(tx, await contractAccess(tx, viewer, contract!.id));
    });
  }

  /** An awarded company's manager links one of its sites to a lot it was awarded. */
  async linkSite(viewer: Viewer, lotId: string, siteId: string): Promise<ClauseContract> {
    const [lot] = isUuid(lotId) && isUuid(siteId)
      ? await this.db.query<{ contract_id: string }[]>(
          `select l.contract_id from clause_lots l join clause_lot_awards a on a.lot_id = l.id
            where l.id = $1 and a.company_organisation_id = $2 and exists (select 1 from sites s where s.id = $3 and s.organisation_id = $2)`,
          [lotId, viewer.organisationId, siteId],
        )
      : [];
    if (!lot) throw notFound('This lot or site');
    await this.db.query('insert into clause_lot_sites (lot_id, site_id) values ($1, $2) on conflict do nothing', [lotId, siteId]);
    return this.get(viewer, lot.contract_id);
  }

  async describe(db: EntityManager, access: ContractAccess): Promise<ClauseContract> {
    const { contract, side, companyIds } = access;
    const lots = await db.query<LotRow[]>('select id, label, target_hours from clause_lots where contract_id = $1 order by label', [contract.id]);
    const awards = await db.query<AwardRow[]>(
      `select a.lot_id, a.company_organisation_id as organisation_id, coalesce(o.name, a.company_name) as name
         from clause_lot_awards a join clause_lots l on l.id = a.lot_id left join organisations o on o.id = a.company_organisation_id
        where l.contract_id = $1 order by name`,
      [contract.id],
    );
    const sites = await db.query<{ lot_id: string; id: string; name: string }[]>(
      `select ls.lot_id, s.id, s.name from clause_lot_sites ls join sites s on s.id = ls.site_id join clause_lots l on l.id = ls.lot_id
        where l.contract_id = $1 and ($2 = 'network' or s.organisation_id = $3) order by s.name`,
      [contract.id, side, companyIds[0] ?? null],
    );
    const companyKey = (a: AwardRow) => a.organisation_id ?? `name:${a.name}`;
    const awardMap = new Map(lots.map((l) => [l.id, awards.filter((a) => a.lot_id === l.id).map(companyKey)]));
    // Only hours of the companies the viewer may look into: sharing ones for the body, its own for a company.
    const counted = (await countedDeclarations(db, contract.id)).filter((d) => companyIds.includes(d.organisationId));
    const progress = clauseProgress(lots.map((l) => ({ lotId: l.id, targetHours: Number(l.target_hours) })), awardMap, counted);
    const companies = new Map<string, ClauseCompany>(awards.map((a) => [companyKey(a), { organisationId: a.organisation_id, name: a.name }]));
    // A company sees its own line; the body sees every awarded company (figures only, no people).
    const visibleCompanies = [...companies.entries()].filter(([key]) => side === 'network' || key === companyIds[0]);
    // A company sees the lots it was awarded, and its own share of the target as the contract's progress.
    const ownKey = companyIds[0];
    const shownLots = side === 'network' ? lots : lots.filter((l) => awardMap.get(l.id)?.includes(ownKey ?? ''));
    const lotModels: ClauseLot[] = shownLots.map((l) => ({
      id: l.id,
      label: l.label,
      targetHours: roundHours(Number(l.target_hours)),
      companies: awards.filter((a) => a.lot_id === l.id).map((a) => ({ organisationId: a.organisation_id, name: a.name })),
      sites: sites.filter((s) => s.lot_id === l.id).map(({ id, name }) => ({ id, name })),
      progress: progressModel(progress.byLot.get(l.id)!),
    }));
    return {
      id: contract.id,
      buyer: contract.buyer,
      reference: contract.reference,
      title: contract.title,
      startsOn: contract.starts_on,
      endsOn: contract.ends_on,
      totalLabourHours: contract.total_labour_hours === null ? null : Number(contract.total_labour_hours),
      territoryName: contract.territory_name,
      networkName: contract.network_name,
      viewerSide: side,
      lots: lotModels,
      progress: progressModel(side === 'network' ? progress.total : (progress.byCompany.get(ownKey ?? '') ?? progress.total)),
      companies: visibleCompanies.map(([key, company]) => ({ company, progress: progressModel(progress.byCompany.get(key)!) })),
    };
  }
}

function checkedContract(input: ClauseContractInput): { buyer: string; reference: string; title: string } {
  const fields = { buyer: input.buyer.trim(), reference: input.reference.trim(), title: input.title.trim() };
  for (const field of ['buyer', 'reference', 'title'] as const) {
    if (!fields[field]) throw badInput('This field is required.', { field, problem: 'required' });
  }
  if (input.endsOn < input.startsOn) throw badInput('The contract ends before it starts.', { field: 'endsOn', problem: 'endsBeforeStart' });
  if (input.lots.length === 0) throw badInput('A contract has at least one lot with its hours target.', { field: 'lots', problem: 'lotsRequired' });
  for (const lot of input.lots) {
    if (!lot.label.trim()) throw badInput('Give each lot a name.', { field: 'lots', problem: 'lotLabelRequired' });
    if (!(lot.targetHours >= 0) || lot.targetHours > 10_000_000) throw badInput('A lot’s hours target is a number of hours, 0 or more.', { field: 'lots', problem: 'badTarget' });
  }
  if (input.totalLabourHours !== null && input.totalLabourHours !== undefined && !(input.totalLabourHours >= 0)) {
    throw badInput('The total labour hours are a number of hours, 0 or more.', { field: 'totalLabourHours', problem: 'badTotal' });
  }
  return fields;
}
