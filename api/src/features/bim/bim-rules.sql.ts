// Translates BIM binding rules (@fit/shared) into a SQL condition on bim_elements; the integration tests check that
// it selects exactly what the shared matcher selects.
import { ifcClassAndSubclasses, isElementsRule, type BimRule, type PropertyCondition } from '@fit/shared';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const ORDERING: Record<string, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * A condition for `alias` (a bim_elements row) true when any rule matches; parameters are numbered from
 * `firstParam`. No rules match nothing.
 */
export function rulesToSql(rules: BimRule[], alias = 'e', firstParam = 1): SqlCondition {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const column = (name: string) => `${alias}.${name}`;

  const condition = (c: PropertyCondition): string => {
    // Checked before any parameter is added: PostgreSQL refuses a parameter the statement never uses.
    if (ORDERING[c.op] && typeof c.value !== 'number') return 'false';
    // ::text: `jsonb -> $n` is ambiguous between a key and an array index.
    const name = `${p(c.name)}::text`;
    const prop = `${column('properties')} -> ${name}`;
    if (c.op === 'exists') return `(${prop}) is not null`;
    if (c.op === 'eq') return `coalesce((${prop}) = ${p(JSON.stringify(c.value ?? null))}::jsonb, false)`;
    if (c.op === 'neq') return `coalesce((${prop}) <> ${p(JSON.stringify(c.value ?? null))}::jsonb, false)`;
    // CASE, not AND: PostgreSQL may evaluate AND operands in any order, and a text value must never reach the cast.
    return `(case when jsonb_typeof(${prop}) = 'number'
      then (${column('properties')} ->> ${name})::double precision ${ORDERING[c.op]} ${p(c.value)}::double precision
      else false end)`;
  };

  const parts = rules.map((rule) => {
    if (isElementsRule(rule)) return `${column('global_id')} = any(${p(rule.globalIds)}::text[])`;
    const classes = rule.includeSubclasses === false ? [rule.ifcClass] : ifcClassAndSubclasses(rule.ifcClass);
    const clauses = [`${column('ifc_class')} = any(${p(classes)}::text[])`];
    if (rule.predefinedType) clauses.push(`upper(${column('predefined_type')}) = upper(${p(rule.predefinedType)}::text)`);
    for (const c of rule.properties ?? []) clauses.push(condition(c));
    return `(${clauses.join(' and ')})`;
  });
  return { sql: parts.length ? `(${parts.join(' or ')})` : 'false', params };
}
