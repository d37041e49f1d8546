// Open Badges: signing one credential (what the job queue runs per award: build, canonicalise, Ed25519 proof) and
// verifying one over HTTP (POST /credentials/verify: issuer key, signature, status list, dates); medians.
import pg from 'pg';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, round } from '../support/stats.mjs';

const SIGN_RUNS = 30;
const VERIFY_RUNS = 30;

export async function run({ root, server }) {
  const dist = (file) => import(pathToFileURL(join(root, 'api', 'dist', 'features', 'credentials', file)).href);
  const { generateKey, signCredential } = await dist('signing.js');
  const { openBadgeCredential } = await dist('open-badge.js');

  const issuer = { id: 'https://fit.example/issuers/bench', name: 'Bench SME', url: 'https://fit.example' };
  const key = await generateKey(`${issuer.id}#k1`, issuer.id);
  const facts = (i) => ({
    credentialId: `https://fit.example/credentials/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    issuer,
    worker: { id: '11111111-1111-4111-8111-111111111111', name: 'Bench Worker' },
    qualification: { id: '22222222-2222-4222-8222-222222222222', code: 'Q1', title: { en: 'Envelope installer' }, scheme: 'EX', schemeTitle: { en: 'Example' }, awardingBody: 'Body', country: 'FR', practicalValidation: true },
    framework: { code: 'F', title: { en: 'Framework' } },
    ulos: Array.from({ length: 5 }, (_, u) => ({ code: `ULO-${u}`, title: { en: `Unit ${u}` }, eqfLevel: 3, esco: [] })),
    evidence: { ulos: 5, modules: 3, validatedOnSite: 1, firstAt: '2026-01-01', lastAt: '2026-02-01' },
    awardedAt: '2026-02-03',
    expiresAt: '2029-02-03',
    status: { listUrl: 'https://fit.example/status-lists/1', index: i },
  });
  await signCredential(openBadgeCredential(facts(0)), key); // warm-up: contexts compiled once
  const signMs = [];
  for (let i = 1; i <= SIGN_RUNS; i++) {
    const t = performance.now();
    await signCredential(openBadgeCredential(facts(i)), key);
    signMs.push(performance.now() - t);
  }

  // A demo credential, signed during the seed, verified by the running server.
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  let document;
  try {
    ({ rows: [{ document } = {}] } = await db.query('select document from issued_credentials where revoked_at is null order by issued_at limit 1'));
  } finally {
    await db.end();
  }
  if (!document) throw new Error('no issued credential in the seeded database');
  const body = JSON.stringify(document);
  const verifyMs = [];
  for (let i = 0; i <= VERIFY_RUNS; i++) {
    const t = performance.now();
    const res = await fetch(`${server.url}/credentials/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const { verdict } = await res.json();
    if (verdict !== 'valid') throw new Error(`the demo credential verified as ${verdict}`);
    if (i > 0) verifyMs.push(performance.now() - t); // the first one warms the server's contexts
  }
  return { credential_issue_ms: round(median(signMs)), credential_verify_ms: round(median(verifyMs)) };
}
