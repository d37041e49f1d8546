// Stores statements exactly once: validates a whole batch, refuses reused ids with other content (409),
// accepts resends silently, applies voiding, and folds the new statements into the progress projection.
import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADL_VERBS, FIT_EXTENSIONS, canonicalStatement, versionIdOfActivity, type Actor, type Role, type Statement } from '@fit/shared';
import { validateStatement } from '@fit/shared/validation';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { actorIfi, fitAccount, fitUserId, objectKey } from './actor-identity.js';
import {
  MAX_BATCH,
  batchTooLarge,
  conflictingStatements,
  emptyBatch,
  invalidStatements,
  statementsRefused,
  voidTargetMissing,
} from './learning-records.errors.js';
import { foldIntoProgress, foldSql, recomputeProgress } from './progress-projection.js';
import type { StatementSource } from './statement.entity.js';
import { REVIEW_VERBS, authorityKey, refusals, type AuthorityPrincipal, type Claim, type Refusal, type TargetFact } from './statement-authority.js';
import { checkAttachments } from './statement-attachments.js';
import { statementRulesBroken, type StatementCheck } from './statement-checks.js';
import type { AttachmentPart, StatementRequest } from './statement-multipart.js';
import { workerScope, type XapiPrincipal } from './xapi-principal.js';
import { defaultStatementVersion, type ServedVersion } from './xapi-version.js';
import { recallCardKeys, refreshRecallCards } from './recall-projection.js';
import { queryChanged, queryRows } from '../../common/sql.js';

export interface IngestOptions {
  principal: XapiPrincipal;
  source: StatementSource;
  /** The device's clock when it sent the batch (ISO 8601), to measure its skew. */
  deviceTime?: string;
  deviceId?: string;
  /** The xAPI version the client speaks; 2.0.0 when not said (FIT's own writers). */
  version?: ServedVersion;
  /** Attachment parts of a multipart/mixed request, matched to the statements' attachments by SHA-2. */
  attachments?: Pick<StatementRequest, 'multipart' | 'parts'>;
}

export interface IngestResult {
  ids: string[];
  added: number;
}

interface Row {
  id: string;
  /** As the client sent it (with its id), for comparing resends. */
  sent: Statement;
  /** As stored, with the server's fields. */
  statement: Statement;
  hash: string;
  actorUserId: string | null;
  actorIfi: string;
  verbId: string;
  objectId: string;
  registration: string | null;
  timestamp: string;
  claim: Claim;
}

/** Queued (in the ingest's transaction) when statements about learners arrive; payload `{ userIds }`. */
export const STATEMENTS_ADDED_JOB = 'learning-records.statements-added';
/**
 * How long the job waits: a tablet back online sends its outbox as many batches in a row, and the handler takes
 * every such job queued by then, so the learners are recomputed once per burst instead of once per batch.
 */
export const STATEMENTS_ADDED_DELAY_MS = 200;

@Injectable()
export class StatementIngestService {
  /** Stored times of the batches being written now (see consistentThrough). */
  private readonly inFlight: string[] = [];
  /** Rules other features add (see statement-checks.ts). */
  private readonly checks: StatementCheck[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // Absent outside the app (the demo seed, the CLI): nothing is queued, the caller refreshes what it needs.
    @Optional() private readonly jobs?: JobsService,
  ) {}

  /** Adds a rule every batch must keep, checked after the rule of who may state what. */
  addCheck(check: StatementCheck): void {
    this.checks.push(check);
  }

  async ingest(inputs: unknown[], options: IngestOptions): Promise<IngestResult> {
    if (inputs.length === 0) throw emptyBatch();
    if (inputs.length > MAX_BATCH) throw batchTooLarge(inputs.length);
    const stored = new Date().toISOString();
    this.inFlight.push(stored);
    try {
      return await this.ingestAt(inputs, options, stored);
    } finally {
      this.inFlight.splice(this.inFlight.indexOf(stored), 1);
    }
  }

