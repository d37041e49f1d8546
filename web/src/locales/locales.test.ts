// Every screen speaks its languages in full: staff screens French and English with the same keys; worker screens in
// all six tablet languages, each plural in every form the language's plural rules use (Arabic has six).
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import pt from './pt.json';
import ro from './ro.json';
import { isWorkerKey, WORKER_LANGUAGES, type WorkerLanguage } from './worker-namespaces';

const LOCALES: Record<WorkerLanguage, unknown> = { fr, en, pt, es, ro, ar };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function entries(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}
const keys = (value: unknown) => entries(value).map(([key]) => key);
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** The plural forms i18next asks a language for, for the counts a screen shows (0 to 1000). */
function pluralForms(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))].sort();
}

/** The worker texts of English, plurals folded to their base key: what every language must say. */
const workerTexts = new Map<string, { plural: boolean; vars: string[] }>();
for (const [key, text] of entries(en)) {
  if (!isWorkerKey(key)) continue;
  const base = key.replace(PLURAL, '');
  const known = workerTexts.get(base);
  workerTexts.set(base, { plural: PLURAL.test(key), vars: [...new Set([...(known?.vars ?? []), ...variables(String(text))])].sort() });
}

describe('locales', () => {
  it('French and English have the same keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('the worker screens have texts to check', () => {
    expect(workerTexts.size).toBeGreaterThan(250);
    expect(workerTexts.get('player.rightCount')).toEqual({ plural: true, vars: ['count', 'total'] });
  });

  it.each(WORKER_LANGUAGES)('%s has every worker-screen text, every plural form and the same placeholders', (lang) => {
    const texts = new Map(entries(LOCALES[lang]).map(([key, text]) => [key, String(text)]));
    const problems: string[] = [];
    for (const [base, { plural, vars }] of workerTexts) {
      const forms = plural ? pluralForms(lang).map((form) => `${base}_${form}`) : [base];
      for (const key of forms) {
        const text = texts.get(key);
        if (!text?.trim()) {
          problems.push(`${key}: missing`);
          continue;
        }
        // A plural form may spell its number out ("دقيقتان"), so only {{count}} may be left out.
        const expected = plural ? vars.filter((v) => v !== 'count') : vars;
        const found = variables(text);
        if (expected.some((v) => !found.includes(v)) || found.some((v) => !vars.includes(v)))
          problems.push(`${key}: placeholders ${found.join(',')} instead of ${vars.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['pt', 'es', 'ro', 'ar'] as const)('%s holds worker-screen texts only', (lang) => {
    expect(keys(LOCALES[lang]).filter((key) => !isWorkerKey(key))).toEqual([]);
  });

  it('Arabic uses all six plural forms and Romanian three', () => {
    expect(pluralForms('ar')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralForms('ro')).toEqual(['few', 'one', 'other']);
  });

  it('no text is left empty', () => {
    const empty = Object.values(LOCALES).flatMap((locale) => entries(locale).filter(([, text]) => !String(text).trim()));
    expect(empty).toEqual([]);
  });
});
