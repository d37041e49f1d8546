// Participants of clause contracts: flagged by their company's manager (or by the facilitator, for a company that
// shares), seen by the body's facilitators and the company. Eligibility categories are sensitive: every read of
// them is written to the append-only `eligibility_reads` with its reason, and the company's admin reads that log.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EXIT_OUTCOMES } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { contractAccess, facilitatorAccess, seesEligibility } from './access.js';
import type { ClauseParticipantInput } from './dto/inputs.js';
import type { ClauseParticipant, ClauseWorkerOption, EligibilityRead } from './models/participant.model.js';
import { knownToBody, participantCandidates } from './candidates.js';

interface ParticipantRow {
  id: string;
  contract_id: string;
  user_id: string;
  person_name: string;
  organisation_id: string;
  company_name: string;
  category: string | null;
  evidence_type: string | null;
  starts_on: string;
  ends_on: string | null;
  exit_outcome: string | null;
  exit_on: string | null;
}

const PARTICIPANT_SELECT = `
  select p.id, p.contract_id, p.user_id, u.display_name as person_name, p.organisation_id, o.name as company_name,
         p.category, p.evidence_type, p.starts_on::text as starts_on, p.ends_on::text as ends_on,
         p.exit_outcome, p.exit_on::text as exit_on
    from clause_participants p join users u on u.id = p.user_id join organisations o on o.id = p.organisation_id`;

const toModel = (r: ParticipantRow, sensitive: boolean): ClauseParticipant => ({
  id: r.id,
  contractId: r.contract_id,
  workerId: r.user_id,
  personName: r.person_name,
  companyId: r.organisation_id,
  companyName: r.company_name,
  category: sensitive ? r.category : null,
  evidenceType: sensitive ? r.evidence_type : null,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  exitOutcome: r.exit_outcome,
  exitOn: r.exit_on,
});

/** Writes one line per participant whose eligibility the viewer is about to see (same transaction as the read). */
export async function logEligibilityReads(db: EntityManager, viewer: Viewer, rows: readonly { id: string; user_id: string; organisation_id: string; category: string | null }[], reason: string): Promise<void> {
  const read = rows.filter((r) => r.category !== null);
  if (read.length === 0) return;
  await db.query(
    `insert into eligibility_reads (organisation_id, user_id, participant_id, reader_user_id, reader_organisation_id, reason)
     select o, u, p, $4::uuid, $5::uuid, $6::text from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as r(o, u, p)`,
    [read.map((r) => r.organisation_id), read.map((r) => r.user_id), read.map((r) => r.id), viewer.userId, viewer.organisationId, reason],
  );
}

export function checkedReason(reason: string): string {
  const text = reason.trim();
  if (!text) throw badInput('Say why you read the participants’ eligibility (it is logged).', { field: 'reason', problem: 'reasonRequired' });
  return text.slice(0, 300);
}

