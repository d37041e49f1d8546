// `npm test`: every check in order (lint, build, types, contracts, unit, API against PostgreSQL, e2e in Chromium),
// then one line `N passed, N failed` summing the tests of all runners. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const STEPS = [
  { name: 'lint', cmd: 'npm run lint --silent' },
  { name: 'build', cmd: 'npm run build --silent' },
  { name: 'typecheck', cmd: 'npm run typecheck --silent' },
  { name: 'contracts', cmd: 'npm run check:contracts --silent' },
  { name: 'unit', cmd: 'npm run test:unit --silent' },
  { name: 'integration', cmd: 'npm run test:integration --silent' },
  { name: 'e2e', cmd: 'npm run test:e2e --silent' },
];

// Summary lines: Jest "Tests: 1 failed, 20 passed, 21 total", Vitest "Tests  3 passed (3)", Playwright "  5 passed (9.1s)".
const SUMMARY_LINES = [/^Tests:\s+(.*)\d+ total/, /^\s*Tests\s+(.*)\(\d+\)\s*$/, /^\s+(\d+ (?:passed|failed|flaky))\b/];

function tally(output) {
  const total = { passed: 0, failed: 0 };
  for (const raw of output.split('\n')) {
    // Nx prefixes each line of a project's output with its name.
    const line = stripVTControlCharacters(raw).replace(/^@[\w./-]+:\s?/, '');
    const summary = SUMMARY_LINES.map((re) => line.match(re)?.[1]).find(Boolean);
    if (!summary) continue;
    for (const [, n, kind] of summary.matchAll(/(\d+) (passed|failed|flaky)/g)) {
      total[kind === 'failed' ? 'failed' : 'passed'] += Number(n);
    }
  }
  return total;
}

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const only = process.argv.slice(2);
const results = [];
for (const step of STEPS.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const { code, output } = await run(step.cmd);
  const c = tally(output);
  // A failing step whose runner printed no failed test (lint, types, a crash) still counts as one failure.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  results.push({ step: step.name, code, ...c, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nstep          result  passed  failed  seconds');
for (const r of results) {
  console.log(`${r.step.padEnd(13)} ${(r.code === 0 ? 'ok' : 'FAIL').padEnd(7)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.seconds).padStart(7)}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
