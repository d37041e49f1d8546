// The skills framework catalogue: import (all or nothing), export, and the admin's approval of scheme mappings.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BilateralAgreement, FrameworkTask, Mapping, PassportCatalogueUlo, Qualification, Scheme, UloText } from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { readFrameworkFile, type FrameworkFileUlo } from './framework-file.js';
import { csvToFrameworkObject, frameworkObjectToCsv, locateErrors } from './framework-csv.js';
import { writeFramework } from './framework-writer.js';
import { invalidFrameworkFile, noFramework } from './qualifications.errors.js';
import type { FrameworkImport, FrameworkTaskModel, UloMapping } from './models/qualification.models.js';
import type { BilateralAgreementModel } from './models/agreement.models.js';
import { querySingle } from '../../common/sql.js';
import { required } from '../../common/required.js';

/** The active catalogue (the latest imported framework) in the engine's shape, with row ids beside the codes. */
export interface Catalogue {
  id: string;
  code: string;
  version: string;
  ulos: PassportCatalogueUlo[];
  schemes: CatalogueScheme[];
  tasks: FrameworkTask[];
  /** Approved bilateral agreements only: a draft one grants nothing. */
  agreements: BilateralAgreement[];
}

export interface CatalogueScheme extends Omit<Scheme, 'qualifications' | 'mappings'> {
  id: string;
  qualifications: (Qualification & { id: string })[];
  mappings: (Mapping & { id: string })[];
}

/** The active framework is the latest imported version; every read of "the framework" goes through this. */
export const ACTIVE_FRAMEWORK_ID = 'select id from qualification_frameworks order by imported_at desc, id limit 1';

const CATALOGUE = `
  with fw as (select * from qualification_frameworks where id = (${ACTIVE_FRAMEWORK_ID}))
  select fw.id, fw.code, fw.version,
    -- $1: with the details only the passport shows (outcome statements, tasks); the matrix and awards go without.
    (select coalesce(jsonb_agg(jsonb_build_object('code', u.code, 'title', u.title, 'eqfLevel', u.eqf_level)
        || case when $1 then jsonb_build_object('knowledge', u.knowledge, 'skills', u.skills, 'autonomy', u.autonomy) else '{}' end
        order by u.code), '[]')
       from reference_ulos u where u.framework_id = fw.id) as ulos,
    (select coalesce(json_agg(json_build_object('code', t.code, 'title', t.title, 'phase', t.phase, 'professions', t.professions, 'ulos', t.ulos)
        order by t.code), '[]')
       from framework_tasks t where t.framework_id = fw.id and $1) as tasks,
    (select coalesce(json_agg(json_build_object('id', s.id, 'code', s.code, 'country', s.country, 'awardingBody', s.awarding_body, 'title', s.title,
        'units', (select coalesce(json_agg(json_build_object('code', x.code, 'title', x.title) order by x.code), '[]') from scheme_units x where x.scheme_id = s.id),
        'qualifications', (select coalesce(json_agg(json_build_object('id', q.id, 'code', q.code, 'title', q.title, 'requirement', q.requirement,
              'practicalValidation', q.practical_validation, 'validityMonths', q.validity_months) order by q.code), '[]')
           from scheme_qualifications q where q.scheme_id = s.id),
        'mappings', (select coalesce(json_agg(json_build_object('id', m.id, 'schemeUnit', m.scheme_unit, 'ulo', m.ulo, 'coverage', m.coverage,
              'note', m.note, 'noteFr', m.note_fr, 'approved', m.approved_at is not null) order by m.scheme_unit, m.ulo), '[]')
           from ulo_mappings m where m.scheme_id = s.id)) order by s.code), '[]')
       from qualification_schemes s where s.framework_id = fw.id) as schemes,
    (select coalesce(json_agg(json_build_object('fromScheme', a.from_scheme, 'held', a.held, 'toScheme', a.to_scheme, 'recognised', a.recognised)
        order by a.from_scheme, a.held, a.to_scheme, a.recognised), '[]')
       from bilateral_agreements a where a.framework_id = fw.id and a.approved_at is not null) as agreements
  from fw`;

/** A task as GraphQL shows it: English and French side by side (the passport's tasks add the worker's readiness). */
export function taskModel<T extends FrameworkTask>({ title, professions, ...rest }: T): Omit<T, 'title' | 'professions'> & FrameworkTaskModel {
  return { ...rest, title: title.en, titleFr: title.fr ?? null, professions: professions.map((p) => ({ name: p.en, nameFr: p.fr ?? null })) };
}