  /**
   * The instant up to which every statement is visible to a GET (X-Experience-API-Consistent-Through): now, or just
   * before the oldest batch still being written, whose stored time is already set but not yet committed.
   */
  consistentThrough(): string {
    const oldest = this.inFlight.reduce<string | undefined>((min, t) => (min === undefined || t < min ? t : min), undefined);
    return oldest ? new Date(Date.parse(oldest) - 1).toISOString() : new Date().toISOString();
  }

  private async ingestAt(inputs: unknown[], options: IngestOptions, stored: string): Promise<IngestResult> {
    const rows = this.prepare(inputs, options, stored);
    const attachments = await checkAttachments(
      rows.map((r) => r.statement),
      options.attachments ?? { multipart: false, parts: new Map() },
    );
    if (attachments.reasons.length) throw invalidStatements(attachments.reasons);
    await this.authorise(rows, options);
    for (const check of this.checks) {
      const broken = await check(rows.map((r, index) => ({ index, id: r.id, statement: r.statement })), options.principal.organisationId);
      if (broken.length) throw statementRulesBroken(broken);
    }
    const skew = clockSkewMs(options.deviceTime, stored);
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    const added = await this.dataSource.transaction((tx) => this.store(tx, unique, options, stored, skew, attachments.parts));
    if (added && this.jobs) this.jobs.kick(STATEMENTS_ADDED_DELAY_MS);
    return { ids: rows.map((r) => r.id), added };
  }

  private prepare(inputs: unknown[], options: IngestOptions, stored: string): Row[] {
    const principal = options.principal;
    const version = defaultStatementVersion(options.version ?? '2.0.0');
    const reasons: string[] = [];
    const rows: Row[] = [];
    const hashes = new Map<string, string>();
    inputs.forEach((input, index) => {
      const result = validateStatement(input, { requireId: principal.kind === 'user', version: options.version });
      if (!result.ok) return reasons.push(...result.errors.map((e) => `statements[${index}]: ${e.replace(/^statement\.?/, '')}`));
      const s = result.statement;
      const id = (s.id ?? randomUUID()).toLowerCase();
      // Hash of the statement as sent: a resend from the same device matches it byte for byte. Only on a
      // mismatch is the slower, order-independent comparison made (see refuseConflicts).
      const sent = { ...s, id };
      const hash = createHash('sha256').update(JSON.stringify(sent)).digest('hex');
      if (hashes.has(id) && hashes.get(id) !== hash) reasons.push(`statements[${index}]: id ${id} appears twice with different content`);
      hashes.set(id, hash);
      const authority = principal.kind === 'user' ? fitAccount(principal.userId) : organisationAuthority(principal.organisationId);
      // A statement keeps the version it was accepted with; one without gets the client's (1.0.0 or 2.0.0).
      const statement: Statement = { ...s, id, stored, authority, version: s.version ?? version, timestamp: s.timestamp ?? stored };
      rows.push({
        id,
        sent,
        statement,
        hash,
        actorUserId: fitUserId(s.actor) ?? null,
        actorIfi: actorIfi(s.actor),
        verbId: s.verb.id,
        objectId: objectKey(s.object),
        registration: s.context?.registration?.toLowerCase() ?? null,
        timestamp: statement.timestamp!,
        claim: claimOf(s, index, id),
      });
    });
    if (reasons.length) throw invalidStatements(reasons);
    return rows;
  }

