import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.js';

const schema = buildSchema(`
  type Person { name: String friends(first: Int): [Person!]! boss: Person }
  type Query { me: Person people: [Person!]! }
`);

const run = (query: string, limits = { maxDepth: 4, maxCost: 200, maxAliases: 3 }) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.extensions.code);

describe(queryLimitsRule.name, () => {
  it('accepts a query within every limit', () => {
    expect(run('{ me { name boss { name } } }')).toEqual([]);
  });

  it('counts depth through fragments and inline fragments', () => {
    expect(run('{ me { ...B } } fragment B on Person { boss { boss { ... on Person { boss { name } } } } }')).toEqual(['QUERY_TOO_DEEP']);
  });

  it('multiplies the cost of list fields by their page size, 10 when not given', () => {
    expect(run('{ people { friends { name } } }')).toEqual([]); // 1 + 10 × (1 + 10 × 1) = 111
    expect(run('{ people { friends { name boss { name } } } }')).toEqual(['QUERY_TOO_COMPLEX']); // 1 + 10 × (1 + 10 × 3)
    expect(run('{ people { friends(first: 2) { name boss { name } } } }')).toEqual([]);
  });

  it('counts aliases, including those repeated inside lists', () => {
    expect(run('{ a: me { name } b: me { name } c: me { name } }')).toEqual([]);
    expect(run('{ a: me { name } b: me { name } c: me { name } d: me { name } }')).toEqual(['TOO_MANY_ALIASES']);
  });

  it('survives fragment cycles (GraphQL reports them itself)', () => {
    const errors = validate(schema, parse('{ me { ...A } } fragment A on Person { boss { ...A } }'), [queryLimitsRule({ maxDepth: 9, maxCost: 999, maxAliases: 9 })]);
    expect(errors).toEqual([]);
  });

  it('measures a chain of fragments each spread twice in linear time, and refuses it as too costly', () => {
    // 40 fragments that each spread the next one twice: 2^40 fields if expanded, a few hundred nodes as written.
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { me { name } ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ ...F0 } ${chain} fragment F40 on Query { me { name } }`;
    const started = performance.now();
    const codes = run(query, { maxDepth: 10, maxCost: 5000, maxAliases: 30 });
    expect(performance.now() - started).toBeLessThan(200);
    expect(codes).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
