// One clock for the whole product: a site's dates (due dates, overdue, expiry) are calendar days in the site's time
// zone, on the server and on the tablet alike, so a date the web accepts is a date the API accepts.

/** Where a site is when nobody said otherwise (FIT's first sites are in France). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const formats = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA time zone this runtime knows (e.g. `Europe/Paris`, `America/Montreal`, `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) it is at `now` in `timeZone`: "today at the site". */
export function todayAt(timeZone: string | null | undefined = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const zone = timeZone || DEFAULT_TIME_ZONE;
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(zone, format);
  }
  const part = (type: string) => format.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
