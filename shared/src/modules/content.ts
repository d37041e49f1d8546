// The content of a training module version: plain data shared by the API (validation, export) and the tablet (player).

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

interface StepBase {
  /** Stable within the module across versions, so records and answers can name a step. */
  id: string;
  title?: LocalisedText;
}

/** Rich text: a small Markdown subset (paragraphs, `**bold**`, `- lists`) plus pictograms shown beside it. */
export interface TextStep extends StepBase {
  kind: 'text';
  body: LocalisedText;
  pictograms?: Pictogram[];
}

export interface ImageStep extends StepBase {
  kind: 'image';
  mediaId: string;
  alt: LocalisedText;
  caption?: LocalisedText;
}

export interface VideoStep extends StepBase {
  kind: 'video';
  mediaId: string;
  caption?: LocalisedText;
  transcript?: LocalisedText;
}

export interface AudioStep extends StepBase {
  kind: 'audio';
  mediaId: string;
  transcript?: LocalisedText;
}

export interface QuizOption {
  id: string;
  label: LocalisedText;
  /** Required for image-choice questions: the picture the worker taps. */
  mediaId?: string;
}

export interface QuizQuestion {
  kind: QuizKind;
  prompt: LocalisedText;
  options: QuizOption[];
  /** single/image: one option id; multiple: every right option id; ordering: all option ids in the right order. */
  correct: string[];
  feedback: { correct: LocalisedText; incorrect: LocalisedText };
}

export interface QuizStep extends StepBase {
  kind: 'quiz';
  question: QuizQuestion;
}

export interface ChecklistItem {
  id: string;
  label: LocalisedText;
}

/** Done on the real site: the worker ticks every item, maybe adds a photo, maybe waits for the trainer's sign-off. */
export interface PracticalStep extends StepBase {
  kind: 'practical';
  instructions: LocalisedText;
  checklist: ChecklistItem[];
  photoRequired: boolean;
  signOffRequired: boolean;
}

/** Which elements of a building model a step is about; the BIM feature shows them in 3D. */
export interface BimClassBinding {
  ifcClass: string;
  predefinedType?: string;
  /** Every condition must hold; `op` defaults to equality (ordering operators compare numbers). */
  where?: { property: string; equals: string | number | boolean; op?: BimConditionOp }[];
}

export const BIM_CONDITION_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const;
export type BimConditionOp = (typeof BIM_CONDITION_OPS)[number];

/** Specific elements of one site's model, by IFC GlobalId (elements absent from another site's model match nothing). */
export interface BimElementsBinding {
  globalIds: string[];
}

export type BimBinding = BimClassBinding | BimElementsBinding;

export const isElementsBinding = (binding: BimBinding): binding is BimElementsBinding => 'globalIds' in binding;

export interface BimStep extends StepBase {
  kind: 'bim';
  instructions?: LocalisedText;
  bindings: BimBinding[];
}

export type ModuleStep = TextStep | ImageStep | VideoStep | AudioStep | QuizStep | PracticalStep | BimStep;

export interface ModuleContent {
  title: LocalisedText;
  summary: LocalisedText;
  trades: string[];
  topic: string;
  estimatedMinutes: number;
  /** Languages the author wrote; the first one is the module's fallback language. */
  languages: Lang[];
  /** Codes of the units of learning outcomes the module covers, e.g. 'ULO-AIR-01'. */
  outcomes: string[];
  /** Share of quiz questions to get right, 0..1. */
  passMark: number;
  /**
   * Whether the module counts toward its ULOs only once its practical steps are validated on site by a trainer
   * (absent: true). Set per version, so records keep the rule they were made under.
   */
  practicalRequiredForAward?: boolean;
  steps: ModuleStep[];
}

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
