// The organisation's "recall keeps a ULO fresh" setting: off by default; set by its admins. Awards of the workers whose
// cards come from this organisation's modules are recomputed at once, so the change shows on their passports.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { RECALL_POLICY_LIMITS } from '@fit/shared';
import { badInput } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { QualificationsService } from '../qualifications/qualifications.service.js';
import type { RecallPolicy } from './models/recall-policy.model.js';

/** What a new setting proposes when none was saved yet. */
export const DEFAULT_RECALL_POLICY = { extendMonths: 6, windowDays: 90 } as const;

const { extendMonths, windowDays } = RECALL_POLICY_LIMITS;
const PolicyInput = z.object({
  keepsFresh: z.boolean(),
  extendMonths: z.number().int().min(extendMonths.min, `The extension is ${extendMonths.min} to ${extendMonths.max} months.`).max(extendMonths.max, `The extension is ${extendMonths.min} to ${extendMonths.max} months.`),
  windowDays: z.number().int().min(windowDays.min, `The recall window is ${windowDays.min} to ${windowDays.max} days.`).max(windowDays.max, `The recall window is ${windowDays.min} to ${windowDays.max} days.`),
});

@Injectable()
export class RecallPolicyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly qualifications: QualificationsService,
  ) {}

  async get(organisationId: string): Promise<RecallPolicy> {
    const [row] = await this.db.query<{ extend_months: number; window_days: number }[]>('select extend_months, window_days from recall_policies where organisation_id = $1', [organisationId]);
    return row ? { keepsFresh: true, extendMonths: row.extend_months, windowDays: row.window_days } : { keepsFresh: false, ...DEFAULT_RECALL_POLICY };
  }

  async set(viewer: Viewer, input: RecallPolicy): Promise<RecallPolicy> {
    const parsed = PolicyInput.safeParse(input);
    if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(' '));
    const policy = parsed.data;
    if (policy.keepsFresh) {
      await this.db.query(
        `insert into recall_policies (organisation_id, extend_months, window_days) values ($1, $2, $3)
         on conflict (organisation_id) do update set extend_months = excluded.extend_months, window_days = excluded.window_days, updated_at = now()`,
        [viewer.organisationId, policy.extendMonths, policy.windowDays],
      );
    } else {
      await this.db.query('delete from recall_policies where organisation_id = $1', [viewer.organisationId]);
    }
    const workers = await this.db.query<{ user_id: string }[]>(
      `select distinct c.user_id from recall_cards c join module_versions v on v.id = c.module_version_id where v.organisation_id = $1`,
      [viewer.organisationId],
    );
    await this.qualifications.refreshAwards(workers.map((w) => w.user_id));
    return policy.keepsFresh ? policy : { ...policy, keepsFresh: false };
  }
}
