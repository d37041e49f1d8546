// A network body's figures across the companies sharing with it now: counts go through the small-count rule of
// @fit/shared before they leave the server, so neither the page nor the CSV ever holds a hidden figure.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ADL_VERBS, durationSeconds, roundHours, suppressRow } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import { clauseFigures, hideByPeople } from './clause-figures.js';
import { awardsByEqfLevel, awardsByMonth, expiringSoon, monthlyActivity, ulosAwarded, workersOverPeriod } from './figures-queries.js';
import type { FigureRow, NetworkFigures } from './models/network-figures.model.js';

/** The last `count` months up to the current one (UTC), oldest first. */
export function lastMonths(count: number, now = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

const row = (label: string, columns: string[], counts: number[]): FigureRow => ({ label, columns, ...suppressRow(counts) });

@Injectable()
export class NetworkFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: SharingAgreementsService,
  ) {}

  /** A company's staff get empty figures: no company shares with a company. */
  async figures(viewer: Viewer, monthCount: number): Promise<NetworkFigures> {
    const companies = await this.agreements.sharingCompanyIds(viewer.organisationId);
    const months = lastMonths(Math.min(Math.max(Math.trunc(monthCount), 1), 24));
    const from = `${months[0]!}-01`;
    const [activity, period, awards, expiring, eqf, ulos] = companies.length
      ? await Promise.all([
          monthlyActivity(this.db, companies, from, ADL_VERBS.completed),
          workersOverPeriod(this.db, companies, from, ADL_VERBS.completed),
          awardsByMonth(this.db, companies, from),
          expiringSoon(this.db, companies),
          awardsByEqfLevel(this.db, companies, from),
          ulosAwarded(this.db, companies, from),
        ])
      : [[], 0, [], [], [], []];
    const clause = await clauseFigures(this.db, viewer.organisationId, companies, months);
    const byMonth = new Map(activity.map((a) => [a.month, a]));
    const workers = row('workersTrained', months, months.map((m) => byMonth.get(m)?.workers ?? 0));
    // The total counts each worker once, so it is not the sum of the months: hidden on its own count.
    workers.total = suppressRow([period]).total;
    const hours = months.map((m) => roundHours((byMonth.get(m)?.durations ?? []).reduce((s, d) => s + durationSeconds(d ?? undefined), 0) / 3600));
    // Hours of a month whose workers are hidden would tell how long those few people trained.
    const shownHours = hours.map((h, i) => (workers.cells[i] === null ? null : h));
    const trainingHours: FigureRow = {
      label: 'trainingHours',
      columns: months,
      cells: shownHours,
      total: shownHours.includes(null) ? null : roundHours(hours.reduce((s, h) => s + h, 0)),
    };
    const schemes = [...new Set(awards.map((a) => a.scheme))];
    const awardsByScheme = schemes.map((scheme) =>
      row(scheme, months, months.map((m) => awards.find((a) => a.scheme === scheme && a.month === m)?.n ?? 0)),
    );
    const expiringByScheme = row('expiring', expiring.map((e) => e.scheme), expiring.map((e) => e.n));
    const levels = [...new Set(eqf.map((a) => a.level))];
    const awardsByEqf = levels.map((level) =>
      row(level === null ? 'unknown' : String(level), months, months.map((m) => eqf.find((a) => a.level === level && a.month === m)?.n ?? 0)),
    );
    const uloMonth = (m: string | null) => ulos.find((u) => u.month === m);
    const ulosRow = hideByPeople('ulosAwarded', months, months.map((m) => uloMonth(m)?.ulos ?? 0), months.map((m) => uloMonth(m)?.holders ?? 0), uloMonth(null)?.holders ?? 0);
    return {
      sharingCompanies: companies.length,
      months,
      workersTrained: workers,
      trainingHours,
      awardsByScheme,
      expiringByScheme,
      awardsByEqfLevel: awardsByEqf,
      ulosAwarded: ulosRow,
      clauseHoursByTerritory: clause.byTerritory,
      clauseTargets: clause.targets,
    };
  }
}
