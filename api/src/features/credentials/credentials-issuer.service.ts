// Turns awards into signed Open Badges, off the request path: a job per new award, and a sweep (at start, then every
// minute) that picks up whatever is still unsigned, so a failed signing leaves the award as it is and is retried.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { UloStatus } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { IssuedCredentialEntity } from './credential.entities.js';
import { ISSUE_CREDENTIALS_JOB } from '../../common/jobs/issue-credentials-job.js';
import { CredentialKeysService, lockOrganisation } from './credential-keys.service.js';
import { credentialUrl, issuerOf, type IssuerOrganisation } from './issuer-identity.js';
import { openBadgeCredential, type EvidenceSummary, type Text } from './open-badge.js';
import { signCredential } from './signing.js';
import { StatusListsService } from './status-lists.service.js';

const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 200;

interface AwardRow {
  id: string;
  userId: string;
  displayName: string;
  awardedAt: string;
  expiresAt: string | null;
  revoked: boolean;
  /** The holder's personal data was erased. */
  erased: boolean;
  onHold: boolean;
  evidence: UloStatus[];
  qualificationId: string;
  code: string;
  title: Text;
  practicalValidation: boolean;
  scheme: string;
  schemeTitle: Text;
  awardingBody: string;
  country: string;
  frameworkId: string;
  frameworkCode: string;
  frameworkTitle: Text;
}

// The award's expiry as the credential's validUntil (midnight UTC of that day), compared in SQL.
const VALID_UNTIL = `(a.expires_at::timestamp at time zone 'UTC')`;

