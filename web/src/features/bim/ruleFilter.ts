// A binding rule as the API's element filter (one rule per request), for viewers that ask the index.
import { isElementsRule, type BimRule } from '@fit/shared';
import type { ElementFilterInput, BimPropertyOp } from '../../graphql/generated/graphql';

export function ruleToFilter(rule: BimRule): ElementFilterInput {
  if (isElementsRule(rule)) return { globalIds: [...rule.globalIds] };
  return {
    ifcClass: rule.ifcClass,
    includeSubclasses: rule.includeSubclasses ?? true,
    predefinedType: rule.predefinedType ?? null,
    properties: rule.properties?.map((c) => ({
      name: c.name,
      op: c.op as BimPropertyOp,
      boolValue: typeof c.value === 'boolean' ? c.value : null,
      numberValue: typeof c.value === 'number' ? c.value : null,
      stringValue: typeof c.value === 'string' ? c.value : null,
    })),
  };
}
