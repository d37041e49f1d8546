// Picks the text to show in a language, and says when it had to fall back, so the player can flag it.
import type { Lang, LocalisedText, ModuleContent, ModuleStep } from './content.js';

export interface Localised {
  text: string;
  /** The language the text is actually in. */
  lang: Lang | null;
  /** True when the wanted language was missing and another one is shown. */
  fellBack: boolean;
}

export function localise(text: LocalisedText | undefined, lang: Lang, fallbackLang: Lang): Localised {
  const wanted = text?.[lang]?.trim();
  if (wanted) return { text: text![lang]!, lang, fellBack: false };
  const fallback = text?.[fallbackLang]?.trim();
  if (fallback) return { text: text![fallbackLang]!, lang: fallbackLang, fellBack: true };
  // Any language beats an empty screen for a worker on site.
  const any = Object.entries(text ?? {}).find(([, value]) => value.trim());
  if (any) return { text: any[1], lang: any[0], fellBack: true };
  return { text: '', lang: null, fellBack: true };
}

/** Every localised text of the content with its path, for checks that apply to all texts. */
export function localisedTexts(content: ModuleContent): { path: string; text: LocalisedText }[] {
  const found: { path: string; text: LocalisedText }[] = [
    { path: 'title', text: content.title },
    { path: 'summary', text: content.summary },
  ];
  content.steps.forEach((step, i) => collectStep(step, `steps[${i}]`, found));
  return found;
}

function collectStep(step: ModuleStep, at: string, found: { path: string; text: LocalisedText }[]): void {
  const add = (path: string, text: LocalisedText | undefined) => {
    if (text) found.push({ path: `${at}.${path}`, text });
  };
  add('title', step.title);
  switch (step.kind) {
    case 'text':
      add('body', step.body);
      break;
    case 'image':
      add('alt', step.alt);
      add('caption', step.caption);
      break;
    case 'video':
      add('caption', step.caption);
      add('transcript', step.transcript);
      break;
    case 'audio':
      add('transcript', step.transcript);
      break;
    case 'quiz':
      add('question.prompt', step.question.prompt);
      step.question.options.forEach((o, j) => add(`question.options[${j}].label`, o.label));
      add('question.feedback.correct', step.question.feedback.correct);
      add('question.feedback.incorrect', step.question.feedback.incorrect);
      break;
    case 'practical':
      add('instructions', step.instructions);
      step.checklist.forEach((item, j) => add(`checklist[${j}].label`, item.label));
      break;
    case 'bim':
      add('instructions', step.instructions);
      break;
  }
}

/**
 * The module's languages with every text written: the only ones a catalogue card may advertise. The first language
 * always counts: it is the fallback, its required texts are checked at publish, and an optional text written only in
 * a translation (a step title, say) does not make it incomplete.
 */
export function completeLanguages(content: ModuleContent): Lang[] {
  const incomplete = new Set(missingTranslations(content).map((m) => m.lang));
  return content.languages.filter((lang, i) => i === 0 || !incomplete.has(lang));
}

/** Languages the module claims with texts still missing, and how many, in the module's order. */
export function incompleteLanguages(content: ModuleContent): { lang: Lang; missing: number }[] {
  const missing = missingTranslations(content);
  return content.languages
    .map((lang) => ({ lang, missing: missing.filter((m) => m.lang === lang).length }))
    .filter((entry) => entry.missing > 0);
}

/** Texts that lack one of the module's declared languages: shown to authors, and as a fallback flag to workers. */
export function missingTranslations(content: ModuleContent): { path: string; lang: Lang }[] {
  const missing: { path: string; lang: Lang }[] = [];
  for (const { path, text } of localisedTexts(content)) {
    for (const lang of content.languages) if (!text[lang]?.trim()) missing.push({ path, lang });
  }
  return missing;
}
