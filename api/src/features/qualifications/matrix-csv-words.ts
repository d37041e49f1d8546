// The team matrix CSV in the reader's language: headers and status words translated, dates ISO 8601 and numbers as
// plain digits, so the file reads well in a spreadsheet and stays machine-readable.

export const MATRIX_CSV_LANGUAGES = ['fr', 'en'] as const;
export type MatrixCsvLanguage = (typeof MATRIX_CSV_LANGUAGES)[number];

interface Words {
  worker: string;
  status: Record<string, string>;
}

const WORDS: Record<MatrixCsvLanguage, Words> = {
  fr: {
    worker: 'Ouvrier',
    status: {
      held: 'Obtenue',
      expiring: 'Expire bientôt',
      expired: 'Expirée',
      in_progress: 'En cours',
      missing: 'Pas commencée',
      awaiting_validation: 'En attente de validation sur chantier',
    },
  },
  en: {
    worker: 'Worker',
    status: {
      held: 'Held',
      expiring: 'Expires soon',
      expired: 'Expired',
      in_progress: 'In progress',
      missing: 'Not started',
      awaiting_validation: 'Awaiting validation on site',
    },
  },
};

export function isMatrixCsvLanguage(lang: string): lang is MatrixCsvLanguage {
  return (MATRIX_CSV_LANGUAGES as readonly string[]).includes(lang);
}

export function matrixWorkerHeader(lang: MatrixCsvLanguage): string {
  return WORDS[lang].worker;
}

/** One cell: "Obtenue 2030-05-19", "En cours 40%", "Pas commencée". */
export function matrixCell(lang: MatrixCsvLanguage, cell: { status: string; percent?: number | null; expiresAt?: string | null }): string {
  const word = WORDS[lang].status[cell.status] ?? cell.status;
  if (cell.status === 'in_progress') return `${word} ${Math.round(cell.percent ?? 0)}%`;
  return cell.expiresAt && cell.status !== 'missing' ? `${word} ${cell.expiresAt.slice(0, 10)}` : word;
}
