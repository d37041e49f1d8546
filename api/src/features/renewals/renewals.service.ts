// Renewal per ULO, not per course: before a ULO of a held qualification lapses (each scheme's lead time, 60 days by
// default), the worker is assigned only the modules that cover the expiring ULOs, due before the expiry, and the
// worker and the managers are told. Doing them renews the ULOs, so the award runs on without a gap. Safe to repeat:
// a module already open for the worker is not assigned twice.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { localise, type ModuleContent } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SitesService } from '../sites/sites.service.js';
import { EXPIRING_ULOS } from './expiring-ulos.sql.js';
import type { UpcomingRenewal } from './models/upcoming-renewal.model.js';

export const RENEWALS_JOB = 'renewals.daily';
const EVERY_MS = 24 * 60 * 60 * 1000;

interface ExpiringUlo {
  workerId: string;
  workerName: string;
  ulo: string;
  expiresOn: string;
  scheme: string;
  qualification: string;
}

interface CoveringModule {
  moduleId: string;
  versionId: string;
  title: string;
  outcomes: string[];
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

@Injectable()
export class RenewalsService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(RenewalsService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly sites: SitesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RENEWALS_JOB, async () => {
      await this.run();
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    // Through the job queue, so with several instances one of them does the day's run.
    const enqueue = () => void this.jobs.enqueue(RENEWALS_JOB, { day: new Date().toISOString().slice(0, 10) }).catch((e: unknown) => this.log.warn(`renewals not queued: ${String(e)}`));
    this.timer = setInterval(enqueue, EVERY_MS);
    this.timer.unref();
    enqueue();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** The day's run over every organisation; returns how many assignments it made. */
  async run(today = new Date().toISOString().slice(0, 10)): Promise<{ assigned: number; workers: number }> {
    const orgs = await this.db.query<{ id: string }[]>(`select id from organisations order by id`);
    let assigned = 0;
    let workers = 0;
    for (const org of orgs) {
      const result = await this.runFor(org.id, today);
      assigned += result.assigned;
      workers += result.workers;
    }
    if (assigned) this.log.log(`renewals: ${assigned} module(s) assigned to ${workers} worker(s)`);
    return { assigned, workers };
  }

  /** One organisation's run (an admin can start it after changing a lead time). */
  async runFor(organisationId: string, today = new Date().toISOString().slice(0, 10)): Promise<{ assigned: number; workers: number }> {
    const expiring = await this.db.query<ExpiringUlo[]>(EXPIRING_ULOS, [organisationId, today, null, null]);
    if (!expiring.length) return { assigned: 0, workers: 0 };
    const modules = await this.coveringModules(organisationId);
    // Assigned on behalf of the organisation: its first manager (or admin) stands as the one who assigned.
    const [assigner] = await this.db.query<{ user_id: string }[]>(
      `select user_id from memberships where organisation_id = $1 and role in ('manager', 'admin') order by (role = 'manager') desc, created_at limit 1`,
      [organisationId],
    );
    if (!assigner) return { assigned: 0, workers: 0 };
    let assigned = 0;
    const told = new Set<string>();
    for (const [workerId, ulos] of groupBy(expiring, (e) => e.workerId)) {
      const site = await this.db.query<{ site_id: string }[]>('select site_id from site_members where user_id = $1 order by site_id limit 1', [workerId]);
      const added: string[] = [];
      for (const module of modules) {
        const covered = ulos.filter((u) => module.outcomes.includes(u.ulo));
        if (!covered.length) continue;
        const firstExpiry = covered.map((u) => u.expiresOn).sort()[0]!;
        const dueOn = dayBefore(firstExpiry) < today ? today : dayBefore(firstExpiry);
        // Not twice: any open assignment of this module (whatever version) stands.
        const rows = await this.db.query<{ id: string }[]>(
          `insert into assignments (organisation_id, module_version_id, worker_id, site_id, due_on, reason, batch_id, assigned_by)
           select $1, $2, $3, $4, $5, $6, $7, $8
            where not exists (select 1 from assignments a join module_versions v on v.id = a.module_version_id
                               where a.worker_id = $3 and a.state = 'open' and v.module_id = $9)
           returning id`,
          [
            organisationId,
            module.versionId,
            workerId,
            site[0]?.site_id ?? null,
            dueOn,
            `Renouvellement / renewal: ${covered.map((u) => `${u.ulo} (${u.expiresOn})`).join(', ')}`,
            randomUUID(),
            assigner.user_id,
            module.moduleId,
          ],
        );
        if (rows.length) {
          added.push(module.title);
          continue;
        }
        // Already assigned but due after the lapse: brought forward, so the renewal is done in time.
        const moved = await this.db.query<{ id: string }[][]>(
          `update assignments a set due_on = $3, reason = $4 from module_versions v
            where v.id = a.module_version_id and a.worker_id = $1 and a.state = 'open' and v.module_id = $2 and a.due_on > $3
           returning a.id`,
          [workerId, module.moduleId, dueOn, `Renouvellement / renewal: ${covered.map((u) => `${u.ulo} (${u.expiresOn})`).join(', ')}`],
        );
        if (moved[0]?.length) added.push(module.title);
      }
      if (!added.length) continue;
      assigned += added.length;
      told.add(workerId);
      const first = ulos.map((u) => u.expiresOn).sort()[0]!;
      await this.db.query(
        `insert into notifications (user_id, organisation_id, kind, message) values ($1, $2, 'renewal_assigned', $3)`,
        [workerId, organisationId, `À renouveler avant le ${first} : ${added.join(', ')}.`],
      );
      await this.notifications.notifyManagers(organisationId, 'renewal_assigned', {
        fr: `${ulos[0]!.workerName} : ${ulos.map((u) => u.ulo).join(', ')} expire(nt) d’ici le ${ulos.map((u) => u.expiresOn).sort().at(-1)} ; assigné : ${added.join(', ')}.`,
        en: `${ulos[0]!.workerName}: ${ulos.map((u) => u.ulo).join(', ')} lapse(s) by ${ulos.map((u) => u.expiresOn).sort().at(-1)}; assigned: ${added.join(', ')}.`,
      });
    }
    return { assigned, workers: told.size };
  }

  /** For managers: the ULOs of the site's crew lapsing within `days`, each with the modules that renew it. */
  async upcoming(viewer: Viewer, siteId: string | null, days: number, today = new Date().toISOString().slice(0, 10)): Promise<UpcomingRenewal[]> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('Look ahead between 1 and 366 days.');
    if (siteId) await this.sites.ownedOrFail(viewer, siteId);
    const expiring = await this.db.query<ExpiringUlo[]>(EXPIRING_ULOS, [viewer.organisationId, today, days, siteId]);
    const modules = await this.coveringModules(viewer.organisationId);
    const open = new Set(
      (
        await this.db.query<{ key: string }[]>(
          `select a.worker_id || '|' || v.module_id as key from assignments a join module_versions v on v.id = a.module_version_id
            where a.organisation_id = $1 and a.state = 'open'`,
          [viewer.organisationId],
        )
      ).map((r) => r.key),
    );
    return expiring
      .map((e) => {
        const covering = modules.filter((m) => m.outcomes.includes(e.ulo));
        return {
          workerId: e.workerId,
          workerName: e.workerName,
          ulo: e.ulo,
          expiresOn: e.expiresOn,
          qualification: `${e.scheme} ${e.qualification}`,
          modules: covering.map((m) => m.title),
          assigned: covering.length > 0 && covering.every((m) => open.has(`${e.workerId}|${m.moduleId}`)),
        };
      })
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.workerName.localeCompare(b.workerName) || a.ulo.localeCompare(b.ulo));
  }

