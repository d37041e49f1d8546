// On-site validation: practical tasks waiting for sign-off, and the trainer's verdict recorded as the trainer's own
// statement about the worker's submission (never an edit of the worker's record).
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FIT_EXTENSIONS, FIT_VERBS, STAFF_ROLES, versionIdOfActivity } from '@fit/shared';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { fitAccount } from '../learning-records/actor-identity.js';
import { StatementIngestService } from '../learning-records/statement-ingest.service.js';
import { QualificationsService } from '../qualifications/qualifications.service.js';
import { SitesService } from '../sites/sites.service.js';
import type { PracticalSubmission } from './models/practical-submission.model.js';
import { SUBMISSIONS } from './practical-submissions.sql.js';
import { isUuid } from '../../common/ids.js';
import { queryOne, queryRows } from '../../common/sql.js';

export type Verdict = 'validated' | 'to_redo';

@Injectable()
export class ValidationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingest: StatementIngestService,
    private readonly qualifications: QualificationsService,
    private readonly sites: SitesService,
  ) {}

  /** Submissions of the organisation (of one site's crew if given) still waiting for a trainer. */
  async pending(viewer: Viewer, siteId?: string | null): Promise<PracticalSubmission[]> {
    if (siteId) await this.sites.ownedOrFail(viewer, siteId);
    const rows = await queryRows<SubmissionRow>(
      this.db,
      `select * from (${SUBMISSIONS}
         and ($2::uuid is null or s.actor_user_id in (select user_id from site_members where site_id = $2))) x
        where review = 'pending' order by "submittedAt"`,
      [viewer.organisationId, siteId ?? null],
    );
    return rows.map(toSubmission);
  }

  /** The viewer's own submissions and how they were reviewed. */
  async mine(viewer: Viewer): Promise<PracticalSubmission[]> {
    const rows = await queryRows<SubmissionRow>(this.db, `${SUBMISSIONS} and s.actor_user_id = $2 order by s.timestamp desc`, [
      viewer.organisationId,
      viewer.userId,
    ]);
    return rows.map(toSubmission);
  }

  async review(viewer: Viewer, statementId: string, verdict: Verdict, comment?: string | null): Promise<PracticalSubmission> {
    const submission = await this.one(viewer, statementId);
    if (submission.review !== 'pending') throw badInput('This practical task has already been reviewed.');
    if (verdict === 'to_redo' && !comment?.trim()) throw badInput('Say what to redo, so the worker knows.');
    const parent = submission.moduleVersionId ? `https://w3id.org/fit/module-versions/${submission.moduleVersionId}` : undefined;
    await this.ingest.ingest(
      [
        {
          id: randomUUID(),
          actor: fitAccount(viewer.userId),
          verb: { id: verdict === 'validated' ? FIT_VERBS.validated : FIT_VERBS.rejected, display: { en: verdict === 'validated' ? 'validated' : 'asked to redo' } },
          object: { objectType: 'Activity', id: submission.activityId },
          result: { success: verdict === 'validated', ...(comment?.trim() ? { response: comment.trim() } : {}) },
          context: {
            statement: { objectType: 'StatementRef', id: statementId },
            extensions: { [FIT_EXTENSIONS.learner]: fitAccount(submission.workerId) },
            ...(parent ? { contextActivities: { parent: [{ objectType: 'Activity', id: parent }] } } : {}),
          },
          timestamp: new Date().toISOString(),
        },
      ],
      { principal: { kind: 'user', organisationId: viewer.organisationId, userId: viewer.userId, role: viewer.role }, source: 'xapi' },
    );
    // A sign-off may be the last piece of a qualification that asks for on-site validation.
    if (verdict === 'validated') await this.qualifications.refreshAwards([submission.workerId]);
    return this.one(viewer, statementId);
  }

  private async one(viewer: Viewer, statementId: string): Promise<PracticalSubmission> {
    if (!isUuid(statementId) || !STAFF_ROLES.includes(viewer.role)) throw notFound('This practical task');
    const row = await queryOne<SubmissionRow>(this.db, `${SUBMISSIONS} and s.id = $2`, [viewer.organisationId, statementId]);
    if (!row) throw notFound('This practical task');
    return toSubmission(row);
  }
}

/** A row of SUBMISSIONS: the model's columns, its evidence as stored (JSON, checked when mapped). */
type SubmissionRow = Omit<PracticalSubmission, 'moduleVersionId' | 'evidence'> & { evidence: unknown };

function toSubmission(row: SubmissionRow): PracticalSubmission {
  return {
    ...row,
    moduleVersionId: versionIdOfActivity(row.activityId) ?? null,
    evidence: Array.isArray(row.evidence) ? row.evidence.filter((e): e is string => typeof e === 'string') : [],
  };
}
