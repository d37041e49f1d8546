// Site dates read naturally in each language, whatever the tablet's time zone.
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatSiteDates } from './formatSiteDates';

describe(formatSiteDates.name, () => {
  it('writes a start-to-end phrase in the screen language', async () => {
    expect(formatSiteDates('2026-09-01', '2027-03-31', 'en', i18n.t)).toBe(
      'From 1 September 2026 to 31 March 2027',
    );
    await i18n.changeLanguage('fr');
    expect(formatSiteDates('2026-09-01', '2027-03-31', 'fr', i18n.t)).toBe(
      'Du 1 septembre 2026 au 31 mars 2027',
    );
  });

  it('copes with missing dates', () => {
    expect(formatSiteDates('2026-09-01', null, 'en', i18n.t)).toBe('Starts 1 September 2026');
    expect(formatSiteDates(null, '2027-03-31', 'en', i18n.t)).toBe('Ends 31 March 2027');
    expect(formatSiteDates(null, null, 'en', i18n.t)).toBe('Dates not set');
  });

  it('keeps the calendar day and leaves unreadable input as it is', () => {
    expect(formatIsoDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatIsoDate('soon', 'en')).toBe('soon');
  });
});
