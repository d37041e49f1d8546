// Which elements a viewer highlights for a set of binding rules (a BIM step's), wherever the model came from.
import { matchesAnyRule, type BimRule } from '@fit/shared';
import { useEffect, useMemo, useState } from 'react';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { RecommendedElementsQuery } from '../api/bim.queries';
import type { CompactScene } from '../compactScene';
import type { IfcScene } from '../ifcScene';
import { ruleToFilter } from '../ruleFilter';

/**
 * The GlobalIds the rules select: matched here from the compact geometry's facts (offline), or asked of the API's
 * index when the model came from the IFC file. Undefined when there are no rules, or while the answer is pending.
 */
export function useRuleMatches(model: IfcScene | undefined, rules: readonly BimRule[] | undefined, modelId: string | undefined): string[] | undefined {
  const client = useGraphQLClient();
  const rulesKey = JSON.stringify(rules ?? null);
  const local = useMemo(() => {
    if (!model || !rules || !('facts' in model)) return undefined;
    const facts = (model as CompactScene).facts;
    return [...facts.values()].filter((f) => matchesAnyRule(f, rules as BimRule[])).map((f) => f.globalId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rulesKey stands for the rules' value
  }, [model, rulesKey]);
  const [remote, setRemote] = useState<{ model: IfcScene; ids: string[] } | null>(null);
  useEffect(() => {
    if (!model || !rules || 'facts' in model || !modelId) return;
    let live = true;
    const parsed = JSON.parse(rulesKey) as BimRule[];
    Promise.all(parsed.map((rule) => client.request(RecommendedElementsQuery, { modelId, filter: { ...ruleToFilter(rule), limit: 1000 } })))
      .then((pages) => {
        if (live) setRemote({ model, ids: [...new Set(pages.flatMap((p) => p.modelElements.items.map((e) => e.globalId)))] });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rulesKey stands for the rules' value
  }, [model, rulesKey, modelId, client]);
  if (!rules) return undefined;
  return local ?? (remote && remote.model === model ? remote.ids : []);
}