  /**
   * Applies the rule of who may state what (statement-authority.ts) to the whole batch, and links emails to users.
   * One query for the people the batch names; one more only when it reviews or voids. A refusal refuses the batch.
   */
  private async authorise(rows: Row[], options: IngestOptions): Promise<void> {
    const principal = options.principal;
    const people = new Set<string>();
    for (const r of rows) {
      if (r.claim.actorUserId) people.add(r.claim.actorUserId);
      if (r.claim.learnerUserId) people.add(r.claim.learnerUserId);
    }
    const emails = [...new Set(rows.filter((r) => r.actorIfi.startsWith('mbox:mailto:')).map((r) => r.actorIfi.slice(12)))];
    const members = await queryRows<{ user_id: string; email: string | null; role: Role }>(
      this.dataSource,
      `select m.user_id, u.email, m.role from memberships m join users u on u.id = m.user_id
       where m.organisation_id = $1 and (m.user_id = any($2::uuid[]) or u.email = any($3::text[]))`,
      [principal.organisationId, [...people], emails],
    );
    const roles = new Map(members.map((m) => [m.user_id, m.role]));
    const byEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!, m.user_id]));
    const who: AuthorityPrincipal =
      principal.kind === 'user' ? { organisationId: principal.organisationId, userId: principal.userId, role: principal.role } : { organisationId: principal.organisationId, userId: null, role: null };
    const refused = refusals(
      rows.map((r) => r.claim),
      who,
      { roles, targets: await this.targets(rows, who) },
    );
    if (refused.length) {
      await this.keepRefused(rows, refused, options);
      throw statementsRefused(refused);
    }
    for (const r of rows) if (!r.actorUserId && r.actorIfi.startsWith('mbox:mailto:')) r.actorUserId = byEmail.get(r.actorIfi.slice(12)) ?? null;
  }

  /** The statements reviews and voiding statements refer to: stored ones, and those earlier in this batch. */
  private async targets(rows: Row[], principal: AuthorityPrincipal): Promise<Map<string, TargetFact>> {
    const ids = [...new Set(rows.flatMap((r) => [r.claim.reviewOf, r.claim.voids]).filter((id): id is string => !!id))];
    const targets = new Map<string, TargetFact>();
    if (!ids.length) return targets;
    const stored = await queryRows<{ id: string; organisation_id: string; actor_user_id: string | null; authority: string; failure: boolean }>(
      this.dataSource,
      `select id, organisation_id, actor_user_id,
              case when statement->'authority'->'account'->>'homePage' = $2 then 'organisation:' else 'user:' end
                || coalesce(statement->'authority'->'account'->>'name', '') as authority,
              (verb_id = $3 or (statement->'result'->>'success') = 'false') as failure
         from xapi_statements where id = any($1::uuid[])`,
      [ids, ORGANISATIONS_HOMEPAGE, ADL_VERBS.failed],
    );
    for (const t of stored) targets.set(t.id, { organisationId: t.organisation_id, actorUserId: t.actor_user_id, authority: t.authority, failure: t.failure });
    for (const r of rows)
      if (ids.includes(r.id) && !targets.has(r.id))
        targets.set(r.id, {
          organisationId: principal.organisationId,
          actorUserId: r.claim.actorUserId,
          authority: authorityKey(principal),
          failure: r.verbId === ADL_VERBS.failed || r.statement.result?.success === false,
        });
    return targets;
  }

  /** Refused statements are kept aside (once each) so the staff of the organisation see what was refused and why. */
  private async keepRefused(rows: Row[], refused: Refusal[], options: IngestOptions): Promise<void> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const payload = refused.map((f) => {
      const r = byId.get(f.id)!;
      return { statement_id: f.id, user_id: r.claim.learnerUserId ?? r.claim.actorUserId, rule: f.rule, reason: f.reason, statement: r.sent };
    });
    const principal = options.principal;
    await this.dataSource.query(
      `insert into refused_statements (statement_id, organisation_id, user_id, sent_by, rule, reason, statement, device_id)
       select e.statement_id, $2, e.user_id, $3, e.rule, e.reason, e.statement, $4
         from jsonb_to_recordset($1::jsonb) as e(statement_id uuid, user_id uuid, rule text, reason text, statement jsonb)
       on conflict (organisation_id, statement_id) do nothing`,
      [JSON.stringify(payload), principal.organisationId, principal.kind === 'user' ? principal.userId : null, options.deviceId ?? null],
    );
  }

  private async store(tx: EntityManager, rows: Row[], options: IngestOptions, stored: string, skew: number | null, parts: AttachmentPart[]): Promise<number> {
    if (parts.length) await storeAttachments(tx, options.principal.organisationId, parts);
    const ids = rows.map((r) => r.id);
    const voids = rows.some((r) => r.verbId === ADL_VERBS.voided);
    // Without voiding (nearly every batch), one statement inserts the new rows and folds them into the projection from
    // what it inserted; a batch that voids folds after voiding, as the voided targets must stay out of the fold.
    const inserted = await queryRows<{ id: string }>(
      tx,
      voids ? `${INSERT_SQL} returning id` : `with ins as (${INSERT_SQL} returning ${FOLDED_COLUMNS}),
         folded as (${foldSql('ins')})
       select id from ins`,
      insertParams(rows, options, stored, skew),
    );
    // Ids already stored (a resend, or a concurrent request that got there first) must carry the same statement.
    if (inserted.length < ids.length) await this.refuseConflicts(tx, rows, ids);
    const insertedIds = new Set(inserted.map((r) => r.id));
    const fresh = rows.filter((r) => insertedIds.has(r.id));
    if (voids) {
      await this.applyVoiding(tx, fresh, options.principal);
      await foldIntoProgress(tx, [...insertedIds]);
    }
    // Reviews of questions (answers, recalls) move their spaced-recall cards, in this same transaction.
    await refreshRecallCards(tx, recallCardKeys(fresh));
    await this.announce(tx, fresh);
    return inserted.length;
  }

  /** One job row for the whole batch: whoever follows learners (awards) works after the sync has answered. */
  private async announce(tx: EntityManager, fresh: Row[]): Promise<void> {
    if (!this.jobs || !fresh.length) return;
    const userIds = new Set<string>();
    for (const r of fresh) {
      // Awards rest on progress in FIT's module versions (and on trainers' verdicts, below): statements about other
      // activities (external content, bench data) change no award, and recomputing every learner of a large batch
      // for them cost more than storing the batch.
      if (r.actorUserId && (versionIdOfActivity(r.objectId) !== undefined || r.verbId === ADL_VERBS.voided)) userIds.add(r.actorUserId);
      // A trainer's verdict is about the learner named in the context.
      const learner = r.statement.context?.extensions?.[FIT_EXTENSIONS.learner] as Actor | undefined;
      const learnerId = learner && typeof learner === 'object' ? fitUserId(learner) : undefined;
      if (learnerId) userIds.add(learnerId);
    }
    if (userIds.size) await this.jobs.enqueue(STATEMENTS_ADDED_JOB, { userIds: [...userIds] }, tx, { delayMs: STATEMENTS_ADDED_DELAY_MS });
  }

  private async refuseConflicts(tx: EntityManager, rows: Row[], ids: string[]): Promise<void> {
    const existing = await queryRows<{ id: string; content_hash: string; statement: Statement }>(
      tx,
      'select id, content_hash, statement from xapi_statements where id = any($1::uuid[])',
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const conflicting = existing
      .filter((e) => byId.get(e.id)!.hash !== e.content_hash && !sameContent(byId.get(e.id)!.sent, e.statement))
      .map((e) => e.id);
    if (conflicting.length) throw conflictingStatements(conflicting);
  }

  private async applyVoiding(tx: EntityManager, fresh: Row[], principal: XapiPrincipal): Promise<void> {
    const voiding = fresh.filter((r) => r.verbId === ADL_VERBS.voided);
    if (voiding.length === 0) return;
    const targets = voiding.map((r) => r.objectId.toLowerCase());
    const { rows: voided } = await queryChanged<{ id: string; actor_user_id: string | null; object_id: string; verb_id: string }>(
      tx,
      `update xapi_statements t set voided = true, voided_by = v.voided_by
       from unnest($1::uuid[], $2::uuid[]) as v(target, voided_by)
       where t.id = v.target and t.organisation_id = $3 and t.verb_id <> $4 and not t.voided
         and ($5::uuid is null or t.actor_user_id = $5)
       returning t.id, t.actor_user_id, t.object_id, t.verb_id`,
      [targets, voiding.map((r) => r.id), principal.organisationId, ADL_VERBS.voided, workerScope(principal)],
    );
    const found = new Set(voided.map((v) => v.id));
    const missing = targets.filter((t) => !found.has(t));
    if (missing.length) throw voidTargetMissing(missing);
    await recomputeProgress(
      tx,
      voided.filter((v) => v.actor_user_id).map((v) => ({ userId: v.actor_user_id!, activityId: v.object_id })),
    );
    // A voided answer or recall is no longer part of its card's log.
    await refreshRecallCards(tx, recallCardKeys(voided.map((v) => ({ actorUserId: v.actor_user_id, verbId: v.verb_id, objectId: v.object_id }))));
  }
}

