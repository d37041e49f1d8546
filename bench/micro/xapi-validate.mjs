// Micro-benchmark of the xAPI statement validator on the sync hot path: 10,000 statements like the tablet's
// (attempted, answered, practical done with evidence, completed/passed with a score), plus 1,000 broken ones.
// Run from the repo root after `npm run build -w shared`: node bench/micro/xapi-validate.mjs [path/to/shared/dist/index.js]
import { pathToFileURL } from 'node:url';
// As the API's entry does (api/src/main.ts): zod schemas built after this are compiled ahead of time.
import 'zod/compile';

const entry = process.argv[2] ? pathToFileURL(process.argv[2]).href : '../../shared/dist/validation/index.js';
const { validateStatement } = await import(entry);

const N = 10_000;
const ROUNDS = 7;
const uuid = (i) => `3f1c6a8e-2b7d-4c1e-9a3b-${String(i).padStart(12, '0')}`;
const module = 'https://w3id.org/fit/modules/v/7d9f0b2e-1c3a-4b5d-8e6f-0a1b2c3d4e5f';

function statement(i) {
  const kind = i % 4;
  const s = {
    id: uuid(i),
    actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: `u-${i % 300}` }, name: 'Karim' },
    verb: { id: ['http://adlnet.gov/expapi/verbs/attempted', 'http://adlnet.gov/expapi/verbs/answered', 'http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed'][kind], display: { en: 'did', fr: 'a fait' } },
    object: { objectType: 'Activity', id: kind === 1 || kind === 2 ? `${module}/steps/s${i % 9}` : module, definition: { name: { fr: 'Étanchéité à l’air', en: 'Airtightness' } } },
    context: {
      registration: uuid(i + 1_000_000),
      platform: 'FIT tablet',
      language: 'fr',
      contextActivities: { parent: [{ objectType: 'Activity', id: module }], category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }] },
    },
    timestamp: new Date(Date.UTC(2026, 10, 20, 9, 15, i % 60)).toISOString(),
    version: '2.0.0',
  };
  if (kind === 1) s.result = { response: 'a[,]c', success: i % 3 !== 0 };
  if (kind === 2) s.result = { completion: true, response: 'i1,i2', extensions: { 'https://w3id.org/fit/xapi/extensions/evidence': [`local:${uuid(i)}`], 'https://w3id.org/fit/xapi/extensions/sign-off-requested': true } };
  if (kind === 3) s.result = { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, completion: true, duration: 'PT7M30S' };
  return s;
}

function broken(i) {
  const s = statement(i);
  if (i % 3 === 0) s.actor = { name: 'nobody' };
  else if (i % 3 === 1) s.timestamp = '2026-13-45T25:61:00Z';
  else s.result = { score: { scaled: 2, raw: 11, max: 10 } };
  return s;
}

function time(inputs, expectOk) {
  const times = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    const batch = inputs.map((s) => structuredClone(s));
    const start = process.hrtime.bigint();
    for (const s of batch) if (validateStatement(s, { requireId: true }).ok !== expectOk) throw new Error(`unexpected result for ${JSON.stringify(s)}`);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (round > 0) times.push(ms); // the first round warms the JIT up
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const valid = Array.from({ length: N }, (_, i) => statement(i));
const invalid = Array.from({ length: N / 10 }, (_, i) => broken(i));
const validMs = time(valid, true);
const invalidMs = time(invalid, false);
console.log(JSON.stringify({ valid_10k_ms: +validMs.toFixed(1), valid_per_s: Math.round(N / (validMs / 1000)), invalid_1k_ms: +invalidMs.toFixed(1) }));
