// Tender requirements of a site (staff of the site's organisation only) and the crew's check against them, computed
// by the shared engine from the same evidence as passports. The check's round trips do not grow with the crew.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { passportUlos, recognition, uloValidity, type UloEvidence } from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { todayAtSite } from '../sites/site-today.js';
import { FrameworkService, type Catalogue } from '../qualifications/framework.service.js';
import { QualificationsService } from '../qualifications/qualifications.service.js';
import { SitesService } from '../sites/sites.service.js';
import { compileCatalogue, statusesOf, type CompiledCatalogue } from '../qualifications/statuses.js';
import type { CreateTenderRequirementInput, SiteTenderCheck, TenderRequirement, TenderRequirementInput } from './models/tender.models.js';
import { queryRows } from '../../common/sql.js';
import { required } from '../../common/required.js';

const COLUMNS = `id, site_id as "siteId", title, clause, ulos, qualifications, created_at as "createdAt", updated_at as "updatedAt"`;

@Injectable()
export class TenderRequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly framework: FrameworkService,
    private readonly qualifications: QualificationsService,
    private readonly sites: SitesService,
  ) {}

  async list(viewer: Viewer, siteId: string): Promise<TenderRequirement[]> {
    await this.sites.ownedOrFail(viewer, siteId);
    return queryRows<TenderRequirement>(this.db, `select ${COLUMNS} from tender_requirements where site_id = $1 and organisation_id = $2 order by created_at, id`, [
      siteId,
      viewer.organisationId,
    ]);
  }

  async create(viewer: Viewer, input: CreateTenderRequirementInput): Promise<TenderRequirement> {
    await this.sites.ownedOrFail(viewer, input.siteId);
    const clean = await this.checked(input);
    const [row] = await this.db.query<TenderRequirement[]>(
      `insert into tender_requirements (organisation_id, site_id, title, clause, ulos, qualifications, created_by)
       values ($1, $2, $3, $4, $5, $6, $7) returning ${COLUMNS}`,
      [viewer.organisationId, input.siteId, clean.title, clean.clause, clean.ulos, clean.qualifications, viewer.userId],
    );
    return required(row, 'the inserted tender requirement');
  }

  async update(viewer: Viewer, id: string, input: TenderRequirementInput): Promise<TenderRequirement> {
    if (!isUuid(id)) throw notFound('This tender requirement');
    const clean = await this.checked(input);
    const [rows] = await this.db.query<[TenderRequirement[], number]>(
      `update tender_requirements set title = $3, clause = $4, ulos = $5, qualifications = $6, updated_at = now()
        where id = $1 and organisation_id = $2 returning ${COLUMNS}`,
      [id, viewer.organisationId, clean.title, clean.clause, clean.ulos, clean.qualifications],
    );
    const [row] = rows;
    if (!row) throw notFound('This tender requirement');
    return row;
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('This tender requirement');
    const [, count] = await this.db.query<[unknown[], number]>('delete from tender_requirements where id = $1 and organisation_id = $2', [id, viewer.organisationId]);
    if (!count) throw notFound('This tender requirement');
    return true;
  }

  /** Each requirement, each crew member (workers on the site's crew) met or not, what is missing, and the share met. */
  async check(viewer: Viewer, siteId: string): Promise<SiteTenderCheck> {
    const requirements = await this.list(viewer, siteId);
    const crew = await this.db.query<{ id: string; display_name: string }[]>(
      `select u.id, u.display_name from site_members sm join memberships m on m.user_id = sm.user_id and m.organisation_id = $2 and m.role = 'worker'
         join users u on u.id = sm.user_id where sm.site_id = $1 order by u.display_name, u.id`,
      [siteId, viewer.organisationId],
    );
    const cat = requirements.length ? await this.framework.catalogue() : null;
    const evidence = cat ? await this.qualifications.evidence(crew.map((c) => c.id)) : new Map();
    const date = await todayAtSite(this.db.manager, siteId);
    // The catalogue is compiled once for the whole crew, not once per member.
    const compiled = cat && { statuses: compileCatalogue(cat), validity: uloValidity(cat) };
    const standing = new Map(
      crew.map((c) => [c.id, cat && compiled ? heldBy(cat, compiled, evidence.get(c.id) ?? [], date) : { ulos: new Set<string>(), qualifications: new Set<string>() }]),
    );
    return {
      siteId,
      requirements: requirements.map((requirement) => {
        const members = crew.map((c) => {
          const s = standing.get(c.id)!;
          const missingUlos = requirement.ulos.filter((u) => !s.ulos.has(u));
          const missingQualifications = requirement.qualifications.filter((q) => !s.qualifications.has(q));
          return { workerId: c.id, displayName: c.display_name, met: !missingUlos.length && !missingQualifications.length, missingUlos, missingQualifications };
        });
        const metCount = members.filter((m) => m.met).length;
        return { requirement, crewSize: crew.length, metCount, metPercent: crew.length ? Math.round((metCount / crew.length) * 1000) / 10 : 0, members };
      }),
    };
  }

  private async checked(input: TenderRequirementInput) {
    const ulos = [...new Set(input.ulos.map((u) => u.trim()).filter(Boolean))];
    const qualifications = [...new Set(input.qualifications.map((q) => q.trim()).filter(Boolean))];
    if (!ulos.length && !qualifications.length) throw badInput('A tender requirement names at least one ULO or qualification.');
    const cat = await this.framework.catalogue();
    if (!cat) throw badInput('Import a reference framework before setting tender requirements.');
    const knownUlos = new Set(cat.ulos.map((u) => u.code));
    const knownQualifications = new Set(cat.schemes.flatMap((s) => s.qualifications.map((q) => q.code)));
    const unknown = [...ulos.filter((u) => !knownUlos.has(u)), ...qualifications.filter((q) => !knownQualifications.has(q))];
    if (unknown.length) throw badInput(`Not in the reference framework: ${unknown.join(', ')}.`, { unknown });
    return { title: input.title.trim(), clause: input.clause?.trim() ?? '', ulos, qualifications };
  }

}

/** ULOs held (live) and qualifications held or fully recognised (through the ULOs or an approved agreement). */
function heldBy(cat: Catalogue, compiled: { statuses: CompiledCatalogue; validity: Map<string, number> }, evidence: UloEvidence[], date: string) {
  const ulos = new Set(passportUlos(cat, evidence, date, compiled.validity).filter((u) => u.state === 'held').map((u) => u.code));
  const statuses = statusesOf(cat, evidence, date, compiled.statuses, false).filter((s) => s.state === 'held' || s.state === 'expiring');
  const qualifications = new Set(statuses.map((s) => s.qualification));
  for (const s of statuses) {
    const scheme = cat.schemes.find((x) => x.code === s.scheme)!;
    const qualification = scheme.qualifications.find((q) => q.code === s.qualification)!;
    for (const other of cat.schemes.filter((x) => x.code !== scheme.code))
      for (const r of recognition({ scheme, qualification, unitsHeld: s.unitsMet }, other, { agreements: cat.agreements }))
        if (r.coverage === 'full') qualifications.add(r.qualification);
  }
  return { ulos, qualifications };
}