/** Attachment content, once per organisation and hash: the same photo sent again is not stored twice. */
async function storeAttachments(tx: EntityManager, organisationId: string, parts: AttachmentPart[]): Promise<void> {
  await tx.query(
    `insert into xapi_attachments (organisation_id, sha2, content_type, length, content)
     select $1, * from unnest($2::text[], $3::text[], $4::int[], $5::bytea[])
     on conflict (organisation_id, sha2) do nothing`,
    [organisationId, parts.map((p) => p.sha2), parts.map((p) => p.contentType), parts.map((p) => p.bytes.length), parts.map((p) => p.bytes)],
  );
}

// The ledger's columns the projection reads (see progress-projection.ts).
const FOLDED_COLUMNS = 'id, actor_user_id, object_id, verb_id, statement, timestamp, clock_skew_ms, voided';

/**
 * One INSERT of the whole batch from a single JSON parameter, skipping ids already stored. A multi-row VALUES list
 * took nine parameters a row (4,500 for a batch of 500): PostgreSQL spent longer parsing and planning that statement
 * than inserting its rows, and the driver as long binding them; one JSON array is parsed once on each side.
 */
const INSERT_SQL = `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, registration,
      statement, content_hash, timestamp, stored, clock_skew_ms, source, device_id)
    select r.id, $1, r.actor_user_id, r.actor_ifi, r.verb_id, r.object_id, r.registration, r.statement, r.content_hash, r.timestamp, $2, $3, $4, $5
      from jsonb_to_recordset($6::jsonb) as r(id uuid, actor_user_id uuid, actor_ifi text, verb_id text, object_id text, registration uuid,
        statement jsonb, content_hash text, timestamp timestamptz)
    on conflict (id) do nothing`;

