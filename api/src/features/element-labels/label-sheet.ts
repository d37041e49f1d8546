// An A4 sheet of element QR labels (PDF): 2 × 5 labels of 95 × 55 mm, each with a QR code big enough to be read by a
// tablet held at arm's length, the element's name and storey, and the module it opens.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { encode } from 'uqr';

export interface LabelContent {
  payload: string;
  name: string;
  storey: string | null;
  ifcClass: string;
  moduleTitle: string;
}

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
export const SHEET = { columns: 2, rows: 5, marginX: 10 * MM, marginY: 11 * MM };
const CELL = { width: (PAGE.width - 2 * SHEET.marginX) / SHEET.columns, height: (PAGE.height - 2 * SHEET.marginY) / SHEET.rows };
const QR_SIZE = 45 * MM;
const PAD = 4 * MM;
const INK = rgb(0.12, 0.16, 0.2);
const MUTED = rgb(0.32, 0.38, 0.43);

export async function labelSheetPdf(labels: LabelContent[], footer: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(footer);
  pdf.setCreator('FIT');
  // Fixed dates: the same labels make the same file.
  pdf.setCreationDate(new Date('2000-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2000-01-01T00:00:00Z'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const perPage = SHEET.columns * SHEET.rows;
  for (let start = 0; start < Math.max(labels.length, 1); start += perPage) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    labels.slice(start, start + perPage).forEach((label, i) => {
      const column = i % SHEET.columns;
      const row = Math.floor(i / SHEET.columns);
      const x = SHEET.marginX + column * CELL.width;
      const top = PAGE.height - SHEET.marginY - row * CELL.height;
      drawLabel(page, label, x, top, { regular, bold }, footer);
    });
  }
  return pdf.save({ useObjectStreams: false });
}

function drawLabel(page: PDFPage, label: LabelContent, x: number, top: number, fonts: { regular: PDFFont; bold: PDFFont }, footer: string): void {
  // A light cutting frame.
  page.drawRectangle({ x, y: top - CELL.height, width: CELL.width, height: CELL.height, borderColor: rgb(0.8, 0.82, 0.85), borderWidth: 0.5 });
  drawQr(page, label.payload, x + PAD, top - PAD - QR_SIZE, QR_SIZE);
  const textX = x + PAD + QR_SIZE + PAD;
  const width = CELL.width - (textX - x) - PAD;
  let y = top - PAD - 12;
  for (const line of wrap(safe(label.name, fonts.bold), fonts.bold, 12, width, 3)) {
    page.drawText(line, { x: textX, y, size: 12, font: fonts.bold, color: INK });
    y -= 14;
  }
  y -= 2;
  for (const text of [label.storey, label.ifcClass].filter((t): t is string => !!t)) {
    page.drawText(wrap(safe(text, fonts.regular), fonts.regular, 9, width, 1)[0] ?? '', { x: textX, y, size: 9, font: fonts.regular, color: MUTED });
    y -= 11;
  }
  y -= 4;
  for (const line of wrap(safe(label.moduleTitle, fonts.regular), fonts.regular, 10, width, 3)) {
    page.drawText(line, { x: textX, y, size: 10, font: fonts.regular, color: INK });
    y -= 12;
  }
  page.drawText(wrap(safe(footer, fonts.regular), fonts.regular, 7, CELL.width - 2 * PAD, 1)[0] ?? '', {
    x: x + PAD,
    y: top - CELL.height + PAD - 2,
    size: 7,
    font: fonts.regular,
    color: MUTED,
  });
}

/** Dark modules as squares; medium error correction survives a scratched or dusty label. */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = encode(text, { ecc: 'M', border: 0 });
  // Four modules of quiet zone, as the QR standard asks, inside the drawn size.
  const module = size / (qr.size + 8);
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; column++) {
      if (!qr.data[row]![column]) continue;
      page.drawRectangle({ x: x + (column + 4) * module, y: y + size - (row + 5) * module, width: module, height: module, color: rgb(0, 0, 0) });
    }
  }
}

/** The standard PDF fonts cover Western European text only: other characters lose their accents, or become "?". */
function safe(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\s+/g, ' ').trim()]
    .map((c) => {
      if (supported.has(c.codePointAt(0)!)) return c;
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      return bare && [...bare].every((b) => supported.has(b.codePointAt(0)!)) ? bare : '?';
    })
    .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fit(l, font, size, width));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]}…`, font, size, width);
  return kept.map((l) => fit(l, font, size, width));
}

function fit(line: string, font: PDFFont, size: number, width: number): string {
  let out = line;
  while (out.length > 1 && font.widthOfTextAtSize(out, size) > width) out = `${out.slice(0, -2)}…`;
  return out;
}
