// Which elements of a site's current model a module is bound to (its latest published version's BIM steps), narrowed
// to an IFC class or a storey when staff ask: the elements that get a QR label.
import type { DataSource } from 'typeorm';
import { bindingsToRules, ifcClassAndSubclasses, localise, type ModuleContent } from '@fit/shared';
import { rulesToSql } from '../bim/bim-rules.sql.js';

export interface LabelledElement {
  globalId: string;
  ifcClass: string;
  name: string | null;
  storey: string | null;
}

export interface LabelModule {
  moduleId: string;
  title: string;
  content: ModuleContent;
}

/** A sheet of labels is for one building: far beyond a house, but bounded. */
export const MAX_LABELS = 1000;

/** The organisation's modules whose latest published version binds elements, with their title in its first language. */
export async function labelModules(db: DataSource, organisationId: string): Promise<LabelModule[]> {
  const rows = await db.query<{ module_id: string; content: ModuleContent }[]>(
    `select distinct on (v.module_id) v.module_id, v.content from module_versions v
      where v.organisation_id = $1 and v.status = 'published' order by v.module_id, v.version desc`,
    [organisationId],
  );
  return rows
    .filter((r) => r.content.steps.some((s) => s.kind === 'bim' && s.bindings.length > 0))
    .map((r) => ({ moduleId: r.module_id, content: r.content, title: localise(r.content.title, r.content.languages[0] ?? 'fr', 'fr').text }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export interface ElementFilter {
  ifcClass?: string | null;
  storey?: string | null;
}

/** The module's elements in the site's current model (none without a ready model), lowest storey first. */
export async function labelledElements(db: DataSource, siteId: string, content: ModuleContent, filter: ElementFilter = {}): Promise<LabelledElement[]> {
  const bindings = content.steps.flatMap((s) => (s.kind === 'bim' ? s.bindings : []));
  if (!bindings.length) return [];
  const condition = rulesToSql(bindingsToRules(bindings), 'e', 2);
  const params: unknown[] = [siteId, ...condition.params];
  const extra: string[] = [];
  if (filter.ifcClass) {
    params.push(ifcClassAndSubclasses(filter.ifcClass));
    extra.push(`e.ifc_class = any($${params.length}::text[])`);
  }
  if (filter.storey) {
    params.push(filter.storey);
    extra.push(`e.storey_name = $${params.length}`);
  }
  params.push(MAX_LABELS);
  return db.query<LabelledElement[]>(
    `select e.global_id as "globalId", e.ifc_class as "ifcClass", e.name, e.storey_name as storey from bim_elements e
      where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
        and ${condition.sql} ${extra.map((x) => `and ${x}`).join(' ')}
      order by e.storey_elevation nulls last, e.name nulls last, e.global_id limit $${params.length}`,
    params,
  );
}