function insertParams(rows: Row[], options: IngestOptions, stored: string, skew: number | null): unknown[] {
  const batch = rows.map((r) => ({
    id: r.id,
    actor_user_id: r.actorUserId,
    actor_ifi: r.actorIfi,
    verb_id: r.verbId,
    object_id: r.objectId,
    registration: r.registration,
    statement: r.statement,
    content_hash: r.hash,
    timestamp: r.timestamp,
  }));
  return [options.principal.organisationId, stored, skew, options.source, options.deviceId ?? null, JSON.stringify(batch)];
}

// Equal as xAPI statements: same content whatever the key order, ignoring what the server set
// (including the timestamp it filled in when the client sent none).
function sameContent(sent: Statement, stored: Statement): boolean {
  const comparable = sent.timestamp === undefined ? { ...stored, timestamp: undefined } : stored;
  return canonicalStatement(comparable) === canonicalStatement(sent);
}

const ORGANISATIONS_HOMEPAGE = 'https://w3id.org/fit/organisations';

function organisationAuthority(organisationId: string) {
  return { objectType: 'Agent' as const, account: { homePage: ORGANISATIONS_HOMEPAGE, name: organisationId } };
}

/** What a statement claims, for the authority rule: who it is by, which learner it names, what it reviews or voids. */
function claimOf(s: Statement, index: number, id: string): Claim {
  const learner = s.context?.extensions?.[FIT_EXTENSIONS.learner] as Actor | undefined;
  const ref = s.context?.statement?.id?.toLowerCase() ?? null;
  return {
    index,
    id,
    verbId: s.verb.id,
    actorUserId: fitUserId(s.actor) ?? null,
    learnerUserId: learner && typeof learner === 'object' ? (fitUserId(learner) ?? null) : null,
    reviewOf: REVIEW_VERBS.includes(s.verb.id) ? ref : null,
    voids: s.verb.id === ADL_VERBS.voided && s.object.objectType === 'StatementRef' ? (s.object as { id: string }).id.toLowerCase() : null,
  };
}

/** Server time minus device time, in ms; null when the device did not say or said nonsense. */
function clockSkewMs(deviceTime: string | undefined, stored: string): number | null {
  const device = deviceTime ? Date.parse(deviceTime) : NaN;
  if (Number.isNaN(device)) return null;
  const skew = Date.parse(stored) - device;
  return Math.abs(skew) > 2 ** 31 - 1 ? null : skew;
}
