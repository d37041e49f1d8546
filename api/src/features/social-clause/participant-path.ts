// A participant's path: the contracts the viewer may see them on (a facilitator: the body's contracts, at companies
// still sharing; a company: its own), their months of hours, and the training they had at those companies (modules
// completed, AFESTs) and the qualifications they were awarded. Reading their categories is logged with the reason.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADL_VERBS, moduleVersionActivity } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import { queryRows } from '../../common/sql.js';
import { contractAccess, seesEligibility } from './access.js';
import type {
  ClauseParticipantPath,
  ClausePathAfest,
  ClausePathContract,
  ClausePathModule,
  ClausePathMonth,
  ClausePathQualification,
} from './models/path.model.js';
import { ParticipantsService, checkedReason, logEligibilityReads } from './participants.service.js';

type ContractRow = ClausePathContract & { user_id: string; organisation_id: string };

@Injectable()
export class ParticipantPathService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  async path(
    viewer: Viewer,
    participantId: string,
    reason: string,
    lang: string,
  ): Promise<ClauseParticipantPath> {
    const why = checkedReason(reason);
    return this.db.transaction(async (tx) => {
      const participant = await this.participants.visibleOrFail(tx, viewer, participantId);
      const access = await contractAccess(tx, viewer, participant.contract_id);
      if (!seesEligibility(viewer, access.side))
        throw forbidden(
          'Only the body’s facilitators and the company’s managers follow a participant’s path.',
        );
      const contracts = await visibleParticipations(tx, viewer, access.side, participant.user_id);
      await logEligibilityReads(
        tx,
        viewer,
        contracts.map((c) => ({
          id: c.participantId,
          user_id: c.user_id,
          organisation_id: c.organisation_id,
          category: c.category,
        })),
        why,
      );
      const companies = [...new Set(contracts.map((c) => c.organisation_id))];
      const [months, modules, afests, qualifications] = [
        await pathMonths(
          tx,
          contracts.map((c) => c.participantId),
        ),
        await pathModules(tx, participant.user_id, companies, lang),
        await pathAfests(tx, participant.user_id, companies),
        await pathQualifications(tx, participant.user_id, lang),
      ];
      return {
        personName: participant.person_name,
        contracts: contracts.map(({ user_id: _u, organisation_id: _o, ...c }) => c),
        months,
        modules,
        afests,
        qualifications,
      };
    });
  }
}

/** The person's participations the viewer may see: the body's contracts at sharing companies, or the company's own. */
async function visibleParticipations(
  tx: EntityManager,
  viewer: Viewer,
  side: 'network' | 'company',
  userId: string,
): Promise<ContractRow[]> {
  const scope =
    side === 'network'
      ? `c.network_organisation_id = $2 and exists (select 1 from sharing_agreements s where s.company_organisation_id = p.organisation_id
                                                    and s.network_organisation_id = $2 and s.ended_at is null)`
      : 'p.organisation_id = $2';
  return queryRows<ContractRow>(
    tx,
    `select p.id as "participantId", c.id as "contractId", c.reference, c.title, o.name as "companyName", p.category,
            p.starts_on::text as "startsOn", p.ends_on::text as "endsOn", p.exit_outcome as "exitOutcome", p.exit_on::text as "exitOn",
            p.user_id, p.organisation_id
       from clause_participants p join clause_contracts c on c.id = p.contract_id join organisations o on o.id = p.organisation_id
      where p.user_id = $1 and ${scope}
      order by p.starts_on, c.reference`,
    [userId, viewer.organisationId],
  );
}

/** The months declared for those participations (the live declaration of each month, not the replaced ones). */
const pathMonths = (tx: EntityManager, participantIds: string[]): Promise<ClausePathMonth[]> =>
  queryRows<ClausePathMonth>(
    tx,
    `select d.month, c.reference, d.hours_worked::float as "hoursWorked", d.training_hours::float as "trainingHours", d.status
       from clause_hour_declarations d join clause_participants p on p.id = d.participant_id join clause_contracts c on c.id = p.contract_id
      where d.participant_id = any($1::uuid[]) and d.status <> 'superseded'
      order by d.month, c.reference`,
    [participantIds],
  );

const pathModules = (
  tx: EntityManager,
  userId: string,
  companies: string[],
  lang: string,
): Promise<ClausePathModule[]> =>
  queryRows<ClausePathModule>(
    tx,
    `select coalesce(v.content->'title'->>$4, v.content->'title'->>'fr', v.content->'title'->>'en', 'Module') as title,
            to_char(min(s.timestamp) at time zone 'UTC', 'YYYY-MM-DD') as "completedOn"
       from xapi_statements s join module_versions v on s.object_id = $3 || v.id::text
      where s.organisation_id = any($2::uuid[]) and s.actor_user_id = $1 and s.verb_id = any($5::text[]) and not s.voided
      group by v.module_id, 1 order by 2, 1`,
    [userId, companies, moduleVersionActivity(''), lang, [ADL_VERBS.completed, ADL_VERBS.passed]],
  );

const pathAfests = (tx: EntityManager, userId: string, companies: string[]): Promise<ClausePathAfest[]> =>
  queryRows<ClausePathAfest>(
    tx,
    `select a.id, a.title, to_char(a.positioned_at at time zone 'UTC', 'YYYY-MM-DD') as "startedOn",
            to_char(a.locked_at at time zone 'UTC', 'YYYY-MM-DD') as "signedOn",
            (select count(*)::int from afest_sequences q where q.afest_id = a.id) as sequences
       from afests a where a.worker_id = $1 and a.organisation_id = any($2::uuid[]) order by a.positioned_at`,
    [userId, companies],
  );

const pathQualifications = async (
  tx: EntityManager,
  userId: string,
  lang: string,
): Promise<ClausePathQualification[]> =>
  queryRows<ClausePathQualification>(
    tx,
    `select coalesce(q.title->>$2, q.title->>'fr', q.title->>'en', q.code) as title, s.code as scheme, a.awarded_at::text as "awardedOn"
       from qualification_awards a join scheme_qualifications q on q.id = a.qualification_id join qualification_schemes s on s.id = q.scheme_id
      where a.user_id = $1 and a.revoked_at is null order by a.awarded_at, 1`,
    [userId, lang],
  );
