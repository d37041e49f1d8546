// Monthly declarations of participants' hours: declared by the company's manager (training hours prefilled by FIT,
// corrected with a reason), validated or sent back with a reason by the body's facilitator. A validated month is
// locked (a database trigger keeps it so): a correction is a new declaration with its reason that supersedes it
// once validated; every row stays as the audit trail.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MAX_MONTHLY_HOURS, hourProblems, roundHours, type HourProblem } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { contractAccess, facilitatorAccess } from './access.js';
import type { ClauseHoursInput } from './dto/inputs.js';
import type { ClauseHourDeclaration } from './models/declaration.model.js';
import { ParticipantsService } from './participants.service.js';
import { trainingHoursOfMonth } from './training-hours.js';

const PROBLEM_MESSAGES: Record<HourProblem, string> = {
  notANumber: 'Hours are a number.',
  negative: 'Hours cannot be negative.',
  overMonthlyMax: `More than ${MAX_MONTHLY_HOURS} hours in a month is not plausible for one person.`,
  badMonth: 'The month is written YYYY-MM.',
  monthOutsideContract: 'This month is outside the contract’s dates.',
  beforeEligibility: 'This month is before the participant’s eligibility started.',
  eligibilityEnded: 'The participant’s eligibility had ended before this month: these hours do not count.',
};

const DECLARATION_SELECT = `
  select d.id, d.participant_id as "participantId", u.display_name as "personName", o.name as "companyName",
         d.lot_id as "lotId", l.label as "lotLabel", d.month, d.hours_worked::float as "hoursWorked",
         d.training_hours::float as "trainingHours", d.training_hours_computed::float as "trainingHoursComputed",
         d.training_correction_reason as "trainingCorrectionReason", d.status, d.corrects_id as "correctsId",
         d.correction_reason as "correctionReason", d.sent_back_reason as "sentBackReason", d.declared_at as "declaredAt",
         d.decided_at as "decidedAt"
    from clause_hour_declarations d
    join clause_participants p on p.id = d.participant_id
    join users u on u.id = d.user_id
    join organisations o on o.id = d.organisation_id
    join clause_lots l on l.id = d.lot_id`;

const text = (v: string | null | undefined) => v?.trim() || null;

