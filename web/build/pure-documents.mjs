// Marks each generated `new TypedDocumentString(…)` as pure (codegen's pureMagicComment does not reach the client
// preset's string documents): the bundler then keeps in a chunk only the documents that chunk uses, instead of every
// document of the app in the first load.
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const marked = source.replaceAll(/= (?:\/\*#__PURE__\*\/ )?new TypedDocumentString\(/g, '= /*#__PURE__*/ new TypedDocumentString(');
  if (marked !== source) writeFileSync(file, marked);
}