const AGREEMENTS = `
  select a.id, a.from_scheme as "fromScheme", a.held, a.to_scheme as "toScheme", a.recognised, a.note, a.note_fr as "noteFr",
         a.approved_at is not null as approved, a.approved_at as "approvedAt"
    from bilateral_agreements a
   where a.framework_id = (${ACTIVE_FRAMEWORK_ID})`;

@Injectable()
export class FrameworkService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}


  /** Checks the whole file first, then writes it in one transaction: nothing is ever half-imported. */
  async importFramework(importedBy: string | null, json: unknown): Promise<FrameworkImport> {
    const { file, errors } = readFrameworkFile(json);
    if (!file) throw invalidFrameworkFile(errors);
    return this.db.transaction((tx) => writeFramework(tx, importedBy, file));
  }

  /** The same, from the one-CSV layout (docs/framework-csv.md); problems are named by CSV row. */
  async importFrameworkCsv(importedBy: string | null, csv: string): Promise<FrameworkImport> {
    const parsed = csvToFrameworkObject(csv);
    const { file, errors } = parsed.object ? readFrameworkFile(parsed.object) : { file: undefined, errors: [] };
    // The CSV's own problems first; the file checks can repeat one in other words (a missing scheme, say).
    const all = [...parsed.errors, ...locateErrors(errors, parsed.rowOf).filter((e) => !parsed.errors.some((p) => p.path === e.path))];
    if (!file || all.length) throw invalidFrameworkFile(all);
    return this.db.transaction((tx) => writeFramework(tx, importedBy, file));
  }

  async exportFrameworkCsv(): Promise<string> {
    return frameworkObjectToCsv((await this.exportObject()) as Parameters<typeof frameworkObjectToCsv>[0]);
  }

  /** The active catalogue; `details` adds what only the passport shows (ULO outcome statements, tasks). */
  async catalogue({ details = false }: { details?: boolean } = {}): Promise<Catalogue | null> {
    const [row] = await this.db.query<Catalogue[]>(CATALOGUE, [details]);
    return row ?? null;
  }

  /** Every field of a framework's ULOs, in code order (exports and the editor). */
  async referenceUlos(frameworkId: string): Promise<FrameworkFileUlo[]> {
    return this.db.query<FrameworkFileUlo[]>(
      `select code, title, topic, eqf_level as "eqfLevel", credits, esco, knowledge, skills, autonomy
         from reference_ulos where framework_id = $1 order by code`,
      [frameworkId],
    );
  }

  /**
   * ULOs of earlier framework versions that the active one no longer has, each from the latest version that had it:
   * modules bound to them keep reading by title after a new framework is imported.
   */
  async retiredUlos(): Promise<FrameworkFileUlo[]> {
    return this.db.query<FrameworkFileUlo[]>(
      `select distinct on (u.code) u.code, u.title, u.topic, u.eqf_level as "eqfLevel", u.credits, u.esco, u.knowledge, u.skills, u.autonomy
         from reference_ulos u join qualification_frameworks f on f.id = u.framework_id
        where u.framework_id <> (${ACTIVE_FRAMEWORK_ID})
          and not exists (select 1 from reference_ulos a where a.framework_id = (${ACTIVE_FRAMEWORK_ID}) and a.code = u.code)
        order by u.code, f.imported_at desc, f.id`,
    );
  }

  /** The active framework back in the file shape, so it can be edited and imported as a new version. */
  async exportFramework(): Promise<string> {
    return JSON.stringify(await this.exportObject(), null, 2);
  }

  /** The active framework in the file shape (see framework-file.ts), for the JSON and CSV exports. */
  async exportObject(): Promise<Record<string, unknown> & { ulos: Record<string, unknown>[]; schemes: Record<string, unknown>[] }> {
    const cat = await this.catalogue({ details: true });
    if (!cat) throw noFramework();
    const fw = await querySingle<{ title: UloText; status: string }>(this.db, 'select title, status from qualification_frameworks where id = $1', [cat.id]);
    const ulos = await this.referenceUlos(cat.id);
    const agreements = await this.agreements();
    return {
        framework: { id: cat.code, version: cat.version, name: fw.title.en, nameFr: fw.title.fr, status: fw.status },
        ulos: ulos.map((u) => ({
          id: u.code,
          title: u.title.en,
          titleFr: u.title.fr,
          topic: u.topic,
          eqfLevel: u.eqfLevel,
          creditPoints: u.credits,
          escoSkills: u.esco.map((uri) => ({ uri })),
          knowledge: u.knowledge,
          skills: u.skills,
          responsibilityAutonomy: u.autonomy,
        })),
        schemes: cat.schemes.map((s) => ({
          id: s.code,
          country: s.country,
          name: s.title?.en,
          nameLocal: s.title?.fr,
          awardingBody: s.awardingBody,
          units: s.units.map((u) => ({ id: u.code, title: u.title.en, titleLocal: u.title.fr })),
          qualifications: s.qualifications.map((q) => ({
            id: q.code,
            title: q.title.en,
            titleLocal: q.title.fr,
            requires: 'all' in q.requirement ? { all: q.requirement.all } : { nOf: q.requirement.nOf, ulos: q.requirement.of },
            practicalValidation: q.practicalValidation,
            validityMonths: q.validityMonths ?? null,
          })),
          mapping: s.mappings.map((m) => ({ schemeUnit: m.schemeUnit, referenceUlo: m.ulo, coverage: m.coverage, note: m.note, noteFr: m.noteFr ?? undefined, approved: m.approved })),
        })),
        agreements: agreements.map(({ fromScheme, held, toScheme, recognised, note, noteFr, approved }) => ({ fromScheme, held, toScheme, recognised, note, noteFr: noteFr ?? undefined, approved })),
        tasks: cat.tasks.map((t) => ({
          id: t.code,
          title: t.title.en,
          titleFr: t.title.fr,
          phase: t.phase,
          professions: t.professions.map((p) => p.en),
          professionsFr: t.professions.some((p) => p.fr) ? t.professions.map((p) => p.fr ?? '') : undefined,
          ulos: t.ulos,
        })),
    };
  }

  /** The active framework's tasks, in code order. */
  async tasks(): Promise<FrameworkTaskModel[]> {
    const rows = await this.db.query<FrameworkTask[]>(
      `select t.code, t.title, t.phase, t.professions, t.ulos from framework_tasks t
        where t.framework_id = (${ACTIVE_FRAMEWORK_ID}) order by t.code`,
    );
    return rows.map(taskModel);
  }

  /** The active framework's mappings (one scheme's, or the one with `mappingId`). */
  async mappings(schemeCode?: string | null, mappingId?: string): Promise<UloMapping[]> {
    return this.db.query<UloMapping[]>(
      `select m.id, s.code as scheme, m.scheme_unit as "schemeUnit", m.ulo, m.coverage, m.note, m.note_fr as "noteFr", m.approved_at is not null as approved, m.approved_at as "approvedAt"
         from ulo_mappings m join qualification_schemes s on s.id = m.scheme_id
        where s.framework_id = (${ACTIVE_FRAMEWORK_ID})
          and ($1::text is null or s.code = $1) and ($2::uuid is null or m.id = $2)
        order by s.code, m.scheme_unit, m.ulo`,
      [schemeCode ?? null, mappingId ?? null],
    );
  }

  async approveMapping(viewer: Viewer, mappingId: string): Promise<UloMapping> {
    if (!isUuid(mappingId)) throw notFound('This mapping');
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      'update ulo_mappings set approved_by = $2, approved_at = coalesce(approved_at, now()) where id = $1 returning id',
      [mappingId, viewer.userId],
    );
    if (!rows.length) throw notFound('This mapping');
    const [approved] = await this.mappings(null, mappingId);
    return required(approved, 'the mapping just approved');
  }

  async agreements(): Promise<BilateralAgreementModel[]> {
    return this.db.query<BilateralAgreementModel[]>(`${AGREEMENTS} order by 2, 3, 4, 5`);
  }

  async approveAgreement(viewer: Viewer, agreementId: string): Promise<BilateralAgreementModel> {
    if (!isUuid(agreementId)) throw notFound('This agreement');
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      'update bilateral_agreements set approved_by = $2, approved_at = coalesce(approved_at, now()) where id = $1 returning id',
      [agreementId, viewer.userId],
    );
    if (!rows.length) throw notFound('This agreement');
    const [row] = await this.db.query<BilateralAgreementModel[]>(`${AGREEMENTS} and a.id = $1`, [agreementId]);
    // An agreement of an older framework version is approved but no longer listed under the active one.
    if (!row) throw notFound('This agreement');
    return row;
  }
}
