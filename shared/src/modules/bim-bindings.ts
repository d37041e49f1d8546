// A BIM step's bindings as the rules of the BIM feature: the same matcher (here, on the tablet) and SQL (in the API)
// then decide which elements of a site's model the step shows.
import type { BimRule, ClassRule } from '../bim/rules.js';
import { isElementsBinding, type BimBinding } from './content.js';

export function bindingsToRules(bindings: readonly BimBinding[]): BimRule[] {
  return bindings.map((binding): BimRule => {
    if (isElementsBinding(binding)) return { globalIds: [...binding.globalIds] };
    const rule: ClassRule = { ifcClass: binding.ifcClass, includeSubclasses: true };
    if (binding.predefinedType) rule.predefinedType = binding.predefinedType;
    if (binding.where?.length) rule.properties = binding.where.map((w) => ({ name: w.property, op: w.op ?? 'eq', value: w.equals }));
    return rule;
  });
}
