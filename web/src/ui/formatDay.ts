// Dates and language names as a worker reads them: "3 December 2026", "French".
import type { TFunction } from 'i18next';

/** An ISO date (YYYY-MM-DD) in words, without time-zone shifts. */
export function formatDay(iso: string, language: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function languageName(code: string | null | undefined, t: TFunction): string {
  return code === 'en' || code === 'fr' ? t(`language.${code}`) : (code ?? '');
}
