// A site's calendar day (YYYY-MM-DD) in the screen's language, day before month (European sites).
export function formatSiteDay(iso: string, language: string): string {
  // Read and print in UTC: a calendar day must not shift with the browser's time zone.
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language.startsWith('en') ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
