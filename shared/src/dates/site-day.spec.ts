import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, isTimeZone, todayAt } from './site-day.js';

describe('todayAt', () => {
  // 2026-03-10 03:30 UTC: still the 9th in Montreal (UTC-4 or -5), already the 10th in Paris and in Tokyo.
  const early = new Date('2026-03-10T03:30:00Z');

  it("gives the site's calendar day, not the machine's or UTC's", () => {
    expect(todayAt('America/Montreal', early)).toBe('2026-03-09');
    expect(todayAt('Europe/Paris', early)).toBe('2026-03-10');
    expect(todayAt('UTC', early)).toBe('2026-03-10');
  });

  it('counts an evening west of UTC as that evening, not as tomorrow', () => {
    const evening = new Date('2026-07-01T23:30:00-05:00'); // 04:30 UTC on July 2nd
    expect(todayAt('America/Chicago', evening)).toBe('2026-07-01');
    expect(todayAt('UTC', evening)).toBe('2026-07-02');
  });

  it('uses Europe/Paris when the site has no zone', () => {
    const parisMidnight = new Date('2026-01-01T23:30:00Z'); // 00:30 on Jan 2nd in Paris
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Paris');
    expect(todayAt(undefined, parisMidnight)).toBe('2026-01-02');
    expect(todayAt(null, parisMidnight)).toBe('2026-01-02');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and refuses the rest', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('America/Montreal')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
