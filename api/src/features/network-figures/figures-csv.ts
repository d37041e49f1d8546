// The network figures as CSV in the user's language: the same rows as the page, hidden cells written "< 5" (the
// figure never leaves the server), numbers with a dot so spreadsheets read them back.
import { figureText } from '@fit/shared';
import { writeCsv } from '../../common/csv.js';
import type { FigureRow, NetworkFigures } from './models/network-figures.model.js';

export type FiguresLanguage = 'fr' | 'en';

const LABELS = {
  fr: {
    figure: 'Indicateur', total: 'Total', workersTrained: 'Personnes formées', trainingHours: 'Heures de formation', awards: 'Qualifications délivrées',
    expiring: 'Qualifications expirant sous 6 mois', eqf: 'Qualifications délivrées — niveau CEC', unknownLevel: 'non renseigné', ulos: 'Unités d’acquis (ULO) délivrées',
    clauseHours: 'Heures de clause sociale validées', noTerritory: 'sans territoire', territory: 'Territoire', target: 'Objectif (h)', achieved: 'Réalisé (h)', percent: 'Avancement (%)',
  },
  en: {
    figure: 'Figure', total: 'Total', workersTrained: 'Workers trained', trainingHours: 'Training hours', awards: 'Qualifications awarded',
    expiring: 'Qualifications expiring within 6 months', eqf: 'Qualifications awarded — EQF level', unknownLevel: 'not given', ulos: 'Units of learning outcomes (ULOs) awarded',
    clauseHours: 'Validated social-clause hours', noTerritory: 'no territory', territory: 'Territory', target: 'Target (h)', achieved: 'Achieved (h)', percent: 'Progress (%)',
  },
} as const;

const line = (label: string, row: FigureRow): string[] => [label, ...row.cells.map(figureText), figureText(row.total)];

export function figuresCsv(lang: FiguresLanguage, figures: NetworkFigures): string {
  const t = LABELS[lang];
  const rows: string[][] = [
    [t.figure, ...figures.months, t.total],
    line(t.workersTrained, figures.workersTrained),
    line(t.trainingHours, figures.trainingHours),
    ...figures.awardsByScheme.map((r) => line(`${t.awards} — ${r.label}`, r)),
    ...figures.awardsByEqfLevel.map((r) => line(`${t.eqf} ${r.label === 'unknown' ? t.unknownLevel : r.label}`, r)),
    line(t.ulos, figures.ulosAwarded),
    ...figures.clauseHoursByTerritory.map((r) => line(`${t.clauseHours} — ${r.label || t.noTerritory}`, r)),
    [],
    [t.expiring, ...figures.expiringByScheme.columns, t.total],
    line(t.expiring, figures.expiringByScheme),
    [],
    [t.territory, t.target, t.achieved, t.percent],
    ...figures.clauseTargets.map((c) => [c.territory || t.noTerritory, String(c.targetHours), figureText(c.achievedHours), c.percent === null ? figureText(null) : String(c.percent)]),
  ];
  return writeCsv(rows);
}
