// One A4 pdfkit document with its bytes collected: the setup every server-drawn PDF shares (passport, reports).
import PDFDocument from 'pdfkit';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface StartedPdf {
  doc: PdfDoc;
  /** Resolves with the whole file once `doc.end()` was called. */
  done: Promise<Buffer>;
  /** Width between the margins. */
  width: number;
}

export function startPdf(info: { Title: string }, margin = 56): StartedPdf {
  const doc = new PDFDocument({ size: 'A4', margin, info: { ...info, Author: 'FIT' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done, width: doc.page.width - margin * 2 };
}