@Injectable()
export class HoursService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  /** A contract's declarations the viewer may see (its own company's, or sharing companies' for the body), newest month first. */
  async list(viewer: Viewer, contractId: string): Promise<ClauseHourDeclaration[]> {
    const access = await contractAccess(this.db.manager, viewer, contractId);
    return this.db.query<ClauseHourDeclaration[]>(
      `${DECLARATION_SELECT} where p.contract_id = $1 and d.organisation_id = any($2::uuid[]) order by d.month desc, u.display_name, d.declared_at`,
      [access.contract.id, access.companyIds],
    );
  }

  async declare(viewer: Viewer, input: ClauseHoursInput): Promise<ClauseHourDeclaration> {
    return this.db.transaction(async (tx) => {
      const participant = await this.participants.visibleOrFail(tx, viewer, input.participantId);
      if (participant.organisation_id !== viewer.organisationId) throw forbidden('A participant’s hours are declared by their company.');
      const access = await contractAccess(tx, viewer, participant.contract_id);
      const [lot] = isUuid(input.lotId)
        ? await tx.query<{ id: string }[]>(
            `select l.id from clause_lots l join clause_lot_awards a on a.lot_id = l.id where l.id = $1 and l.contract_id = $2 and a.company_organisation_id = $3`,
            [input.lotId, participant.contract_id, viewer.organisationId],
          )
        : [];
      if (!lot) throw notFound('This lot');
      const computed = isMonthLike(input.month) ? await trainingHoursOfMonth(tx, viewer.organisationId, participant.user_id, input.month) : 0;
      const training = input.trainingHours ?? computed;
      const draft = { month: input.month, hoursWorked: input.hoursWorked, trainingHours: training };
      const [problem] = hourProblems(draft, { startsOn: access.contract.starts_on, endsOn: access.contract.ends_on }, { startsOn: participant.starts_on, endsOn: participant.ends_on });
      if (problem) throw badInput(PROBLEM_MESSAGES[problem.problem], { field: problem.field, problem: problem.problem });
      const trainingReason = text(input.trainingCorrectionReason);
      if (roundHours(training) !== computed && !trainingReason) {
        throw badInput(`FIT counted ${computed} training hours this month; say why you declare another number.`, { field: 'trainingCorrectionReason', problem: 'trainingReasonRequired' });
      }
      // Lock the participant's months while deciding what this declaration corrects.
      await tx.query('select id from clause_participants where id = $1 for update', [participant.id]);
      const [latest] = await tx.query<{ id: string; status: string }[]>(
        `select id, status from clause_hour_declarations where participant_id = $1 and month = $2 and status <> 'superseded' order by declared_at desc limit 1`,
        [participant.id, input.month],
      );
      const correctionReason = text(input.correctionReason);
      if (latest?.status === 'declared') throw conflict('This month is already declared and waits for the facilitator.', { field: 'month', problem: 'alreadyDeclared' });
      if (latest?.status === 'validated' && !correctionReason) {
        throw badInput('This month was validated and is locked; a correction needs its reason.', { field: 'correctionReason', problem: 'correctionReasonRequired' });
      }
      const [created] = await tx.query<{ id: string }[]>(
        `insert into clause_hour_declarations (participant_id, lot_id, organisation_id, user_id, month, hours_worked, training_hours,
           training_hours_computed, training_correction_reason, corrects_id, correction_reason, declared_by_user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
        [participant.id, lot.id, viewer.organisationId, participant.user_id, input.month, roundHours(input.hoursWorked), roundHours(training), computed,
          trainingReason, latest?.id ?? null, latest ? correctionReason : null, viewer.userId],
      );
      return this.one(tx, created!.id);
    });
  }

  /** A trainer (or manager) of the company corrects the training hours of a month still waiting, with a reason. */
  async correctTraining(viewer: Viewer, declarationId: string, trainingHours: number, reason: string): Promise<ClauseHourDeclaration> {
    const why = text(reason);
    if (!why) throw badInput('Say why you correct the training hours.', { field: 'reason', problem: 'trainingReasonRequired' });
    return this.db.transaction(async (tx) => {
      const [row] = isUuid(declarationId)
        ? await tx.query<{ status: string; hours_worked: string }[]>('select status, hours_worked from clause_hour_declarations where id = $1 and organisation_id = $2 for update', [declarationId, viewer.organisationId])
        : [];
      if (!row) throw notFound('This declaration');
      if (row.status !== 'declared') throw conflict('Only a month waiting for the facilitator can be corrected; declare a correction instead.', { problem: 'locked' });
      if (!Number.isFinite(trainingHours) || trainingHours < 0) throw badInput('Hours cannot be negative.', { field: 'trainingHours', problem: 'negative' });
      if (trainingHours + Number(row.hours_worked) > MAX_MONTHLY_HOURS) throw badInput(PROBLEM_MESSAGES.overMonthlyMax, { field: 'trainingHours', problem: 'overMonthlyMax' });
      await tx.query('update clause_hour_declarations set training_hours = $2, training_correction_reason = $3 where id = $1', [declarationId, roundHours(trainingHours), why]);
      return this.one(tx, declarationId);
    });
  }

  /** The facilitator validates a waiting month (locking it) or sends it back with the reason. */
  async decide(viewer: Viewer, declarationId: string, verdict: 'validate' | 'sendBack', reason?: string | null): Promise<ClauseHourDeclaration> {
    return this.db.transaction(async (tx) => {
      const [row] = isUuid(declarationId)
        ? await tx.query<{ id: string; status: string; contract_id: string; organisation_id: string; corrects_id: string | null }[]>(
            `select d.id, d.status, p.contract_id, d.organisation_id, d.corrects_id from clause_hour_declarations d
               join clause_participants p on p.id = d.participant_id where d.id = $1 for update of d`,
            [declarationId],
          )
        : [];
      if (!row) throw notFound('This declaration');
      const access = await facilitatorAccess(tx, viewer, row.contract_id);
      if (!access.companyIds.includes(row.organisation_id)) throw notFound('This declaration');
      if (row.status !== 'declared') throw conflict('This month was already decided; a validated month is locked.', { problem: 'locked' });
      if (verdict === 'sendBack') {
        const why = text(reason);
        if (!why) throw badInput('Say why you send these hours back, so the company can correct them.', { field: 'reason', problem: 'reasonRequired' });
        await tx.query(`update clause_hour_declarations set status = 'sentBack', sent_back_reason = $2, decided_by_user_id = $3, decided_at = now() where id = $1`, [row.id, why, viewer.userId]);
      } else {
        await tx.query(`update clause_hour_declarations set status = 'validated', decided_by_user_id = $2, decided_at = now() where id = $1`, [row.id, viewer.userId]);
        // The validated month this one corrects stops counting; it stays on record.
        if (row.corrects_id) await tx.query(`update clause_hour_declarations set status = 'superseded' where id = $1 and status = 'validated'`, [row.corrects_id]);
      }
      return this.one(tx, row.id);
    });
  }

  private async one(tx: EntityManager, id: string): Promise<ClauseHourDeclaration> {
    const [row] = await tx.query<ClauseHourDeclaration[]>(`${DECLARATION_SELECT} where d.id = $1`, [id]);
    return row!;
  }
}

const isMonthLike = (month: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
