// The printable certificate of a credential (A4, French or English): what it certifies, the units behind it, its
// validity, issuer and evidence, and a QR code that opens the verification page. Drawn from the signed document
// itself, so the paper says exactly what the credential says; French titles come from the framework when known.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { EvidenceSummary } from './open-badge.js';

export type CertificateLanguage = 'fr' | 'en';

export interface FrenchTitles {
  qualification?: string | null;
  ulos?: Record<string, string | undefined>;
  /** The evidence summary in French (the credential's own is in English). */
  evidence?: string | null;
}

/** The credential's evidence summary, said in French for the French certificate. */
export function frenchEvidenceNarrative(e: EvidenceSummary): string {
  const span = e.firstAt && e.lastAt ? ` entre le ${e.firstAt.slice(0, 10)} et le ${e.lastAt.slice(0, 10)}` : '';
  return `${e.ulos} unité(s) d’acquis d’apprentissage obtenue(s) par ${e.modules} module(s) terminé(s)${span} ; ${e.validatedOnSite} validé(s) sur site par un formateur.`;
}

type Doc = Record<string, unknown>;
const obj = (v: unknown): Doc => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : {});
const list = (v: unknown): Doc[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

const LABELS = {
  fr: {
    heading: 'Certificat de qualification',
    certifies: 'certifie que',
    holds: 'détient la qualification',
    units: 'Unités d’acquis d’apprentissage (ULO)',
    eqf: 'Niveau CEC / EQF',
    validity: 'Validité',
    from: 'du',
    until: 'au',
    noEnd: 'sans date de fin',
    issuer: 'Délivré par',
    evidence: 'Preuves',
    verify: 'Vérifier ce certificat : scannez le code ou ouvrez',
    badge: 'Open Badges 3.0, signé (Ed25519, eddsa-rdfc-2022). Identifiant :',
  },
  en: {
    heading: 'Certificate of qualification',
    certifies: 'certifies that',
    holds: 'holds the qualification',
    units: 'Units of learning outcomes (ULO)',
    eqf: 'EQF level',
    validity: 'Validity',
    from: 'from',
    until: 'until',
    noEnd: 'no end date',
    issuer: 'Issued by',
    evidence: 'Evidence',
    verify: 'Verify this certificate: scan the code or open',
    badge: 'Open Badges 3.0, signed (Ed25519, eddsa-rdfc-2022). Identifier:',
  },
};

/** The verification page for a credential URL: `<origin>/verify?url=<credential url>`. */
export function verifyLink(credentialUrl: string): string {
  const origin = credentialUrl.replace(/\/credentials\/[^/]+$/, '');
  return `${origin}/verify?url=${encodeURIComponent(credentialUrl)}`;
}

export async function certificatePdf(credential: Doc, lang: CertificateLanguage, french: FrenchTitles = {}): Promise<Buffer> {
  const t = LABELS[lang];
  const subject = obj(credential.credentialSubject);
  const achievement = obj(subject.achievement);
  const holder = str(list(subject.identifier).find((i) => i.identityType === 'name')?.identityHash);
  const issuer = obj(credential.issuer);
  const alignments = list(achievement.alignment);
  const ulos = alignments.filter((a) => a.targetType !== 'ext:EQFLevel');
  const eqf = alignments.find((a) => a.targetType === 'ext:EQFLevel');
  const evidence = lang === 'fr' && french.evidence ? [french.evidence] : list(credential.evidence).map((e) => str(e.narrative)).filter(Boolean);
  const title = (lang === 'fr' && french.qualification) || str(achievement.name);
  const link = verifyLink(str(credential.id));
  const qr = await QRCode.toBuffer(link, { type: 'png', margin: 1, width: 360, errorCorrectionLevel: 'M' });
  const date = (v: unknown) => (str(v) ? new Date(str(v)).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', dateStyle: 'long' }) : '');

  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${t.heading} — ${title}`, Author: str(issuer.name), Subject: str(credential.id) } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const width = pdf.page.width - 112;
  pdf.rect(28, 28, pdf.page.width - 56, pdf.page.height - 56).lineWidth(2).stroke('#1f4e79');
  pdf.fillColor('#1f4e79').font('Helvetica-Bold').fontSize(24).text(t.heading, { align: 'center' });
  pdf.moveDown(0.8).fillColor('#222').font('Helvetica').fontSize(12).text(`${str(issuer.name)} ${t.certifies}`, { align: 'center' });
  pdf.moveDown(0.4).font('Helvetica-Bold').fontSize(20).text(holder, { align: 'center' });
  pdf.moveDown(0.4).font('Helvetica').fontSize(12).text(t.holds, { align: 'center' });
  pdf.moveDown(0.4).font('Helvetica-Bold').fontSize(16).fillColor('#1f4e79').text(title, { align: 'center' });
  pdf.font('Helvetica').fontSize(11).fillColor('#444').text(str(achievement.humanCode), { align: 'center' });

  pdf.moveDown(1.2).fillColor('#222').font('Helvetica-Bold').fontSize(12).text(t.units);
  pdf.font('Helvetica').fontSize(10);
  for (const u of ulos) {
    const name = (lang === 'fr' && french.ulos?.[str(u.targetCode)]) || str(u.targetName);
    pdf.text(`• ${str(u.targetCode)} — ${name}`, { width, indent: 8 });
  }
  if (eqf) pdf.moveDown(0.4).font('Helvetica-Bold').text(`${t.eqf}: `, { continued: true }).font('Helvetica').text(str(eqf.targetCode));

  pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(t.validity);
  pdf.font('Helvetica').fontSize(10).text(`${t.from} ${date(credential.validFrom)} ${credential.validUntil ? `${t.until} ${date(credential.validUntil)}` : `(${t.noEnd})`}`);
  pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(t.issuer);
  pdf.font('Helvetica').fontSize(10).text(`${str(issuer.name)} — ${str(issuer.id)}`);
  if (evidence.length) {
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(t.evidence);
    pdf.font('Helvetica').fontSize(10).text(evidence.join('\n'), { width });
  }

  // The QR code and its link at the foot of the page.
  const qrSize = 120;
  const qrY = pdf.page.height - 56 - qrSize - 24;
  pdf.image(qr, 56, qrY, { width: qrSize, height: qrSize });
  pdf.fontSize(9).fillColor('#222').text(t.verify, 56 + qrSize + 16, qrY + 8, { width: width - qrSize - 16 });
  pdf.fillColor('#1f4e79').text(link, { width: width - qrSize - 16, link, underline: true });
  pdf.moveDown(0.6).fillColor('#444').text(`${t.badge} ${str(credential.id)}`, { width: width - qrSize - 16 });
  pdf.end();
  return done;
}