@Injectable()
export class CredentialsIssuer implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(CredentialsIssuer.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly keys: CredentialKeysService,
    private readonly statusLists: StatusListsService,
  ) {}

  onModuleInit(): void {
    // Signing one takes a few milliseconds of CPU (measured: ~6 ms, in one stretch), under the ~10 ms at which a worker
    // thread would pay for itself; the loop is free again between awards. Jobs come ten at a time and a backlog is
    // drained without waiting for the next poll.
    this.jobs.register(
      ISSUE_CREDENTIALS_JOB,
      async (payload) => {
        const ids = Array.isArray(payload.awardIds) ? payload.awardIds.filter((id): id is string => typeof id === 'string') : [];
        for (const id of ids) await this.issueCredentialForAward(id);
      },
      { batchSize: 10, drainBacklog: true },
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const sweep = () => void this.issuePending().catch((error: unknown) => this.log.warn(`credential sweep failed: ${String(error)}`));
    this.timer = setInterval(sweep, SWEEP_EVERY_MS);
    this.timer.unref();
    // Awards made before this start (or before credentials existed) are signed now, in the background.
    sweep();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Asks the queue to sign these awards (call with the transaction that made them, then kick the queue). */
  async enqueue(awardIds: string[], manager?: EntityManager): Promise<void> {
    if (awardIds.length) await this.jobs.enqueue(ISSUE_CREDENTIALS_JOB, { awardIds }, manager);
  }

  /** Signs every award that has no credential for its current validity yet; one failure does not stop the rest. */
  async issuePending(): Promise<{ issued: number; failed: number }> {
    let issued = 0;
    let failed = 0;
    const rows = await this.db.query<{ id: string }[]>(
      `select a.id from qualification_awards a
        where a.revoked_at is null and a.on_hold_reason is null
          and exists (select 1 from memberships m where m.user_id = a.user_id)
          and not exists (select 1 from personal_data_requests r where r.user_id = a.user_id and r.executed_at is not null)
          and not exists (select 1 from issued_credentials c where c.award_id = a.id and c.valid_until is not distinct from ${VALID_UNTIL})
        order by a.created_at limit ${SWEEP_BATCH}`,
    );
    for (const { id } of rows) {
      try {
        if (await this.issueCredentialForAward(id)) issued++;
      } catch (error) {
        failed++;
        this.log.warn(`credential for award ${id} not issued yet: ${String(error)}`);
      }
    }
    return { issued, failed };
  }

  /**
   * The one place an award becomes a credential (a rule such as "only when the award's evidence holds" goes here).
   * Safe to repeat: an award gets one credential per validity; a renewal that moves the expiry gets a new one.
   * Returns the credential, or null when the award is revoked, gone, or its holder belongs to no organisation or was erased.
   */
  async issueCredentialForAward(awardId: string): Promise<IssuedCredentialEntity | null> {
    const award = await this.awardFacts(awardId);
    // Only an award whose evidence holds is vouched for: one waiting for a validation on site gets its credential once
    // the hold is lifted (the sweep finds it then).
    // A person whose data was erased is issued nothing more: a credential would carry only their pseudonym.
    if (!award || award.revoked || award.onHold || award.erased) return null;
    const org = await this.awardingOrganisation(award.userId);
    if (!org) return null;
    return this.db.transaction(async (tx) => {
      await lockOrganisation(tx, org.id);
      // Checked again under the lock: an erasure executed meanwhile (it takes the same lock) stops the issue.
      const [erased] = await tx.query<{ ok: number }[]>('select 1 as ok from personal_data_requests where user_id = $1 and executed_at is not null limit 1', [award.userId]);
      if (erased) return null;
      const [existing] = await tx.query<{ id: string }[]>(
        `select c.id from issued_credentials c join qualification_awards a on a.id = c.award_id
          where c.award_id = $1 and c.valid_until is not distinct from ${VALID_UNTIL}`,
        [awardId],
      );
      if (existing) return tx.findOneByOrFail(IssuedCredentialEntity, { id: existing.id });
      const key = await this.keys.signingKey(org, tx);
      const status = await this.statusLists.allocate(org, tx);
      const id = randomUUID();
      const document = await signCredential(
        openBadgeCredential({
          credentialId: credentialUrl(this.config.publicUrl, id),
          issuer: issuerOf(this.config.publicUrl, org),
          worker: { id: award.userId, name: award.displayName },
          qualification: {
            id: award.qualificationId,
            code: award.code,
            title: award.title,
            scheme: award.scheme,
            schemeTitle: award.schemeTitle,
            awardingBody: award.awardingBody,
            country: award.country,
            practicalValidation: award.practicalValidation,
          },
          framework: { code: award.frameworkCode, title: award.frameworkTitle },
          ulos: await this.ulos(award.frameworkId, award.evidence.map((e) => e.ulo)),
          evidence: summarise(award.evidence),
          awardedAt: award.awardedAt,
          expiresAt: award.expiresAt,
          status: { listUrl: status.listUrl, index: status.index },
        }),
        key,
      );
      return tx.save(
        tx.create(IssuedCredentialEntity, {
          id,
          awardId,
          organisationId: org.id,
          userId: award.userId,
          statusListId: status.listId,
          statusIndex: status.index,
          validUntil: award.expiresAt ? new Date(`${award.expiresAt}T00:00:00Z`) : null,
          document,
        }),
      );
    });
  }

  private async awardFacts(awardId: string): Promise<AwardRow | undefined> {
    const [row] = await this.db.query<AwardRow[]>(
      `select a.id, a.user_id as "userId", u.display_name as "displayName", a.awarded_at::text as "awardedAt", a.expires_at::text as "expiresAt",
              a.revoked_at is not null as revoked, a.on_hold_reason is not null as "onHold", a.evidence,
              exists (select 1 from personal_data_requests r where r.user_id = a.user_id and r.executed_at is not null) as erased, q.id as "qualificationId", q.code, q.title, q.practical_validation as "practicalValidation",
              s.code as scheme, s.title as "schemeTitle", s.awarding_body as "awardingBody", s.country, f.id as "frameworkId", f.code as "frameworkCode",
              f.title as "frameworkTitle"
         from qualification_awards a
         join users u on u.id = a.user_id
         join scheme_qualifications q on q.id = a.qualification_id
         join qualification_schemes s on s.id = q.scheme_id
         join qualification_frameworks f on f.id = s.framework_id
        where a.id = $1`,
      [awardId],
    );
    return row;
  }

  // The organisation the worker trains with (as a worker first); a worker in several organisations is rare.
  private async awardingOrganisation(userId: string): Promise<IssuerOrganisation | undefined> {
    const [org] = await this.db.query<IssuerOrganisation[]>(
      `select o.id, o.slug, o.name from memberships m join organisations o on o.id = m.organisation_id
        where m.user_id = $1 order by (m.role = 'worker') desc, m.created_at limit 1`,
      [userId],
    );
    return org;
  }

  private async ulos(frameworkId: string, codes: string[]) {
    const rows = await this.db.query<{ code: string; title: Text; eqfLevel: number; esco: string[] }[]>(
      `select code, title, eqf_level as "eqfLevel", esco from reference_ulos where framework_id = $1 and code = any($2::text[]) order by code`,
      [frameworkId, codes],
    );
    return rows;
  }
}

export function summarise(evidence: UloStatus[]): EvidenceSummary {
  const items = evidence.flatMap((u) => u.evidence);
  const dates = items
    .flatMap((e) => [e.completedAt, e.passedAt, e.validatedAt])
    .map((d) => (d instanceof Date ? d.toISOString() : d))
    .filter((d): d is string => typeof d === 'string')
    .sort();
  return {
    ulos: evidence.length,
    modules: new Set(items.map((e) => e.moduleId)).size,
    validatedOnSite: new Set(items.filter((e) => e.validatedAt).map((e) => e.moduleId)).size,
    firstAt: dates[0] ?? null,
    lastAt: dates.at(-1) ?? null,
  };
}
