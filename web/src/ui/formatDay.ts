// Dates and language names as a worker reads them: "3 December 2026", "French".
import type { TFunction } from 'i18next';

/** An ISO date (YYYY-MM-DD) in words, without time-zone shifts. */
export function formatDay(iso: string, language: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric' });
}

const NAMED = ['fr', 'en', 'pt', 'es', 'ro', 'ar'] as const;

/** A language's name as written in itself ("Português"), the code only for a language the app does not name. */
export function languageName(code: string | null | undefined, t: TFunction): string {
  return NAMED.find((named) => named === code) ? t(`language.${code as (typeof NAMED)[number]}`) : (code ?? '');
}
