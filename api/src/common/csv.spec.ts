import { describe, expect, it } from '@jest/globals';
import { CsvSyntaxError, readCsv, writeCsv } from './csv.js';

describe('writeCsv / readCsv', () => {
  it('round-trips commas, quotes, line breaks and accents', () => {
    const rows = [
      ['code', 'title'],
      ['ULO-1', 'Pose "étanche", menuiseries'],
      ['ULO-2', 'Two\nlines'],
    ];
    const text = writeCsv(rows, '\r\n');
    expect(text).toBe('code,title\r\nULO-1,"Pose ""étanche"", menuiseries"\r\nULO-2,"Two\nlines"\r\n');
    expect(readCsv(text)).toEqual(rows);
  });

  it('never lets a spreadsheet run a cell as a formula, and reads it back as typed', () => {
    const text = writeCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a=b']]);
    expect(text).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),a=b\n`);
    expect(readCsv(text)).toEqual([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a=b']]);
  });

  it('ignores a byte-order mark and rows of blank cells, and accepts rows of different lengths', () => {
    expect(readCsv('\uFEFFtable,code\n,\n\nulo,U1,extra\n')).toEqual([
      ['table', 'code'],
      ['ulo', 'U1', 'extra'],
    ]);
  });

  it('names the row where quoting is broken', () => {
    let caught: unknown;
    try {
      readCsv('table,code\nulo,U1\nulo,"U2\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).row).toBeGreaterThanOrEqual(3);
    expect((caught as CsvSyntaxError).message).toMatch(/quote/i);
  });
});
