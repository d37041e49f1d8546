// Turns a site's ISO start and end dates into a short phrase in the screen's language.
import type { TFunction } from 'i18next';

export function formatIsoDate(iso: string, language: string): string {
  // Dates without a time are calendar days: read and print them in UTC so no timezone shifts the day.
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // FIT's English readers work on European sites: day before month, not the US order.
  const locale = language.startsWith('en') ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function formatSiteDates(
  startsOn: string | null,
  endsOn: string | null,
  language: string,
  t: TFunction,
): string {
  if (startsOn && endsOn) {
    return t('home.sites.dates', {
      start: formatIsoDate(startsOn, language),
      end: formatIsoDate(endsOn, language),
    });
  }
  if (startsOn) return t('home.sites.startsOn', { date: formatIsoDate(startsOn, language) });
  if (endsOn) return t('home.sites.endsOn', { date: formatIsoDate(endsOn, language) });
  return t('home.sites.noDates');
}
