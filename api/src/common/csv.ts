// CSV for people's spreadsheets, through csv-parse and csv-stringify (RFC 4180: quoted cells may hold commas, quotes
// and line breaks), with one rule of our own: a cell that starts like a formula (= + - @) is written with a leading
// apostrophe so a spreadsheet shows it instead of running it, and the apostrophe is taken off again on reading.
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const FORMULA = /^[=+\-@]/;
const GUARDED = /^'[=+\-@]/;

/** A cell as written: formula-looking text gets an apostrophe. */
export const guardFormula = (value: string): string => (FORMULA.test(value) ? `'${value}` : value);
/** A cell as read: the apostrophe our writer (or a careful person) put before a formula-looking text goes. */
export const unguardFormula = (value: string): string => (GUARDED.test(value) ? value.slice(1) : value);

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** The spreadsheet row (1-based) where the reader stopped. */
    readonly row: number,
  ) {
    super(message);
  }
}

/**
 * The records of a CSV text (a byte-order mark is ignored; rows of blank cells are left out; rows may differ in
 * length). Throws CsvSyntaxError with the row on malformed quoting.
 */
export function readCsv(text: string): string[][] {
  try {
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return rows.filter((r) => r.some((x) => x.trim())).map((r) => r.map(unguardFormula));
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The reader stops at the end of the file; the person needs the line where the stray quote opened.
      const line = unclosedQuoteLine(text);
      throw new CsvSyntaxError(`A quote (") opened on line ${line} is never closed; the rest of the file would be read as one cell`, line);
    }
    if (error instanceof CsvError) throw new CsvSyntaxError(error.message, (error as CsvError & { lines?: number }).lines ?? 1);
    throw error;
  }
}

/** The line (1-based) where the quoted cell that never closes opens. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else {
        quoted = !quoted;
        if (quoted) opened = line;
      }
    }
  }
  return opened;
}

/** Rows as CSV text, every cell guarded against formulas. */
export function writeCsv(rows: readonly (readonly string[])[], lineEnd: '\n' | '\r\n' = '\n'): string {
  return stringify(
    rows.map((r) => r.map(guardFormula)),
    // Any line break inside a cell is quoted, whichever line end the records use (a lone \n would split a record).
    { record_delimiter: lineEnd === '\r\n' ? 'windows' : 'unix', quoted_match: /[\r\n]/ },
  );
}