@Injectable()
export class ParticipantsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The participants of a contract the viewer may see; eligibility only for those allowed, each read logged. */
  async list(viewer: Viewer, contractId: string, reason: string): Promise<ClauseParticipant[]> {
    const why = checkedReason(reason);
    return this.db.transaction(async (tx) => {
      const access = await contractAccess(tx, viewer, contractId);
      const rows = await tx.query<ParticipantRow[]>(`${PARTICIPANT_SELECT} where p.contract_id = $1 and p.organisation_id = any($2::uuid[]) order by o.name, u.display_name`, [
        access.contract.id,
        access.companyIds,
      ]);
      const sensitive = seesEligibility(viewer, access.side);
      if (sensitive) await logEligibilityReads(tx, viewer, rows, why);
      return rows.map((r) => toModel(r, sensitive));
    });
  }

  /** Workers the viewer may flag on the contract (see candidates.ts). */
  async candidates(viewer: Viewer, contractId: string): Promise<ClauseWorkerOption[]> {
    return this.db.transaction((tx) => participantCandidates(tx, viewer, contractId));
  }

  async add(viewer: Viewer, input: ClauseParticipantInput): Promise<ClauseParticipant> {
    if (input.endsOn && input.endsOn < input.startsOn) throw badInput('The eligibility ends before it starts.', { field: 'endsOn', problem: 'endsBeforeStart' });
    return this.db.transaction(async (tx) => {
      const access = await contractAccess(tx, viewer, input.contractId);
      if (!seesEligibility(viewer, access.side)) throw forbidden('Only the company’s managers and the body’s facilitators flag participants.');
      // The worker must belong to a company the viewer may look into that was awarded a lot of this contract; a
      // facilitator flags only people already participants of the body's contracts (candidates.ts).
      const network = access.side === 'network';
      const [member] = await tx.query<{ organisation_id: string }[]>(
        `select m.organisation_id from memberships m
          where m.user_id = $1 and m.role = 'worker' and m.organisation_id = any($2::uuid[])
            and exists (select 1 from clause_lots l join clause_lot_awards a on a.lot_id = l.id where l.contract_id = $3 and a.company_organisation_id = m.organisation_id)
            ${network ? `and ${knownToBody('$4')}` : ''}
          limit 1`,
        network ? [input.workerId, access.companyIds, access.contract.id, viewer.organisationId] : [input.workerId, access.companyIds, access.contract.id],
      );
      if (!member) throw notFound('This worker');
      const [created] = await tx.query<{ id: string }[]>(
        `insert into clause_participants (contract_id, organisation_id, user_id, category, evidence_type, starts_on, ends_on, recorded_by_user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning id`,
        [access.contract.id, member.organisation_id, input.workerId, input.category, input.evidenceType, input.startsOn, input.endsOn ?? null, viewer.userId],
      );
      if (!created) throw conflict('This worker is already a participant of this contract.', { field: 'workerId', problem: 'alreadyParticipant' });
      const [row] = await tx.query<ParticipantRow[]>(`${PARTICIPANT_SELECT} where p.id = $1`, [created.id]);
      await logEligibilityReads(tx, viewer, [row!], 'participant recorded');
      return toModel(row!, true);
    });
  }

  /** The facilitator records how a participant's path ended (job, training, other). */
  async recordExit(viewer: Viewer, participantId: string, outcome: string, exitOn: string): Promise<ClauseParticipant> {
    if (!(EXIT_OUTCOMES as readonly string[]).includes(outcome)) throw badInput('The outcome is a job, a training or other.', { field: 'outcome', problem: 'badOutcome' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(exitOn)) throw badInput('Give the exit date.', { field: 'exitOn', problem: 'badDate' });
    return this.db.transaction(async (tx) => {
      const participant = await this.visibleOrFail(tx, viewer, participantId);
      await facilitatorAccess(tx, viewer, participant.contract_id);
      await tx.query('update clause_participants set exit_outcome = $2, exit_on = $3 where id = $1', [participant.id, outcome, exitOn]);
      const [row] = await tx.query<ParticipantRow[]>(`${PARTICIPANT_SELECT} where p.id = $1`, [participant.id]);
      await logEligibilityReads(tx, viewer, [row!], 'exit recorded');
      return toModel(row!, true);
    });
  }

  /** A participant the viewer may see, or NOT_FOUND. */
  async visibleOrFail(tx: EntityManager, viewer: Viewer, participantId: string): Promise<ParticipantRow> {
    const [row] = isUuid(participantId) ? await tx.query<ParticipantRow[]>(`${PARTICIPANT_SELECT} where p.id = $1`, [participantId]) : [];
    if (!row) throw notFound('This participant');
    const access = await contractAccess(tx, viewer, row.contract_id).catch(() => null);
    if (!access?.companyIds.includes(row.organisation_id)) throw notFound('This participant');
    return row;
  }

  /** Who read the eligibility of the viewer's company's participants, newest first (the company's admin). */
  async readLog(viewer: Viewer): Promise<EligibilityRead[]> {
    return this.db.query<EligibilityRead[]>(
      `select r.id, u.display_name as "personName", rd.display_name as "readerName", ro.name as "readerOrganisation", r.reason, r.read_at as "readAt"
         from eligibility_reads r join users u on u.id = r.user_id join users rd on rd.id = r.reader_user_id join organisations ro on ro.id = r.reader_organisation_id
        where r.organisation_id = $1 order by r.read_at desc, r.id limit 500`,
      [viewer.organisationId],
    );
  }
}