  /** Admin: a scheme's lead time (days before a ULO lapses when its renewal is assigned). */
  async setLeadDays(schemeCode: string, days: number): Promise<number> {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('The lead time is between 1 and 365 days.');
    const [scheme] = await this.db.query<{ id: string }[]>(
      `select s.id from qualification_schemes s join qualification_frameworks f on f.id = s.framework_id where s.code = $1 order by f.imported_at desc limit 1`,
      [schemeCode],
    );
    if (!scheme) throw notFound('This scheme');
    await this.db.query(
      `insert into scheme_renewal_policies (scheme_id, lead_days) values ($1, $2) on conflict (scheme_id) do update set lead_days = excluded.lead_days, updated_at = now()`,
      [scheme.id, days],
    );
    return days;
  }

  /** The latest published version of each module of the organisation, with the ULOs it covers. */
  private async coveringModules(organisationId: string): Promise<CoveringModule[]> {
    const rows = await this.db.query<{ module_id: string; id: string; content: ModuleContent }[]>(
      `select distinct on (v.module_id) v.module_id, v.id, v.content from module_versions v
        where v.organisation_id = $1 and v.status = 'published' order by v.module_id, v.version desc`,
      [organisationId],
    );
    return rows
      .map((r) => ({
        moduleId: r.module_id,
        versionId: r.id,
        outcomes: r.content.outcomes ?? [],
        title: localise(r.content.title, r.content.languages[0] ?? 'fr', 'fr').text,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
