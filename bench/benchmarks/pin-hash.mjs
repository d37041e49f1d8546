// The cost of a PIN guess (SPEC: a stolen site pack must not yield PINs). One argon2id verification with the
// parameters new PINs are hashed with, on this machine's CPU: `pin_space_exhaust_hours` is that time × 10^6 (every
// six-digit PIN) / 3600 s, for one core. The time is the process's CPU time for the hash, not the wall clock, so a
// busy shared machine does not make PINs look stronger than they are. Also what it costs FIT itself: the server CPU of one online PIN sign-in, and
// the tablet's offline check (hash-wasm, as the PWA does it) in Chromium with the CPU slowed 4× (a mid-range tablet).
// Run alone with `node bench/benchmarks/pin-hash.mjs` (needs `npm run build -w api`).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { median, round } from '../support/stats.mjs';

const RUNS = 7;
const BROWSER_RUNS = 3;

export async function run({ root }) {
  const require = createRequire(join(root, 'api', 'package.json'));
  const argon2 = require('argon2');
  const { PIN_HASH_OPTIONS } = await import(pathToFileURL(join(root, 'api/dist/features/identity/passwords.js')).href);
  const hash = await argon2.hash('482913', PIN_HASH_OPTIONS);

  const wall = [];
  const cpu = [];
  await argon2.verify(hash, '000000'); // warm
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await argon2.verify(hash, String(100000 + i));
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  const hashMs = median(cpu);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  let offlineMs;
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addScriptTag({ path: join(root, 'node_modules/hash-wasm/dist/argon2.umd.min.js') });
    const verify = () => page.evaluate(async (h) => {
      const t0 = performance.now();
      const ok = await globalThis.hashwasm.argon2Verify({ password: '482913', hash: h });
      if (!ok) throw new Error('the browser did not verify the hash');
      return performance.now() - t0;
    }, hash);
    await verify(); // warm: compiles the WebAssembly once
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = [];
    for (let i = 0; i < BROWSER_RUNS; i++) times.push(await verify());
    offlineMs = median(times);
  } finally {
    await browser.close();
  }

  return {
    pin_hash_cpu_ms: round(hashMs),
    pin_hash_wall_ms: round(median(wall)),
    pin_space_exhaust_hours: round((hashMs * 1e6) / 3_600_000),
    pin_offline_verify_ms_4x_cpu: Math.round(offlineMs),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = new URL('../..', import.meta.url).pathname;
  console.log(JSON.stringify(await run({ root }), null, 2));
}
