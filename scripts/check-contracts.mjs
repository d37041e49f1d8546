// Fails when the web's typed GraphQL client no longer matches api/schema.gql (regenerate with `npm run codegen`).
// The schema itself is checked against the code by api/src/contracts.integration-spec.ts.
import { execSync } from 'node:child_process';

const GENERATED = 'web/src/graphql/generated';

execSync('npm run codegen --silent', { stdio: 'inherit' });
// Compared with the last commit (staged or not) plus any generated file git does not know yet.
const changed = execSync(`git diff --name-only HEAD -- ${GENERATED}`, { encoding: 'utf8' });
const added = execSync(`git ls-files --others --exclude-standard -- ${GENERATED}`, { encoding: 'utf8' });
const drift = (changed + added).trim();
if (drift) {
  console.error(`The typed client in ${GENERATED} was out of date with api/schema.gql:\n${drift}`);
  console.error('Run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log('typed GraphQL client matches api/schema.gql');
