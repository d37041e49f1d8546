// Fails when the web's typed GraphQL client no longer matches api/schema.gql (regenerate with `npm run codegen`).
// The schema itself is checked against the code by api/src/contracts.integration-spec.ts.
import { execSync } from 'node:child_process';

const GENERATED = 'web/src/graphql/generated';

execSync('npm run codegen --silent', { stdio: 'inherit' });
const drift = execSync(`git status --porcelain -- ${GENERATED}`, { encoding: 'utf8' }).trim();
if (drift) {
  console.error(`The typed client in ${GENERATED} was out of date with api/schema.gql:\n${drift}`);
  console.error('Run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log('typed GraphQL client matches api/schema.gql');
