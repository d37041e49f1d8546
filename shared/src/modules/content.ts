// The content of a training module version: plain data shared by the API (validation, export) and the tablet (player).
import type * as z from 'zod/mini';
import type { BimClassBindingSchema, BimElementsBindingSchema, ModuleContentShape, ModuleStepShape } from './content-schema.js';

/** ISO 639-1 language code, e.g. 'fr', 'en'. */
export type Lang = string;

/** Languages an author can write a module in: the tablet speaks each of them. The first of a module's languages is its own. */
export const CONTENT_LANGUAGES = ['fr', 'en', 'pt', 'es', 'ro', 'ar'] as const;

/** One text with one version per language: `{ fr: 'Bonjour', en: 'Hello' }`. */
export type LocalisedText = Record<Lang, string>;

export const QUIZ_KINDS = ['single', 'multiple', 'image', 'ordering'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export const STEP_KINDS = ['text', 'image', 'video', 'audio', 'quiz', 'practical', 'bim'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Pictograms the player can draw next to a text; a closed list so every tablet has the artwork offline. */
export const PICTOGRAMS = [
  'ppe-helmet',
  'ppe-gloves',
  'ppe-glasses',
  'ppe-mask',
  'ppe-boots',
  'ppe-harness',
  'ppe-ear',
  'danger-fall',
  'danger-electric',
  'danger-cut',
  'danger-dust',
  'danger-pressure',
  'do',
  'dont',
  'measure',
  'photo',
  'air-leak',
  'thermal-bridge',
  'tool',
] as const;
export type Pictogram = (typeof PICTOGRAMS)[number];

// The shapes below are inferred from the zod schemas of content-schema.ts (type-only: no validation code here).
/** Rich text: a small Markdown subset (paragraphs, `**bold**`, `- lists`) plus pictograms shown beside it. */
export type TextStep = StepOf<'text'>;
export type ImageStep = StepOf<'image'>;
export type VideoStep = StepOf<'video'>;
export type AudioStep = StepOf<'audio'>;
/** A step's question: single/image have one right option id; multiple every right one; ordering all ids in order. */
export type QuizStep = StepOf<'quiz'>;
export type QuizQuestion = QuizStep['question'];
/** Required for image-choice questions: `mediaId`, the picture the worker taps. */
export type QuizOption = QuizQuestion['options'][number];
/** Done on the real site: the worker ticks every item, maybe adds a photo, maybe waits for the trainer's sign-off. */
export type PracticalStep = StepOf<'practical'>;
export type ChecklistItem = PracticalStep['checklist'][number];
export type BimStep = StepOf<'bim'>;

/** Which elements of a building model a step is about (every `where` condition must hold; `op` defaults to equality). */
export type BimClassBinding = z.infer<typeof BimClassBindingSchema>;
export const BIM_CONDITION_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const;
export type BimConditionOp = (typeof BIM_CONDITION_OPS)[number];
/** Specific elements of one site's model, by IFC GlobalId (elements absent from another site's model match nothing). */
export type BimElementsBinding = Omit<z.infer<typeof BimElementsBindingSchema>, 'ifcClass'>;
export type BimBinding = BimClassBinding | BimElementsBinding;

export const isElementsBinding = (binding: BimBinding): binding is BimElementsBinding => 'globalIds' in binding;

export type ModuleStep = ModuleStepShape;
type StepOf<K extends StepKind> = Extract<ModuleStep, { kind: K }>;

/**
 * A module version's content. `languages`: the first is the module's fallback language; `outcomes`: codes of the units
 * of learning outcomes it covers (ULO-AIR-01); `passMark`: share of quiz questions to get right, 0..1;
 * `practicalRequiredForAward`: whether the module counts toward its ULOs only once its practical steps are validated
 * on site by a trainer (absent: true), set per version so records keep the rule they were made under.
 */
export type ModuleContent = ModuleContentShape;

/** Limits of what a module may hold: the editor, the API and package import share them. */
export const CONTENT_LIMITS = {
  maxSteps: 60,
  maxTextLength: 10_000,
  maxShortTextLength: 300,
  maxOptions: 10,
  maxChecklistItems: 30,
  maxBindings: 30,
  maxBoundElements: 500,
  minMinutes: 1,
  maxMinutes: 60,
} as const;

/** Whether this content's module counts toward its ULOs only after a trainer validated its practical step on site. */
export function needsValidationForAward(content: Pick<ModuleContent, 'steps' | 'practicalRequiredForAward'>): boolean {
  return content.practicalRequiredForAward !== false && content.steps.some((s) => s.kind === 'practical');
}

/** Every media id the content refers to (steps and image-choice options), once each. */
export function mediaIdsOf(content: ModuleContent): string[] {
  const ids = new Set<string>();
  for (const step of content.steps) {
    if (step.kind === 'image' || step.kind === 'video' || step.kind === 'audio') ids.add(step.mediaId);
    if (step.kind === 'quiz') for (const option of step.question.options) if (option.mediaId) ids.add(option.mediaId);
  }
  return [...ids];
}

/** A copy of the content with every media id replaced (used by export and import). */
export function mapMediaIds(content: ModuleContent, map: (id: string) => string): ModuleContent {
  const copy = JSON.parse(JSON.stringify(content)) as ModuleContent;
  for (const step of copy.steps) {
    if (step.kind === 'image' || step.kind === 'video' || step.kind === 'audio') step.mediaId = map(step.mediaId);
    if (step.kind === 'quiz') for (const option of step.question.options) if (option.mediaId) option.mediaId = map(option.mediaId);
  }
  return copy;
}
