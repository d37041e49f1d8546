// Lighthouse (mobile: its default emulated phone, slow 4G and 4× CPU, simulated) on the built app's `/` and `/tablet`,
// in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium): performance, accessibility and best-practices scores,
// and the first and largest contentful paints. Each page is measured RUNS times and the median performance run kept.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../support/stats.mjs';

const PAGES = { root: '/', tablet: '/tablet' };
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export async function run({ server }) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = {};
  try {
    for (const [key, path] of Object.entries(PAGES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(chrome.port, `${server.url}${path}`));
      const perf = median(runs.map((r) => r.categories.performance.score));
      const lhr = runs.find((r) => r.categories.performance.score === perf);
      results[`lighthouse_perf_${key}`] = perf;
      results[`lighthouse_a11y_${key}`] = lhr.categories.accessibility.score;
      results[`lighthouse_best_practices_${key}`] = lhr.categories['best-practices'].score;
      results[`lighthouse_fcp_${key}_ms`] = Math.round(lhr.audits['first-contentful-paint'].numericValue);
      results[`lighthouse_lcp_${key}_ms`] = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      if (process.env.BENCH_LIGHTHOUSE_VERBOSE) printFailures(path, lhr);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

// A loaded machine sometimes loses the trace's navigation start (NO_NAVSTART): that run is made again.
async function audit(port, url, attempts = 3) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  if (!lhr.runtimeError) return lhr;
  if (attempts > 1) return audit(port, url, attempts - 1);
  throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
}

// What keeps a score down, for whoever works on it (BENCH_LIGHTHOUSE_VERBOSE=1).
function printFailures(path, lhr) {
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) {
        process.stderr.write(`  ${path} ${category.id} ${ref.id} ${audit.score} ${audit.displayValue ?? ''}\n`);
      }
    }
  }
}
