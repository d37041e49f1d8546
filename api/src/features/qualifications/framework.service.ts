// The skills framework catalogue: import (all or nothing), export, and the admin's approval of scheme mappings.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Mapping, Qualification, Scheme, UloText } from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { readFrameworkFile, type FrameworkFile } from './framework-file.js';
import { frameworkAlreadyImported, invalidFrameworkFile, noFramework } from './qualifications.errors.js';
import type { FrameworkImport, UloMapping } from './models/qualification.models.js';

/** The active catalogue (the latest imported framework) in the engine's shape, with row ids beside the codes. */
export interface Catalogue {
  id: string;
  code: string;
  version: string;
  ulos: { code: string; title: UloText; eqfLevel: number }[];
  schemes: CatalogueScheme[];
}

export interface CatalogueScheme extends Omit<Scheme, 'qualifications' | 'mappings'> {
  id: string;
  qualifications: (Qualification & { id: string })[];
  mappings: (Mapping & { id: string })[];
}

const CATALOGUE = `
  with fw as (select * from qualification_frameworks order by imported_at desc, id limit 1)
  select fw.id, fw.code, fw.version,
    (select coalesce(json_agg(json_build_object('code', u.code, 'title', u.title, 'eqfLevel', u.eqf_level) order by u.code), '[]')
       from reference_ulos u where u.framework_id = fw.id) as ulos,
    (select coalesce(json_agg(json_build_object('id', s.id, 'code', s.code, 'country', s.country, 'awardingBody', s.awarding_body, 'title', s.title,
        'units', (select coalesce(json_agg(json_build_object('code', x.code, 'title', x.title) order by x.code), '[]') from scheme_units x where x.scheme_id = s.id),
        'qualifications', (select coalesce(json_agg(json_build_object('id', q.id, 'code', q.code, 'title', q.title, 'requirement', q.requirement,
              'practicalValidation', q.practical_validation, 'validityMonths', q.validity_months) order by q.code), '[]')
           from scheme_qualifications q where q.scheme_id = s.id),
        'mappings', (select coalesce(json_agg(json_build_object('id', m.id, 'schemeUnit', m.scheme_unit, 'ulo', m.ulo, 'coverage', m.coverage,
              'note', m.note, 'approved', m.approved_at is not null) order by m.scheme_unit, m.ulo), '[]')
           from ulo_mappings m where m.scheme_id = s.id)) order by s.code), '[]')
       from qualification_schemes s where s.framework_id = fw.id) as schemes
  from fw`;

