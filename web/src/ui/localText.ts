// A localised text ({ en, fr, … } as the API sends titles) in the reader's language.

/** The text in the reader's language, else English, else any language there is. */
export function localText(text: unknown, lang: string): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const t = text as Record<string, unknown>;
  const pick = [t[lang], t[lang.split('-')[0]!], t.en, ...Object.values(t)].find((v) => typeof v === 'string' && v.trim());
  return (pick as string | undefined) ?? '';
}
