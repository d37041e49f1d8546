// A worker's passport from the framework and their ULO evidence: one function, run by the server and by the tablet offline.
import {
  closingModules,
  recognition,
  requiredUnits,
  unitUlos,
  uloStatus,
  type BilateralAgreement,
  type Scheme,
  type UloEvidence,
  type UloState,
  type UloText,
} from './progress.js';
import { qualificationStatuses, type QualificationStatusRow } from './statuses.js';
import { taskReadiness, type FrameworkTask, type PassportTaskView } from './tasks.js';

/** The framework as the passport needs it: ULOs, schemes with their qualifications and mappings, agreements, tasks. */
export interface PassportCatalogue {
  ulos: PassportCatalogueUlo[];
  schemes: Scheme[];
  agreements?: BilateralAgreement[];
  tasks?: FrameworkTask[];
}

/** A ULO with its learning outcomes: what the worker knows, can do, and answers for (the EQF descriptors). */
export interface PassportCatalogueUlo {
  code: string;
  title: UloText;
  eqfLevel: number;
  knowledge?: string[];
  skills?: string[];
  autonomy?: string[];
}

export interface PassportInputs {
  catalogue: PassportCatalogue | null;
  /** Everything the worker did on modules covering ULOs (see UloEvidence). */
  evidence: UloEvidence[];
  /** Modules the worker can take, and the ULOs each covers: what closes a gap. */
  moduleUlos: Record<string, string[]>;
}

export interface PassportUloView {
  code: string;
  title: UloText;
  eqfLevel: number;
  knowledge: string[];
  skills: string[];
  autonomy: string[];
  state: UloState;
  achievedAt: string | null;
  expiresAt: string | null;
  /** Set when spaced recall kept the ULO valid longer than its achievement alone (the organisation's policy). */
  keptFreshUntil: string | null;
  evidence: UloEvidence[];
}

export interface PassportQualificationView extends QualificationStatusRow {
  /**
   * Missing ULOs the worker has not done yet. The others (awaitingUlos) are done and wait for the on-site validation
   * this qualification asks for: the worker may hold them in the passport's ULO list, so they are not "to learn".
   */
  toLearnUlos: string[];
  /** Modules covering the ULOs still to learn, the one closing most gaps first (empty once held). */
  nextModules: string[];
}

export interface PassportRecognitionView {
  fromScheme: string;
  fromQualification: string;
  scheme: string;
  qualification: string;
  coverage: 'full' | 'partial';
  percent: number;
  missingUlos: string[];
  closingModules: string[];
  byAgreement: boolean;
}

export interface PassportView {
  ulos: PassportUloView[];
  qualifications: PassportQualificationView[];
  recognitions: PassportRecognitionView[];
  tasks: PassportTaskView[];
}

/** Each ULO's validity: the shortest among the qualifications requiring it (worked out once for a whole crew). */
export function uloValidity(cat: Pick<PassportCatalogue, 'schemes'>): Map<string, number> {
  const validity = new Map<string, number>();
  for (const s of cat.schemes)
    for (const q of s.qualifications)
      for (const u of requiredUnits(q.requirement).flatMap((unit) => unitUlos(s, unit)))
        if (q.validityMonths) validity.set(u, Math.min(validity.get(u) ?? Infinity, q.validityMonths));
  return validity;
}

/** ULOs the worker has evidence for; each expires under the shortest validity among the qualifications requiring it. */
export function passportUlos(cat: PassportCatalogue, evidence: UloEvidence[], today: string, validity = uloValidity(cat)): PassportUloView[] {
  return cat.ulos
    .map((u) => ({ u, s: uloStatus(u.code, evidence, today, { validityMonths: validity.get(u.code) ?? null }) }))
    .filter(({ s }) => s.state !== 'missing')
    .map(({ u, s }) => ({
      code: u.code,
      title: u.title,
      eqfLevel: u.eqfLevel,
      knowledge: u.knowledge ?? [],
      skills: u.skills ?? [],
      autonomy: u.autonomy ?? [],
      state: s.state,
      achievedAt: s.achievedAt,
      expiresAt: s.expiresAt,
      keptFreshUntil: s.keptFreshUntil ?? null,
      // Recall's freshness is shown as keptFreshUntil, not as a module done.
      evidence: s.evidence.filter((e) => !e.freshUntil),
    }));
}

export function computePassport({ catalogue, evidence, moduleUlos }: PassportInputs, today: string): PassportView {
  if (!catalogue) return { ulos: [], qualifications: [], recognitions: [], tasks: [] };
  const statuses = qualificationStatuses(catalogue.schemes, evidence, today);
  const qualifications = statuses.map((s) => {
    // Doing a course again closes nothing that waits for a validation on site.
    const toLearnUlos = s.missingUlos.filter((u) => !s.awaitingUlos.includes(u));
    return { ...s, toLearnUlos, nextModules: s.state === 'held' ? [] : closingModules(toLearnUlos, moduleUlos) };
  });
  const recognitions: PassportRecognitionView[] = [];
  for (const s of statuses.filter((x) => x.state === 'held' || x.state === 'expiring')) {
    const scheme = catalogue.schemes.find((x) => x.code === s.scheme)!;
    const qualification = scheme.qualifications.find((q) => q.code === s.qualification)!;
    for (const other of catalogue.schemes.filter((x) => x.code !== scheme.code)) {
      const options = { moduleUlos, agreements: catalogue.agreements ?? [] };
      for (const r of recognition({ scheme, qualification, unitsHeld: s.unitsMet }, other, options)) {
        if (r.coverage !== 'none') recognitions.push({ fromScheme: scheme.code, fromQualification: qualification.code, ...r, coverage: r.coverage });
      }
    }
  }
  const ulos = passportUlos(catalogue, evidence, today);
  const held = new Set(ulos.filter((u) => u.state === 'held').map((u) => u.code));
  return { ulos, qualifications, recognitions, tasks: taskReadiness(catalogue.tasks ?? [], held, moduleUlos) };
}
