import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { drawBarChart, drawLineChart, niceMax, tickCount } from './charts.js';
import { startPdf } from './document.js';

describe('PDF charts', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([niceMax(0), niceMax(7), niceMax(140), niceMax(1607), niceMax(5000)]).toEqual([1, 10, 200, 2000, 5000]);
    // Gridlines fall on round values: 50 in steps of 10, 20 in 5s, 10 in 2s, 2 in 1s; never 12.5 or 38.
    const steps = [50, 20, 10, 2, 1, 2000, 5000].map((max) => max / tickCount(max));
    expect(steps).toEqual([10, 5, 2, 1, 1, 500, 1000]);
  });

  it('draws bars and lines as vector text and shapes, their values readable as text in the PDF', async () => {
    const { doc, done, width } = startPdf({ Title: 'Charts' });
    drawBarChart(doc, { x: 56, y: 56, width, height: 220 }, {
      title: 'Heures par mois',
      categories: ['2026-03', '2026-04'],
      series: [{ label: 'Validées', values: [151, 98] }],
    });
    drawLineChart(doc, { x: 56, y: 300, width, height: 220 }, {
      title: 'Cumul et objectif',
      categories: ['2026-03', '2026-04'],
      series: [
        { label: 'Cumul', values: [151, 249] },
        { label: 'Objectif', values: [200, 400] },
      ],
    });
    doc.end();
    const file = join(mkdtempSync(join(tmpdir(), 'charts-')), 'charts.pdf');
    writeFileSync(file, await done);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const seen of ['Heures par mois', 'Validées', '151', '98', '2026-04', 'Cumul et objectif', 'Objectif', '249', '400']) expect(text).toContain(seen);
  });
});
