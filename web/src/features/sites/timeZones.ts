// Time zones offered while typing: every IANA zone this browser knows (the API checks the same way), the usual first.
import { DEFAULT_TIME_ZONE } from '@fit/shared';

const USUAL = [DEFAULT_TIME_ZONE, 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/Madrid', 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Rome'];

let cached: string[] | undefined;

export function timeZoneChoices(): string[] {
  if (!cached) {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = [...new Set([...USUAL, ...all])];
  }
  return cached;
}
