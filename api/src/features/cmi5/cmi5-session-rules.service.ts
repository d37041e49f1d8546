// Adds cmi5's session rules (session-rules.ts) to the learning record store: for statements that name an AU session
// FIT launched, what the session and registration already hold is read, then the batch is checked in order.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BrokenRule, CheckedStatement } from '../learning-records/statement-checks.js';
import { StatementIngestService } from '../learning-records/statement-ingest.service.js';
import type { LaunchMode } from './cmi5-vocabulary.js';
import type { AssignableUnit } from './course-structure.js';
import { isAuStatement, sessionIdOf, sessionRuleBreaks, type Recorded, type SessionFacts } from './session-rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class Cmi5SessionRules implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ingest: StatementIngestService,
  ) {}

  onModuleInit(): void {
    this.ingest.addCheck((statements, organisationId) => this.check(statements, organisationId));
  }

  async check(statements: CheckedStatement[], organisationId: string): Promise<BrokenRule[]> {
    const ids = [...new Set(statements.filter((s) => isAuStatement(s.statement)).map((s) => sessionIdOf(s.statement)!))].filter((id) => UUID.test(id));
    // FIT's own statements and other LRS clients' carry no cmi5 session: nothing to read.
    if (!ids.length) return [];
    const rows = await this.dataSource.query<{ id: string; registration: string; launch_mode: LaunchMode; au: AssignableUnit | null }[]>(
      `select s.id, s.registration_id as registration, s.launch_mode, c.structure->'aus'->s.au_index as au
         from cmi5_sessions s join cmi5_registrations r on r.id = s.registration_id join cmi5_courses c on c.id = r.course_id
        where s.id = any($1) and r.organisation_id = $2`,
      [ids, organisationId],
    );
    const sessions = new Map<string, SessionFacts>();
    for (const row of rows) {
      if (row.au) sessions.set(row.id, { registration: row.registration, auId: row.au.id, launchMode: row.launch_mode, masteryScore: row.au.masteryScore });
    }
    if (!sessions.size) return [];
    return sessionRuleBreaks(statements, sessions, await this.recorded(organisationId, sessions));
  }

  private async recorded(organisationId: string, sessions: Map<string, SessionFacts>): Promise<Recorded> {
    const registrations = [...new Set([...sessions.values()].map((s) => s.registration))];
    const stored = await this.dataSource.query<{ id: string; verb_id: string; object_id: string; registration: string; session_id: string | null }[]>(
      `select id, verb_id, object_id, registration,
              lower(statement->'context'->'extensions'->>'https://w3id.org/xapi/cmi5/context/extensions/sessionid') as session_id
         from xapi_statements
        where organisation_id = $1 and registration = any($2) and not voided
        order by stored`,
      [organisationId, registrations],
    );
    const auIds = new Set([...sessions.values()].map((s) => `${s.registration} ${s.auId}`));
    const recorded: Recorded = { sessionVerbs: new Map(), auVerbs: new Map(), storedIds: new Set() };
    for (const row of stored) {
      recorded.storedIds.add(row.id);
      if (row.session_id && sessions.has(row.session_id)) recorded.sessionVerbs.set(row.session_id, (recorded.sessionVerbs.get(row.session_id) ?? new Set()).add(row.verb_id));
      const key = `${row.registration} ${row.object_id}`;
      if (auIds.has(key)) recorded.auVerbs.set(key, (recorded.auVerbs.get(key) ?? new Set()).add(row.verb_id));
    }
    return recorded;
  }
}
