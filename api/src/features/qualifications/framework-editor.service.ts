// Admins edit the active framework in place: awards point at its qualification rows, so an edit is no new version.
// Each edit is judged by the importer's checks on the whole framework with the change applied (framework-edit.ts);
// only then are the changed row and its audit row written, in one transaction that holds the framework row so two
// admins' edits queue up instead of judging the same old state.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Requirement, UloText } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { notFound } from '../../common/errors/domain-error.js';
import { readFrameworkFile, type FrameworkFileUlo } from './framework-file.js';
import {
  applyEdit,
  changeAction,
  changeCode,
  changedFields,
  changeSummary,
  checkedRow,
  type FrameworkEdit,
  type FrameworkObject,
  type MappingEdit,
  type QualificationEdit,
  type UloEdit,
} from './framework-edit.js';
import { ACTIVE_FRAMEWORK_ID, FrameworkService } from './framework.service.js';
import type { FrameworkChangeKind } from './framework-change.entity.js';
import { frameworkReplaced, invalidFrameworkEdit, noFramework } from './qualifications.errors.js';
import type { UloMapping } from './models/qualification.models.js';
import type { FrameworkCatalogue, FrameworkChange, ReferenceUlo, SchemeQualification } from './models/framework-editor.models.js';

type Row = Record<string, unknown>;
type CheckedQualification = { code: string; title: UloText; requirement: Requirement; practicalValidation: boolean; validityMonths: number | null };
type CheckedMapping = { schemeUnit: string; ulo: string; coverage: string; note: string; noteFr: string | null };

const ACTIVE = `select id, code, version from qualification_frameworks where id = (${ACTIVE_FRAMEWORK_ID})`;
const KIND: Record<FrameworkEdit['kind'], FrameworkChangeKind> = { ulo: 'ulo', qualification: 'qualification', mapping: 'mapping', mappingRemoval: 'mapping' };

@Injectable()
export class FrameworkEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly framework: FrameworkService,
  ) {}

  async saveUlo(viewer: Viewer, edit: Omit<UloEdit, 'kind'>): Promise<ReferenceUlo> {
    return uloModel((await this.edit(viewer, { kind: 'ulo', ...edit })) as unknown as FrameworkFileUlo);
  }

  async updateQualification(viewer: Viewer, edit: Omit<QualificationEdit, 'kind'>): Promise<SchemeQualification> {
    return qualificationModel(edit.scheme, (await this.edit(viewer, { kind: 'qualification', ...edit })) as unknown as CheckedQualification);
  }

  async saveMapping(viewer: Viewer, edit: Omit<MappingEdit, 'kind'>): Promise<UloMapping> {
    await this.edit(viewer, { kind: 'mapping', ...edit });
    const all = await this.framework.mappings(edit.scheme);
    return all.find((m) => m.schemeUnit === edit.schemeUnit && m.ulo === edit.ulo)!;
  }

  async removeMapping(viewer: Viewer, mappingId: string): Promise<boolean> {
    const [mapping] = isUuid(mappingId) ? await this.framework.mappings(null, mappingId) : [];
    if (!mapping) throw notFound('This mapping');
    await this.edit(viewer, { kind: 'mappingRemoval', scheme: mapping.scheme, schemeUnit: mapping.schemeUnit, ulo: mapping.ulo });
    return true;
  }

  /** The latest edits of the active framework, newest first. */
  async changes(limit: number): Promise<FrameworkChange[]> {
    const rows = await this.db.query<(Omit<FrameworkChange, 'action' | 'fields' | 'summary'> & { before: Row | null; after: Row | null })[]>(
      `select c.id, c.kind, c.code, c.before, c.after, c.changed_at as "changedAt", u.display_name as "changedBy"
         from framework_changes c left join users u on u.id = c.changed_by
        where c.framework_id = (${ACTIVE_FRAMEWORK_ID})
        order by c.changed_at desc, c.id desc limit $1`,
      [Math.min(Math.max(Math.trunc(limit), 1), 100)],
    );
    return rows.map(({ before, after, ...row }) => {
      const action = changeAction(before, after);
      const fields = action === 'changed' ? changedFields(before, after) : [];
      return { ...row, action, fields, summary: changeSummary(action, fields) };
    });
  }

  /** The active framework in full: every field of its ULOs, and its schemes' units and qualifications. */
  async catalogue(): Promise<FrameworkCatalogue | null> {
    const cat = await this.framework.catalogue();
    if (!cat) return null;
    const ulos = await this.framework.referenceUlos(cat.id);
    return {
      id: cat.id,
      code: cat.code,
      version: cat.version,
      ulos: ulos.map(uloModel),
      schemes: cat.schemes.map((s) => ({
        code: s.code,
        country: s.country,
        awardingBody: s.awardingBody,
        title: s.title?.en ?? s.code,
        titleFr: s.title?.fr ?? null,
        units: s.units.map((u) => ({ code: u.code, title: u.title.en, titleFr: u.title.fr ?? null })),
        qualifications: s.qualifications.map((q) => qualificationModel(s.code, { ...q, validityMonths: q.validityMonths ?? null })),
      })),
    };
  }

  /** The active framework's ULOs (none before any import), for lists where staff pick or read ULOs by title. */
  async ulos(): Promise<ReferenceUlo[]> {
    const cat = await this.framework.catalogue();
    return cat ? (await this.framework.referenceUlos(cat.id)).map(uloModel) : [];
  }

  async retiredUlos(): Promise<ReferenceUlo[]> {
    return (await this.framework.retiredUlos()).map(uloModel);
  }

  /** Checks the framework with the edit applied; writes the changed row and its audit row. Returns the row as checked. */
  private edit(viewer: Viewer, edit: FrameworkEdit): Promise<Row | null> {
    return this.db.transaction(async (tx) => {
      const [active] = await tx.query<{ id: string; code: string; version: string }[]>(`${ACTIVE} for update`);
      if (!active) throw noFramework();
      // Read outside this transaction: the lock above keeps other edits out, and a new import shows in the version.
      const original = (await this.framework.exportObject()) as FrameworkObject & { framework: { id: string; version: string } };
      if (original.framework.id !== active.code || original.framework.version !== active.version) throw frameworkReplaced();
      const applied = applyEdit(original, edit);
      if ('missing' in applied) throw notFound(applied.missing);
      if ('problems' in applied) throw invalidFrameworkEdit(applied.problems);
      const { file, errors } = readFrameworkFile(applied.file);
      if (!file) throw invalidFrameworkEdit(errors);
      // The active framework passed these same checks when imported and at every edit since.
      const previous = readFrameworkFile(original).file;
      const before = applied.created || !previous ? null : checkedRow(previous, edit);
      const after = checkedRow(file, edit);
      if (before && after && changedFields(before, after).length === 0) return after;
      await writeRow(tx, active.id, edit, after);
      await tx.query('insert into framework_changes (framework_id, changed_by, kind, code, before, after) values ($1, $2, $3, $4, $5, $6)', [
        active.id,
        viewer.userId,
        KIND[edit.kind],
        changeCode(edit),
        before && JSON.stringify(before),
        after && JSON.stringify(after),
      ]);
      return after;
    });
  }
}

