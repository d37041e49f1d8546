// The build inlines each graphql() document with its fragments, exactly as the run-time lookup would give it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineGraphqlDocuments, readGeneratedDocuments } from '../../build/inline-graphql-documents.js';
import { MeQuery } from './session-user';

const generatedDir = 'src/graphql/generated';

function transform(code: string) {
  const plugin = inlineGraphqlDocuments({ generatedDir }) as unknown as {
    buildStart(): void;
    transform(this: { error(message: string): never }, code: string, id: string): { code: string } | null;
  };
  plugin.buildStart();
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return plugin.transform.call(context, code, '/app/src/features/x/x.queries.ts');
}

describe('inlined GraphQL documents', () => {
  it('knows every document of the generated client', () => {
    const gql = readFileSync(`${generatedDir}/gql.ts`, 'utf8');
    const inMap = gql.slice(gql.indexOf('const documents')).split('\n').filter((line) => /^\s*".*": types\.\w+,?$/.test(line)).length;
    expect(readGeneratedDocuments(generatedDir).size).toBe(inMap);
  });

  it('replaces a call by the same text the run-time lookup gives, fragments included', () => {
    const source = readFileSync('src/graphql/session-user.ts', 'utf8');
    const call = /export const MeQuery = (graphql\(`[^`]*`\))/.exec(source)![1]!;
    const out = transform(`import { graphql } from '../graphql/generated';\nexport const MeQuery = ${call};`)!;
    const literal = /new String\(("(?:[^"\\]|\\.)*")\)/.exec(out.code)![1]!;
    expect(JSON.parse(literal)).toBe(MeQuery.toString());
    expect(MeQuery.toString()).toContain('fragment SessionUser on');
  });

  it('stops the build on a document codegen has not seen', () => {
    expect(() => transform('const Q = graphql(`\n  query NotGenerated { me { id } }\n`);')).toThrow(/npm run codegen/);
  });
});
