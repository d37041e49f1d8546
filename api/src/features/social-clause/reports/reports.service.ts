// A facilitator's clause reports: one contract, or every contract of their body in a year. Figures come from
// validated declarations of companies sharing with the body; showing the categories is a read, and is logged.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../common/auth/viewer.js';
import { badInput, forbidden } from '../../../common/errors/domain-error.js';
import { facilitatorAccess } from '../access.js';
import { logEligibilityReads } from '../participants.service.js';
import { SharingAgreementsService } from '../../network/sharing-agreements.service.js';
import { monthsBetween, reportLines, reportTotals, type ReportLine, type ReportTotals } from './report-data.js';
import { REPORT_LABELS, type ReportLanguage } from './report-labels.js';
import type { ReportHeader } from './report-pdf.js';

export interface ClauseReport {
  header: ReportHeader;
  lines: ReportLine[];
  totals: ReportTotals;
  fileName: string;
}

@Injectable()
export class ClauseReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sharing: SharingAgreementsService,
  ) {}

  async contractReport(viewer: Viewer, contractId: string, lang: ReportLanguage): Promise<ClauseReport> {
    const t = REPORT_LABELS[lang];
    return this.db.transaction(async (tx) => {
      const { contract, companyIds } = await facilitatorAccess(tx, viewer, contractId);
      const months = monthsBetween(contract.starts_on.slice(0, 7), contract.ends_on.slice(0, 7));
      const raw = await reportLines(tx, [contract.id], companyIds, months[0]!, months[months.length - 1]!);
      // The reason in the report's language: the company's admin reads it in their log.
      await logEligibilityReads(tx, viewer, raw.people, `${t.contractHeading} ${contract.reference}`);
      const lots = await tx.query<{ label: string; target: string }[]>('select label, target_hours as target from clause_lots where contract_id = $1 order by label', [contract.id]);
      const target = lots.reduce((s, l) => s + Number(l.target), 0);
      const totals = reportTotals(raw.lines, months, target, new Map(lots.map((l) => [l.label, Number(l.target)])));
      const facts: [string, string][] = [
        [t.buyer, contract.buyer],
        [t.reference, contract.reference],
        [t.period, `${contract.starts_on} – ${contract.ends_on}`],
      ];
      if (contract.territory_name) facts.push([t.territory, contract.territory_name]);
      const safe = contract.reference.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60);
      return { header: { heading: 'contract', title: contract.title, facts }, lines: raw.lines, totals, fileName: `clause-${safe}` };
    });
  }

  async yearlyReport(viewer: Viewer, year: number, lang: ReportLanguage): Promise<ClauseReport> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('Give a year, e.g. 2026.', { field: 'year', problem: 'badYear' });
    if (viewer.role !== 'facilitator') throw forbidden('Only a facilitator makes the yearly report.');
    const t = REPORT_LABELS[lang];
    return this.db.transaction(async (tx) => {
      const contracts = await tx.query<{ id: string; starts_on: string; ends_on: string; target: string | null; label_targets: { label: string; target: number }[] }[]>(
        `select c.id, c.starts_on::text as starts_on, c.ends_on::text as ends_on,
                (select sum(l.target_hours) from clause_lots l where l.contract_id = c.id) as target
           from clause_contracts c
          where c.network_organisation_id = $1 and c.starts_on <= make_date($2, 12, 31) and c.ends_on >= make_date($2, 1, 1)`,
        [viewer.organisationId, year],
      );
      const companyIds = await this.sharing.sharingCompanyIds(viewer.organisationId);
      const months = monthsBetween(`${year}-01`, `${year}-12`);
      const raw = await reportLines(tx, contracts.map((c) => c.id), companyIds, months[0]!, months[11]!);
      await logEligibilityReads(tx, viewer, raw.people, `${t.yearlyHeading} ${year}`);
      // The year's share of each contract's target, by the months of the contract that fall in the year.
      const target = contracts.reduce((sum, c) => {
        const all = monthsBetween(c.starts_on.slice(0, 7), c.ends_on.slice(0, 7));
        return sum + (Number(c.target ?? 0) * all.filter((m) => m.startsWith(`${year}-`)).length) / all.length;
      }, 0);
      const totals = reportTotals(raw.lines, months, Math.round(target), new Map());
      const [body] = await tx.query<{ name: string }[]>('select name from organisations where id = $1', [viewer.organisationId]);
      return {
        header: { heading: 'yearly', title: `${body?.name ?? ''} — ${year}`, facts: [[t.period, `${year}-01-01 – ${year}-12-31`], [t.contract, String(contracts.length)]] },
        lines: raw.lines,
        totals,
        fileName: `clause-${year}`,
      };
    });
  }
}