@Injectable()
export class FrameworkService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}


  /** Checks the whole file first, then writes it in one transaction: nothing is ever half-imported. */
  async importFramework(importedBy: string | null, json: unknown): Promise<FrameworkImport> {
    const { file, errors } = readFrameworkFile(json);
    if (!file) throw invalidFrameworkFile(errors);
    return this.db.transaction((tx) => this.write(tx, importedBy, file));
  }

  private async write(tx: EntityManager, importedBy: string | null, file: FrameworkFile): Promise<FrameworkImport> {
    const { framework: fw } = file;
    const [row] = await tx.query<{ id: string }[]>(
      `insert into qualification_frameworks (code, version, title, status, imported_by) values ($1, $2, $3, $4, $5)
       on conflict (code, version) do nothing returning id`,
      [fw.code, fw.version, fw.title, fw.status, importedBy],
    );
    if (!row) throw frameworkAlreadyImported(fw.code, fw.version);
    await tx.query(
      `insert into reference_ulos (framework_id, code, title, topic, eqf_level, credits, esco)
       select $1, x.code, x.title, x.topic, x."eqfLevel", x.credits, array(select jsonb_array_elements_text(x.esco))
         from jsonb_to_recordset($2::jsonb) as x(code text, title jsonb, topic text, "eqfLevel" int, credits float8, esco jsonb)`,
      [row.id, JSON.stringify(file.ulos)],
    );
    let qualifications = 0;
    let mappings = 0;
    for (const s of file.schemes) {
      const [scheme] = await tx.query<{ id: string }[]>(
        'insert into qualification_schemes (framework_id, code, country, awarding_body, title) values ($1, $2, $3, $4, $5) returning id',
        [row.id, s.code, s.country, s.awardingBody, s.title],
      );
      await tx.query(
        `insert into scheme_units (scheme_id, code, title) select $1, x.code, x.title from jsonb_to_recordset($2::jsonb) as x(code text, title jsonb)`,
        [scheme.id, JSON.stringify(s.units)],
      );
      await tx.query(
        `insert into scheme_qualifications (scheme_id, code, title, requirement, practical_validation, validity_months)
         select $1, x.code, x.title, x.requirement, x."practicalValidation", x."validityMonths"
           from jsonb_to_recordset($2::jsonb) as x(code text, title jsonb, requirement jsonb, "practicalValidation" boolean, "validityMonths" int)`,
        [scheme.id, JSON.stringify(s.qualifications)],
      );
      // A mapping marked approved in the file is approved by whoever imports it; the others wait for an admin.
      await tx.query(
        `insert into ulo_mappings (scheme_id, scheme_unit, ulo, coverage, note, approved_by, approved_at)
         select $1, x."schemeUnit", x.ulo, x.coverage, x.note, case when x.approved then $3::uuid end, case when x.approved then now() end
           from jsonb_to_recordset($2::jsonb) as x("schemeUnit" text, ulo text, coverage text, note text, approved boolean)`,
        [scheme.id, JSON.stringify(s.mappings), importedBy],
      );
      qualifications += s.qualifications.length;
      mappings += s.mappings.length;
    }
    return { id: row.id, code: fw.code, version: fw.version, ulos: file.ulos.length, schemes: file.schemes.length, qualifications, mappings };
  }

  async catalogue(manager: EntityManager = this.db.manager): Promise<Catalogue | null> {
    const [row] = await manager.query<Catalogue[]>(CATALOGUE);
    return row ?? null;
  }

  /** The active framework back in the file shape, so it can be edited and imported as a new version. */
  async exportFramework(): Promise<string> {
    const cat = await this.catalogue();
    if (!cat) throw noFramework();
    const [fw] = await this.db.query<{ title: UloText; status: string }[]>('select title, status from qualification_frameworks where id = $1', [cat.id]);
    const ulos = await this.db.query<Record<string, unknown>[]>(
      'select code, title, topic, eqf_level, credits, esco from reference_ulos where framework_id = $1 order by code',
      [cat.id],
    );
    return JSON.stringify(
      {
        framework: { id: cat.code, version: cat.version, name: fw.title.en, nameFr: fw.title.fr, status: fw.status },
        ulos: ulos.map((u) => ({
          id: u.code,
          title: (u.title as UloText).en,
          titleFr: (u.title as UloText).fr,
          topic: u.topic,
          eqfLevel: u.eqf_level,
          creditPoints: u.credits,
          escoSkills: (u.esco as string[]).map((uri) => ({ uri })),
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
          mapping: s.mappings.map((m) => ({ schemeUnit: m.schemeUnit, referenceUlo: m.ulo, coverage: m.coverage, note: m.note, approved: m.approved })),
        })),
      },
      null,
      2,
    );
  }

  async mappings(schemeCode?: string | null): Promise<UloMapping[]> {
    return this.db.query<UloMapping[]>(
      `select m.id, s.code as scheme, m.scheme_unit as "schemeUnit", m.ulo, m.coverage, m.note, m.approved_at is not null as approved, m.approved_at as "approvedAt"
         from ulo_mappings m join qualification_schemes s on s.id = m.scheme_id
        where s.framework_id = (select id from qualification_frameworks order by imported_at desc, id limit 1)
          and ($1::text is null or s.code = $1)
        order by s.code, m.scheme_unit, m.ulo`,
      [schemeCode ?? null],
    );
  }

  async approveMapping(viewer: Viewer, mappingId: string): Promise<UloMapping> {
    if (!isUuid(mappingId)) throw notFound('This mapping');
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      'update ulo_mappings set approved_by = $2, approved_at = coalesce(approved_at, now()) where id = $1 returning id',
      [mappingId, viewer.userId],
    );
    if (!rows.length) throw notFound('This mapping');
    return (await this.mappings()).find((m) => m.id === mappingId)!;
  }
}
