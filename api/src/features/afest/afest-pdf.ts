// The AFEST traceability file a funder asks for (A4, French or English), drawn with pdfkit like the passport:
// organisation, worker, trainer, hours planned and realised, then the timeline and the two drawn signatures.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { DEFAULT_TIME_ZONE } from '@fit/shared';
import { FILE_WORDS, type FileLanguage } from './afest-words.js';
import { afestTotals, dayOf } from './afest-timeline.js';
import type { Afest } from './models/afest.models.js';

// The worker's words may be in Portuguese, Romanian or Arabic: a Unicode font when the system has one (Debian's
// fonts-dejavu-core), else the built-in Helvetica (Latin-1 only).
const UNICODE_FONT = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

export async function afestPdf(a: Afest, lang: FileLanguage): Promise<Buffer> {
  const t = FILE_WORDS[lang];
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t.heading} — ${a.workerName}`, Author: 'FIT' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const unicode = UNICODE_FONT.every((f) => existsSync(f));
  if (unicode) {
    pdf.registerFont('body', UNICODE_FONT[0]!);
    pdf.registerFont('bold', UNICODE_FONT[1]!);
  }
  const body = unicode ? 'body' : 'Helvetica';
  const bold = unicode ? 'bold' : 'Helvetica-Bold';
  const width = pdf.page.width - 100;
  const colon = lang === 'fr' ? ' : ' : ': ';
  const quote = (x: string) => (lang === 'fr' ? `« ${x} »` : `“${x}”`);
  const day = (d: Date | string) => new Date(`${dayOf(d)}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const hours = (n: number) => `${n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')} ${t.h}`;
  const section = (title: string) => pdf.moveDown(0.8).fillColor('#1f4e79').font(bold).fontSize(13).text(title, { width }).fillColor('#222').font(body).fontSize(10);
  const line = (label: string, value: string) => pdf.font(bold).text(`${label}${colon}`, { continued: true, width }).font(body).text(value, { width });

  pdf.fillColor('#1f4e79').font(bold).fontSize(20).text(t.heading, { width });
  pdf.fillColor('#444').font(body).fontSize(10).text(t.subtitle, { width });
  pdf.moveDown(0.5).fillColor('#222').font(bold).fontSize(14).text(a.title, { width });
  pdf.moveDown(0.3).fontSize(10);
  line(t.organisation, a.organisationName);
  line(t.worker, a.workerName);
  line(t.trainer, a.trainerName);
  line(t.made, day(new Date()));
  pdf.font(bold).fillColor(a.lockedAt ? '#1e6b35' : '#8a4b00').text(a.lockedAt ? `${t.locked} ${day(a.lockedAt)}` : t.open, { width }).fillColor('#222');

  const totals = afestTotals(a);
  section(t.hours);
  line(`${t.plannedHours} (${t.moduleTime} + ${t.siteTime})`, `${hours(totals.plannedModule)} + ${hours(totals.plannedSite)} = ${hours(totals.planned)}`);
  line(`${t.realisedHours} (${t.moduleTime} + ${t.siteTime})`, `${hours(totals.realisedModule)} + ${hours(totals.realisedSite)} = ${hours(totals.realised)}`);

  section(t.positioning);
  line(t.held, a.heldUlos.map((u) => `${u.code} ${lang === 'fr' ? (u.titleFr ?? u.title) : u.title}`).join(' ; ') || t.noneHeld);
  line(t.target, a.targetUlos.join(', ') || '—');
  line(t.assessment, `${a.positioningNote} (${day(a.positionedAt)})`);

  section(t.work);
  for (const s of a.sequences) {
    pdf.moveDown(0.2).font(bold).text(`${day(s.plannedOn)} — ${s.activity}`, { width });
    const where = [s.moduleTitle && `${t.module}${colon}${s.moduleTitle}`, s.siteName && `${t.site}${colon}${s.siteName}`, `${t.planned} ${hours(s.plannedMinutes / 60)}`];
    pdf.font(body).text(where.filter(Boolean).join(' · '), { width, indent: 10 });
  }

  section(t.reflective);
  const reflections = a.sequences.flatMap((s) => s.reflections.map((r) => ({ s, r })));
  if (!reflections.length) pdf.text(t.noReflection, { width });
  for (const { s, r } of reflections) {
    const marks = [r.dictated && t.dictated, r.afterLock && t.afterLock].filter(Boolean).join(', ');
    pdf.moveDown(0.2).font(bold).text(`${day(r.recordedAt)} — ${s.activity}${marks ? ` (${marks})` : ''}`, { width });
    pdf.font(body);
    for (const [label, text] of [[t.done, r.done], [t.learned, r.learned], [t.difficulties, r.difficulties]] as const) {
      if (text) pdf.text(`${label}${colon}${quote(text)}`, { width, indent: 10 });
    }
  }

  section(t.evaluation);
  if (!a.evaluations.length) pdf.text(t.noEvaluation, { width });
  for (const e of a.evaluations) {
    const verdict = [t.reviews[e.review] ?? e.review, e.reviewedBy && `${t.by} ${e.reviewedBy}`].filter(Boolean).join(' ');
    pdf.moveDown(0.2).font(bold).text(`${day(e.reviewedAt ?? e.submittedAt)} — ${e.moduleTitle ?? ''}${colon}${verdict}`, { width });
    if (e.reviewComment) pdf.font(body).text(e.reviewComment, { width, indent: 10 });
  }

  if (a.additions.length) {
    section(t.additions);
    for (const n of a.additions) {
      pdf.moveDown(0.2).font(bold).text(`${day(n.createdAt)} — ${n.authorName} — ${t.reason}${colon}${n.reason}`, { width });
      pdf.font(body).text(n.note, { width, indent: 10 });
    }
  }

  section(t.signatures);
  drawSignatures(pdf, a, t, { body, bold, colon }, day);
  pdf.end();
  return done;
}

type Words = (typeof FILE_WORDS)[FileLanguage];

/** The time of day where the file's dates are read (France), with its zone's name. */
const clock = (d: Date) => new Date(d).toLocaleTimeString('fr-FR', { timeZone: DEFAULT_TIME_ZONE, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/** Two boxes side by side (worker, trainer), each with the drawn path scaled in, the name and the time. */
function drawSignatures(pdf: PDFKit.PDFDocument, a: Afest, t: Words, { body, bold, colon }: { body: string; bold: string; colon: string }, day: (d: Date) => string) {
  const box = { w: 230, h: 90 };
  if (pdf.y + box.h + 50 > pdf.page.height - 50) pdf.addPage();
  const top = pdf.y + 4;
  (['worker', 'trainer'] as const).forEach((role, i) => {
    const x = 50 + i * (box.w + 35);
    const sig = a.signatures.find((s) => s.role === role);
    pdf.font(bold).fontSize(10).fillColor('#222').text(`${t.roles[role]}${colon}${sig?.signerName ?? (role === 'worker' ? a.workerName : a.trainerName)}`, x, top, { width: box.w });
    pdf.rect(x, top + 16, box.w, box.h).lineWidth(0.5).strokeColor('#888').stroke();
    if (sig) {
      const scale = Math.min((box.w - 10) / sig.width, (box.h - 10) / sig.height);
      pdf.save().translate(x + 5, top + 21).scale(scale).path(sig.path).lineWidth(2 / scale).strokeColor('#0b2545').stroke().restore();
    }
    pdf.font(body).fontSize(9).fillColor('#444').text(sig ? `${t.signedAt} ${day(sig.signedAt)}, ${clock(sig.signedAt)}` : t.unsigned, x, top + box.h + 20, { width: box.w });
  });
  pdf.x = 50;
}
