// Build-time replacement of each `graphql(`…`)` call by the document it stands for (with its fragments), as codegen
// printed it. At run time `graphql()` looks documents up in one map of every document of the app, so each chunk,
// the first load included, would carry all of them; inlined, a chunk carries only the documents it sends.
// The client only ever reads a document's text (`toString()`), which a String object gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;

/** The documents codegen printed, by the source text of their `graphql()` call. */
export function readGeneratedDocuments(generatedDir) {
  const printed = new Map();
  const graphqlTs = readFileSync(join(generatedDir, 'graphql.ts'), 'utf8');
  for (const [, name, text] of graphqlTs.matchAll(/export const (\w+) = (?:\/\*#__PURE__\*\/ )?new TypedDocumentString\(`([^`]*)`/g)) {
    printed.set(name, text);
  }
  const bySource = new Map();
  const gqlTs = readFileSync(join(generatedDir, 'gql.ts'), 'utf8');
  const map = gqlTs.slice(gqlTs.indexOf('const documents'), gqlTs.indexOf('};', gqlTs.indexOf('const documents')));
  for (const [, source, name] of map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    const text = printed.get(name);
    if (text === undefined) throw new Error(`codegen output has no ${name}: run npm run codegen`);
    bySource.set(JSON.parse(source), text);
  }
  if (bySource.size === 0) throw new Error(`no documents found in ${generatedDir}: run npm run codegen`);
  return bySource;
}

/** Vite plugin: inlines the documents in the app's own modules (build only; dev and tests use the map). */
export function inlineGraphqlDocuments({ generatedDir }) {
  let documents;
  return {
    name: 'fit-inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = readGeneratedDocuments(generatedDir);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/graphql/generated/') || !code.includes('graphql(')) return null;
      let changed = false;
      const inlined = code.replaceAll(CALL, (call, source) => {
        const text = documents.get(source);
        if (text === undefined) this.error(`${id}: this graphql() document is not in the generated client: run npm run codegen`);
        changed = true;
        return `/*#__PURE__*/ new String(${JSON.stringify(text)})`;
      });
      return changed ? { code: inlined, map: null } : null;
    },
  };
}