/** A mapping saved with the same coverage and note keeps its approval (its French note alone may have changed). */
const SAME_BASIS = '(ulo_mappings.coverage, ulo_mappings.note) is not distinct from (excluded.coverage, excluded.note)';

/** Writes only the edited row, as the checks read it; a changed mapping loses its approval (see applyEdit). */
async function writeRow(tx: EntityManager, frameworkId: string, edit: FrameworkEdit, row: Row | null): Promise<void> {
  if (edit.kind === 'ulo') {
    const u = row as unknown as FrameworkFileUlo;
    await tx.query(
      `insert into reference_ulos (framework_id, code, title, topic, eqf_level, credits, esco, knowledge, skills, autonomy)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (framework_id, code) do update set title = excluded.title, topic = excluded.topic, eqf_level = excluded.eqf_level,
         credits = excluded.credits, esco = excluded.esco, knowledge = excluded.knowledge, skills = excluded.skills, autonomy = excluded.autonomy`,
      [frameworkId, u.code, JSON.stringify(u.title), u.topic, u.eqfLevel, u.credits, u.esco, u.knowledge, u.skills, u.autonomy],
    );
    return;
  }
  const scheme = `select id from qualification_schemes where framework_id = $1 and code = $2`;
  if (edit.kind === 'qualification') {
    const q = row as unknown as CheckedQualification;
    await tx.query(
      `update scheme_qualifications set title = $4, requirement = $5, practical_validation = $6, validity_months = $7
        where scheme_id = (${scheme}) and code = $3`,
      [frameworkId, edit.scheme, q.code, JSON.stringify(q.title), JSON.stringify(q.requirement), q.practicalValidation, q.validityMonths],
    );
    return;
  }
  if (edit.kind === 'mappingRemoval') {
    await tx.query(`delete from ulo_mappings where scheme_id = (${scheme}) and scheme_unit = $3 and ulo = $4`, [frameworkId, edit.scheme, edit.schemeUnit, edit.ulo]);
    return;
  }
  const m = row as unknown as CheckedMapping;
  await tx.query(
    `insert into ulo_mappings (scheme_id, scheme_unit, ulo, coverage, note, note_fr) values ((${scheme}), $3, $4, $5, $6, $7)
     on conflict (scheme_id, scheme_unit, ulo) do update set coverage = excluded.coverage, note = excluded.note, note_fr = excluded.note_fr,
       approved_by = case when ${SAME_BASIS} then ulo_mappings.approved_by end,
       approved_at = case when ${SAME_BASIS} then ulo_mappings.approved_at end`,
    [frameworkId, edit.scheme, m.schemeUnit, m.ulo, m.coverage, m.note, m.noteFr],
  );
}

function uloModel(u: FrameworkFileUlo): ReferenceUlo {
  return { ...u, title: u.title.en, titleFr: u.title.fr ?? null };
}

function qualificationModel(scheme: string, q: CheckedQualification): SchemeQualification {
  const r = q.requirement;
  return {
    scheme,
    code: q.code,
    title: q.title.en,
    titleFr: q.title.fr ?? null,
    units: 'all' in r ? r.all : r.of,
    nOf: 'all' in r ? null : r.nOf,
    practicalValidation: q.practicalValidation,
    validityMonths: q.validityMonths,
  };
}
