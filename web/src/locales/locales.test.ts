// French and English cover exactly the same texts, so no screen falls back to the other language.
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('French and English have the same keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('no text is left empty', () => {
    const empty = [en, fr].flatMap((locale) =>
      keys(locale).filter(
        (key) =>
          !key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale),
      ),
    );
    expect(empty).toEqual([]);
  });
});
