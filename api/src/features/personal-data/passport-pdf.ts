// The person's skills passport on paper (A4, French or English), for the personal-data download: who they are,
// their organisations, and each qualification awarded with its state and dates and the credential's address.
// Drawn with pdfkit like the credential certificate.
import type { DataSource } from 'typeorm';
import { startPdf } from '../../common/pdf/document.js';
import type { DataSubject } from './data-subject.js';

export type PassportLanguage = 'fr' | 'en';

const LABELS = {
  fr: {
    heading: 'Passeport de compétences',
    made: 'Établi le',
    organisations: 'Organisations',
    awards: 'Qualifications obtenues',
    none: 'Aucune qualification pour le moment.',
    from: 'obtenue le',
    until: "valable jusqu'au",
    states: { valid: 'valide', expired: 'expirée', revoked: 'retirée' },
    credential: 'Attestation vérifiable :',
  },
  en: {
    heading: 'Skills passport',
    made: 'Made on',
    organisations: 'Organisations',
    awards: 'Qualifications awarded',
    none: 'No qualification yet.',
    from: 'awarded on',
    until: 'valid until',
    states: { valid: 'valid', expired: 'expired', revoked: 'withdrawn' },
    credential: 'Verifiable credential:',
  },
} as const;

interface AwardRow {
  scheme: string;
  code: string;
  title: Record<string, string>;
  awardedAt: string;
  expiresAt: string | null;
  expired: boolean;
  revoked: boolean;
  credentialUrl: string | null;
}

export async function passportPdf(db: DataSource, subject: DataSubject, lang: PassportLanguage): Promise<Buffer> {
  const t = LABELS[lang];
  const [person] = await db.query<{ name: string }[]>('select display_name as name from users where id = $1', [subject.userId]);
  const orgs = await db.query<{ name: string; role: string }[]>(
    `select o.name, m.role from memberships m join organisations o on o.id = m.organisation_id
      where m.user_id = $1 and ($2::uuid is null or m.organisation_id = $2) order by m.created_at`,
    [subject.userId, subject.organisationId],
  );
  const awards = await db.query<AwardRow[]>(
    `select s.code as scheme, q.code, q.title, a.awarded_at::text as "awardedAt", a.expires_at::text as "expiresAt",
            a.expired_at is not null as expired, a.revoked_at is not null as revoked,
            (select c.document->>'id' from issued_credentials c where c.award_id = a.id order by c.issued_at desc limit 1) as "credentialUrl"
       from qualification_awards a
       join scheme_qualifications q on q.id = a.qualification_id
       join qualification_schemes s on s.id = q.scheme_id
      where a.user_id = $1
        and ($2::uuid is null or exists (select 1 from issued_credentials c where c.award_id = a.id and c.organisation_id = $2)
             or exists (select 1 from memberships m where m.user_id = a.user_id and m.organisation_id = $2))
      order by a.awarded_at, q.code`,
    [subject.userId, subject.organisationId],
  );
  const day = (v: string) => new Date(`${v.slice(0, 10)}T00:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', dateStyle: 'long' });

  const { doc: pdf, done, width } = startPdf({ Title: `${t.heading} — ${person?.name ?? ''}` });

  pdf.fillColor('#1f4e79').font('Helvetica-Bold').fontSize(22).text(t.heading);
  pdf.moveDown(0.3).fillColor('#222').fontSize(16).text(person?.name ?? '');
  pdf.font('Helvetica').fontSize(10).fillColor('#444').text(`${t.made} ${day(new Date().toISOString())}`);
  pdf.moveDown(0.8).fillColor('#222').font('Helvetica-Bold').fontSize(12).text(t.organisations);
  pdf.font('Helvetica').fontSize(10);
  for (const o of orgs) pdf.text(`• ${o.name} (${o.role})`, { width, indent: 8 });
  pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(t.awards);
  pdf.font('Helvetica').fontSize(10);
  if (awards.length === 0) pdf.text(t.none);
  for (const a of awards) {
    const state = a.revoked ? t.states.revoked : a.expired ? t.states.expired : t.states.valid;
    const title = a.title[lang] ?? a.title.en ?? a.title.fr ?? a.code;
    pdf.moveDown(0.3).font('Helvetica-Bold').text(`${a.code} — ${title}`, { width });
    pdf.font('Helvetica').text(`${a.scheme} · ${t.from} ${day(a.awardedAt)}${a.expiresAt ? ` · ${t.until} ${day(a.expiresAt)}` : ''} · ${state}`, { width, indent: 8 });
    if (a.credentialUrl) pdf.fillColor('#1f4e79').text(`${t.credential} ${a.credentialUrl}`, { width, indent: 8, link: a.credentialUrl }).fillColor('#222');
  }
  pdf.end();
  return done;
}
