// Short builders so the demo modules read like the lesson they are, not like JSON.
import type { BimBinding, LocalisedText, ModuleContent, ModuleStep, Pictogram, QuizKind } from '@fit/shared';
import type { DemoOutcomeCode } from './learning-outcomes.js';

export const t = (fr: string, en: string): LocalisedText => ({ fr, en });

export interface DemoModule {
  slug: string;
  /** SVG diagrams by key; image steps refer to them as `demo:<key>` until the seed stores them. */
  diagrams: Record<string, string>;
  content: ModuleContent & { outcomes: DemoOutcomeCode[] };
}

export const textStep = (id: string, title: LocalisedText, body: LocalisedText, pictograms: Pictogram[] = []): ModuleStep => ({
  id,
  kind: 'text',
  title,
  body,
  ...(pictograms.length ? { pictograms } : {}),
});

export const imageStep = (id: string, diagram: string, alt: LocalisedText, caption?: LocalisedText): ModuleStep => ({
  id,
  kind: 'image',
  mediaId: `demo:${diagram}`,
  alt,
  ...(caption ? { caption } : {}),
});

/** A quiz question; options are [id, text] and `correct` lists ids (in order, for ordering questions). */
export function quiz(
  id: string,
  kind: QuizKind,
  prompt: LocalisedText,
  options: [string, LocalisedText][],
  correct: string[],
  right: LocalisedText,
  wrong: LocalisedText,
): ModuleStep {
  return {
    id,
    kind: 'quiz',
    question: { kind, prompt, options: options.map(([oid, label]) => ({ id: oid, label })), correct, feedback: { correct: right, incorrect: wrong } },
  };
}

export const practical = (id: string, instructions: LocalisedText, items: [string, LocalisedText][], signOffRequired: boolean): ModuleStep => ({
  id,
  kind: 'practical',
  title: t('Sur le chantier', 'On site'),
  instructions,
  checklist: items.map(([iid, label]) => ({ id: iid, label })),
  photoRequired: true,
  signOffRequired,
});

export const bim = (instructions: LocalisedText, bindings: BimBinding[]): ModuleStep => ({
  id: 'model',
  kind: 'bim',
  title: t('Dans la maquette', 'In the building model'),
  instructions,
  bindings,
});
