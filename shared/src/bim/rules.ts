// BIM binding rules: which elements of a site's model a training module or step is about. Pure and offline-safe;
// the API runs the same rules as SQL and tests that both agree.
import { isIfcSubclassOf } from './ifc-classes.js';

export type PropertyValue = boolean | number | string;
export const PROPERTY_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists'] as const;
export type PropertyOp = (typeof PROPERTY_OPS)[number];

export interface PropertyCondition {
  /** A Pset_*Common property name as indexed, e.g. 'IsExternal', 'ThermalTransmittance', 'FireRating'. */
  name: string;
  op: PropertyOp;
  value?: PropertyValue;
}

export interface ClassRule {
  ifcClass: string;
  /** Default true: 'IfcWall' also matches 'IfcWallStandardCase'. */
  includeSubclasses?: boolean;
  predefinedType?: string;
  properties?: PropertyCondition[];
}

export interface ElementsRule {
  globalIds: string[];
}

export type BimRule = ClassRule | ElementsRule;

/** The indexed facts a rule looks at. */
export interface RuleSubject {
  globalId: string;
  ifcClass: string;
  predefinedType: string | null;
  properties: Record<string, PropertyValue>;
}

export const isElementsRule = (rule: BimRule): rule is ElementsRule => 'globalIds' in rule;

export function matchesRule(element: RuleSubject, rule: BimRule): boolean {
  if (isElementsRule(rule)) return rule.globalIds.includes(element.globalId);
  const classOk =
    rule.includeSubclasses === false ? element.ifcClass === rule.ifcClass : isIfcSubclassOf(element.ifcClass, rule.ifcClass);
  if (!classOk) return false;
  // Predefined types are enumerations: compared without regard to case, as exporters differ.
  if (rule.predefinedType && element.predefinedType?.toUpperCase() !== rule.predefinedType.toUpperCase()) return false;
  return (rule.properties ?? []).every((c) => matchesCondition(element.properties[c.name], c));
}

/** An element is bound when any of the rules matches it. */
export const matchesAnyRule = (element: RuleSubject, rules: BimRule[]) => rules.some((r) => matchesRule(element, r));

// A missing property never matches, not even `neq`: "not external" must not include walls nobody classified.
// Ordering operators apply to numbers only.
export function matchesCondition(actual: PropertyValue | undefined, condition: PropertyCondition): boolean {
  if (actual === undefined) return false;
  const { op, value } = condition;
  switch (op) {
    case 'exists':
      return true;
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    default: {
      if (typeof actual !== 'number' || typeof value !== 'number') return false;
      if (op === 'lt') return actual < value;
      if (op === 'lte') return actual <= value;
      if (op === 'gt') return actual > value;
      return actual >= value;
    }
  }
}
