#!/usr/bin/env node
// Counts raw `.query(` calls in api/src whose rows come back as implicit `any`: the result is used (assigned,
// returned, destructured, chained) and the call names no row type. Statements whose result is thrown away
// (`await tx.query('update …')`) return nothing to type, so they are counted apart. Typed reads go through
// queryRows/queryOne/querySingle in api/src/common/sql.ts; migrations speak DDL and are left out.
// Usage: node scripts/count-untyped-queries.mjs [--list] [--max N]   (exit 1 when the untyped count exceeds N)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const srcDir = join(root, 'api/src');
const exempt = [/^api\/src\/database\/migrations\//, /^api\/src\/common\/sql\.ts$/];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

// Parentheses and `await` do not use a result; the statement around them decides.
function resultIsDiscarded(call) {
  let node = call.parent;
  while (node && (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node))) node = node.parent;
  return Boolean(node && (ts.isExpressionStatement(node) || ts.isVoidExpression(node)));
}

const counts = { untyped: 0, untypedInTests: 0, typed: 0, discarded: 0 };
const untyped = [];
for (const file of files(srcDir)) {
  const rel = relative(root, file);
  if (exempt.some((pattern) => pattern.test(rel))) continue;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'query') {
      if (resultIsDiscarded(node)) counts.discarded++;
      else if (node.typeArguments?.length) counts.typed++;
      else {
        counts.untyped++;
        if (/\.(integration-)?spec\.ts$|\/test-support\//.test(rel)) counts.untypedInTests++;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        untyped.push(`${rel}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const args = process.argv.slice(2);
if (args.includes('--list')) for (const where of untyped) console.log(where);
console.log(`raw .query() in api/src: ${counts.untyped} untyped (${counts.untypedInTests} of them in tests), ${counts.typed} with a row type, ${counts.discarded} statements (result unused)`);
const maxAt = args.indexOf('--max');
if (maxAt >= 0 && counts.untyped > Number(args[maxAt + 1])) process.exit(1);
