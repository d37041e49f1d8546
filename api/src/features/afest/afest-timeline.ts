// The AFEST's timeline as one list (positioning → work sequences → reflective sequences → evaluation → signatures →
// additions, then the hours): the CSV writes it as rows, and its totals are the PDF's.
import { DEFAULT_TIME_ZONE, hoursOf } from '@fit/shared';
import { writeCsv } from '../../common/csv.js';
import { FILE_WORDS, type FileLanguage } from './afest-words.js';
import type { Afest } from './models/afest.models.js';

export type TimelineStep = keyof (typeof FILE_WORDS)['en']['steps'];

export interface TimelineEntry {
  step: TimelineStep;
  /** YYYY-MM-DD, in the default time zone. */
  date: string;
  title: string;
  detail: string;
  plannedHours: number | null;
  realisedHours: number | null;
}

export const dayOf = (d: Date | string): string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : new Date(d).toLocaleDateString('en-CA', { timeZone: DEFAULT_TIME_ZONE });

export function afestTotals(a: Afest) {
  return {
    plannedModule: hoursOf(a.hours.plannedModuleMinutes * 60),
    plannedSite: hoursOf(a.hours.plannedOnSiteMinutes * 60),
    realisedModule: hoursOf(a.hours.realisedModuleSeconds),
    realisedSite: hoursOf(a.hours.realisedOnSiteSeconds),
    planned: a.hours.plannedHours,
    realised: a.hours.realisedHours,
  };
}

export function afestTimeline(a: Afest, lang: FileLanguage): TimelineEntry[] {
  const t = FILE_WORDS[lang];
  const ulo = (u: { code: string; title: string; titleFr: string | null }) => `${u.code} ${lang === 'fr' ? (u.titleFr ?? u.title) : u.title}`;
  const entries: TimelineEntry[] = [
    {
      step: 'positioning',
      date: dayOf(a.positionedAt),
      title: a.title,
      detail: [`${t.held}: ${a.heldUlos.map(ulo).join(' ; ') || '—'}`, `${t.target}: ${a.targetUlos.join(', ') || '—'}`, `${t.assessment}: ${a.positioningNote}`].join('\n'),
      plannedHours: null,
      realisedHours: null,
    },
  ];
  for (const s of a.sequences) {
    entries.push({
      step: 'work',
      date: s.plannedOn,
      title: s.activity,
      detail: [s.moduleTitle && `${t.module}: ${s.moduleTitle}`, s.siteName && `${t.site}: ${s.siteName}`].filter(Boolean).join('\n'),
      plannedHours: hoursOf(s.plannedMinutes * 60),
      realisedHours: s.reflections.length ? hoursOf(s.plannedMinutes * 60) : 0,
    });
  }
  for (const s of a.sequences) {
    for (const r of s.reflections) {
      const marks = [r.dictated && t.dictated, r.afterLock && t.afterLock].filter(Boolean).join(', ');
      entries.push({
        step: 'reflective',
        date: dayOf(r.recordedAt),
        title: s.activity + (marks ? ` (${marks})` : ''),
        detail: [`${t.done}: ${r.done}`, r.learned && `${t.learned}: ${r.learned}`, r.difficulties && `${t.difficulties}: ${r.difficulties}`].filter(Boolean).join('\n'),
        plannedHours: null,
        realisedHours: null,
      });
    }
  }
  for (const e of a.evaluations) {
    entries.push({
      step: 'evaluation',
      date: dayOf(e.reviewedAt ?? e.submittedAt),
      title: e.moduleTitle ?? '',
      detail: [t.reviews[e.review] ?? e.review, e.reviewedBy && `${t.by} ${e.reviewedBy}`, e.reviewComment].filter(Boolean).join(' — '),
      plannedHours: null,
      realisedHours: null,
    });
  }
  for (const s of a.signatures) {
    entries.push({ step: 'signature', date: dayOf(s.signedAt), title: t.roles[s.role] ?? s.role, detail: `${s.signerName}, ${new Date(s.signedAt).toISOString()}`, plannedHours: null, realisedHours: null });
  }
  for (const n of a.additions) {
    entries.push({ step: 'addition', date: dayOf(n.createdAt), title: `${t.reason}: ${n.reason}`, detail: `${n.note} (${n.authorName})`, plannedHours: null, realisedHours: null });
  }
  return entries;
}

/** The timeline as CSV, with the hours' totals (modules, on site, all) as its last rows. */
export function afestCsv(a: Afest, lang: FileLanguage): string {
  const t = FILE_WORDS[lang];
  const totals = afestTotals(a);
  const num = (n: number | null) => (n === null ? '' : String(n));
  const rows = afestTimeline(a, lang).map((e) => [t.steps[e.step], e.date, e.title, e.detail, num(e.plannedHours), num(e.realisedHours)]);
  rows.push([t.steps.total, '', `${t.hours} — ${t.moduleTime}`, '', num(totals.plannedModule), num(totals.realisedModule)]);
  rows.push([t.steps.total, '', `${t.hours} — ${t.siteTime}`, '', num(totals.plannedSite), num(totals.realisedSite)]);
  rows.push([t.steps.total, '', `${t.hours} — ${t.total}`, '', num(totals.planned), num(totals.realised)]);
  return writeCsv([[...t.csv], ...rows]);
}
