// Reads what a camera decoded from a badge QR: only FIT badges (`fit:badge:<code>`) are sent to the server.
export const BADGE_PREFIX = 'fit:badge:';

/** The badge code, or null when the QR is not a FIT badge (a URL, a product label, a damaged read). */
export function parseBadgePayload(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (!text.toLowerCase().startsWith(BADGE_PREFIX)) return null;
  const code = text.slice(BADGE_PREFIX.length);
  // Same bounds as the server: a code is 1–32 letters, digits, dashes or underscores.
  return /^[A-Za-z0-9_-]{1,32}$/.test(code) ? code : null;
}
