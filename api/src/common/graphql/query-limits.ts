// Validation rule that refuses queries too deep, too costly or with too many aliases, before anything runs.
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 5000, maxAliases: 30 };

/** A list field is assumed to return this many items unless it takes a `first`/`limit` argument. */
const ASSUMED_LIST_SIZE = 10;

export const QUERY_LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES']);

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(node) {
        const root = context.getSchema().getRootType(node.operation);
        if (!root) return;
        const m = measure(context, fragments, node.selectionSet, root, 0, new Map());
        const report = (code: string, message: string, extra: Record<string, number>) =>
          context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code, ...extra } }));
        if (m.depth > limits.maxDepth) {
          report('QUERY_TOO_DEEP', `The query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`, {
            depth: m.depth,
            maxDepth: limits.maxDepth,
          });
        }
        if (m.cost > limits.maxCost) {
          report('QUERY_TOO_COMPLEX', `The query would cost ${m.cost} points; the limit is ${limits.maxCost}. Ask for fewer fields or smaller lists.`, {
            cost: m.cost,
            maxCost: limits.maxCost,
          });
        }
        if (m.aliases > limits.maxAliases) {
          report('TOO_MANY_ALIASES', `The query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`, {
            aliases: m.aliases,
            maxAliases: limits.maxAliases,
          });
        }
      },
    };
  };
}

/**
 * A fragment's measure is kept once computed (relative to where it is spread), so a fragment spread many times,
 * or a chain of fragments each spreading the next twice, costs one walk instead of doubling at every step.
 * `undefined` marks a fragment being measured: a cycle, which GraphQL's own rule reports.
 */
type FragmentMeasures = Map<string, Measure | undefined>;

function measure(
  context: ValidationContext,
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  depth: number,
  measured: FragmentMeasures,
): Measure {
  const total: Measure = { depth, cost: 0, aliases: 0 };
  const add = (m: Measure) => {
    total.depth = Math.max(total.depth, m.depth);
    total.cost += m.cost;
    total.aliases += m.aliases;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is off in production; in development its standard query is deeper than any product query.
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const aliases = selection.alias ? 1 : 0;
      if (!field || !selection.selectionSet) {
        add({ depth: depth + 1, cost: 1, aliases });
        continue;
      }
      const child = measure(context, fragments, selection.selectionSet, getNamedType(field.type), depth + 1, measured);
      const multiplier = returnsList(field.type) ? listSize(selection.arguments ?? []) : 1;
      add({ depth: child.depth, cost: 1 + multiplier * child.cost, aliases: aliases + multiplier * child.aliases });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
      add(measure(context, fragments, selection.selectionSet, type ?? parent, depth, measured));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment) continue;
      if (!measured.has(name)) {
        measured.set(name, undefined);
        const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
        measured.set(name, measure(context, fragments, fragment.selectionSet, type, 0, measured));
      }
      const own = measured.get(name);
      if (own) add({ ...own, depth: depth + own.depth });
    }
  }
  return total;
}

function returnsList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function listSize(args: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[]): number {
  const size = args.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  const n = size?.value.kind === Kind.INT ? Number(size.value.value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : ASSUMED_LIST_SIZE;
}
