// Writes a checked framework file in the caller's transaction (the importer's, or the demo seed's): all or nothing.
import type { EntityManager } from 'typeorm';
import type { FrameworkFile } from './framework-file.js';
import { frameworkAlreadyImported } from './qualifications.errors.js';
import { querySingle } from '../../common/sql.js';

export interface FrameworkWritten {
  id: string;
  code: string;
  version: string;
  ulos: number;
  schemes: number;
  qualifications: number;
  mappings: number;
  agreements: number;
  tasks: number;
}

export async function writeFramework(tx: EntityManager, importedBy: string | null, file: FrameworkFile): Promise<FrameworkWritten> {
  const { framework: fw } = file;
  const [row] = await tx.query<{ id: string }[]>(
    `insert into qualification_frameworks (code, version, title, status, imported_by) values ($1, $2, $3, $4, $5)
     on conflict (code, version) do nothing returning id`,
    [fw.code, fw.version, fw.title, fw.status, importedBy],
  );
  if (!row) throw frameworkAlreadyImported(fw.code, fw.version);
  await tx.query(
    `insert into reference_ulos (framework_id, code, title, topic, eqf_level, credits, esco, knowledge, skills, autonomy)
     select $1, x.code, x.title, x.topic, x."eqfLevel", x.credits, array(select jsonb_array_elements_text(x.esco)),
            array(select jsonb_array_elements_text(x.knowledge)), array(select jsonb_array_elements_text(x.skills)),
            array(select jsonb_array_elements_text(x.autonomy))
       from jsonb_to_recordset($2::jsonb) as x(code text, title jsonb, topic text, "eqfLevel" int, credits float8, esco jsonb,
            knowledge jsonb, skills jsonb, autonomy jsonb)`,
    [row.id, JSON.stringify(file.ulos)],
  );
  let qualifications = 0;
  let mappings = 0;
  for (const s of file.schemes) {
    const scheme = await querySingle<{ id: string }>(
      tx,
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
      `insert into ulo_mappings (scheme_id, scheme_unit, ulo, coverage, note, note_fr, approved_by, approved_at)
       select $1, x."schemeUnit", x.ulo, x.coverage, x.note, x."noteFr", case when x.approved then $3::uuid end, case when x.approved then now() end
         from jsonb_to_recordset($2::jsonb) as x("schemeUnit" text, ulo text, coverage text, note text, "noteFr" text, approved boolean)`,
      [scheme.id, JSON.stringify(s.mappings), importedBy],
    );
    qualifications += s.qualifications.length;
    mappings += s.mappings.length;
  }
  // Agreements follow the same rule as mappings: approved in the file means approved by the importer.
  await tx.query(
    `insert into bilateral_agreements (framework_id, from_scheme, held, to_scheme, recognised, note, note_fr, approved_by, approved_at)
     select $1, x."fromScheme", x.held, x."toScheme", x.recognised, x.note, x."noteFr", case when x.approved then $3::uuid end, case when x.approved then now() end
       from jsonb_to_recordset($2::jsonb) as x("fromScheme" text, held text, "toScheme" text, recognised text, note text, "noteFr" text, approved boolean)`,
    [row.id, JSON.stringify(file.agreements), importedBy],
  );
  await tx.query(
    `insert into framework_tasks (framework_id, code, title, phase, professions, ulos)
     select $1, x.code, x.title, x.phase, x.professions, array(select jsonb_array_elements_text(x.ulos))
       from jsonb_to_recordset($2::jsonb) as x(code text, title jsonb, phase text, professions jsonb, ulos jsonb)`,
    [row.id, JSON.stringify(file.tasks)],
  );
  return {
    id: row.id,
    code: fw.code,
    version: fw.version,
    ulos: file.ulos.length,
    schemes: file.schemes.length,
    qualifications,
    mappings,
    agreements: file.agreements.length,
    tasks: file.tasks.length,
  };
}
