// How the passport reads: qualifications grouped by what the worker should do about them, texts in their language.
import { addDays, EXPIRING_WITHIN_DAYS, type PassportQualificationView, type PassportRecognitionView, type PassportView } from '@fit/shared';

export type Localised = { en: string; fr?: string | null; [lang: string]: string | null | undefined };

// localText lives in ui/ (tender requirements read it too); re-exported for this feature's views.
export { localText } from '../../ui/localText';

export type PassportGroup = 'held' | 'expiring' | 'expired' | 'in_progress';

export interface PassportSections {
  held: PassportQualificationView[];
  expiring: PassportQualificationView[];
  expired: PassportQualificationView[];
  inProgress: PassportQualificationView[];
  /** Not started at all: counted, not listed one by one (a long list of zeros helps nobody). */
  notStarted: number;
}

/** Held first, then what needs renewing, what is under way (closest to done first), and how many are not started. */
export function passportSections(view: PassportView): PassportSections {
  const q = view.qualifications;
  const by = (state: string) => q.filter((x) => x.state === state);
  return {
    held: by('held'),
    expiring: by('expiring').sort((a, b) => (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '')),
    expired: by('expired'),
    inProgress: by('in_progress').sort((a, b) => b.percent - a.percent || a.qualification.localeCompare(b.qualification)),
    notStarted: by('missing').length,
  };
}

export interface RecognitionGroups {
  full: PassportRecognitionView[];
  partial: PassportRecognitionView[];
}

/**
 * Recognitions in the other schemes: fully covered (by the ULOs or by agreement) apart from partly, closest first.
 * A partial recognition of something the worker already holds in its own right says nothing useful and is left out.
 */
export function recognitionGroups(recognitions: PassportRecognitionView[], held: { scheme: string; qualification: string }[] = []): RecognitionGroups {
  const seen = new Set<string>();
  const holds = new Set(held.map((q) => `${q.scheme} ${q.qualification}`));
  // Two held qualifications may both lead to the same target: show it once, at its best.
  const best = [...recognitions]
    .sort((a, b) => Number(b.coverage === 'full') - Number(a.coverage === 'full') || b.percent - a.percent)
    .filter((r) => {
      const key = `${r.scheme} ${r.qualification}`;
      if (seen.has(key) || (r.coverage === 'partial' && holds.has(key))) return false;
      seen.add(key);
      return true;
    });
  return { full: best.filter((r) => r.coverage === 'full'), partial: best.filter((r) => r.coverage === 'partial') };
}

export interface EvidenceLine {
  moduleId: string;
  /** The day the module was passed (or completed when it has no score). */
  doneOn: string | null;
  validatedOn: string | null;
}

/** A ULO's evidence trail: one line per module, the most recent first. */
export function evidenceTrail(evidence: { moduleId: string; completedAt?: unknown; passedAt?: unknown; validatedAt?: unknown }[]): EvidenceLine[] {
  const day = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : null);
  return evidence
    .map((e) => ({ moduleId: e.moduleId, doneOn: day(e.passedAt) ?? day(e.completedAt), validatedOn: day(e.validatedAt) }))
    .sort((a, b) => (b.doneOn ?? '').localeCompare(a.doneOn ?? ''));
}

/** Whether a held ULO (or anything with an end date) runs out within the warning window. */
export function expiresSoon(expiresAt: string | null, today: string): boolean {
  return !!expiresAt && expiresAt > today && expiresAt <= addDays(today, EXPIRING_WITHIN_DAYS);
}
