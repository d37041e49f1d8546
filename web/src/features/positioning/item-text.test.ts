import { COMPETENCE_ITEMS, TRADE_FAMILIES } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import fr from '../../locales/fr.json';
import { isSceneItem } from './item-pictures';
import { NUMBER_OPTIONS, SHOWN_STEP_ORDER } from './item-options';

describe('positioning item texts and options', () => {
  it.each([
    ['fr', fr],
    ['ar', ar],
  ] as const)('%s words every item of the bank, its steps and scenes, and every trade', (_, locale) => {
    const items = locale.candidate.items as Record<string, { question: string; steps?: Record<string, string>; options?: Record<string, string> }>;
    for (const item of COMPETENCE_ITEMS) {
      expect(items[item.id]?.question).toBeTruthy();
      if (item.kind === 'order') expect(Object.keys(items[item.id]!.steps ?? {})).toHaveLength(item.correct.length);
      if (item.kind === 'choice' && isSceneItem(item.id)) expect(Object.keys(items[item.id]!.options ?? {})).toHaveLength(item.options);
    }
    for (const family of TRADE_FAMILIES) expect(locale.candidate.trades[family].name).toBeTruthy();
  });

  it('offers as many numbers as the item has options, and never shows the steps already in order', () => {
    for (const item of COMPETENCE_ITEMS) {
      if (item.kind === 'choice' && !isSceneItem(item.id)) expect(NUMBER_OPTIONS[item.id]?.values).toHaveLength(item.options);
      if (item.kind === 'order') {
        const shown = SHOWN_STEP_ORDER[item.id]!;
        expect([...shown].sort()).toEqual([...item.correct].sort());
        expect(shown).not.toEqual(item.correct);
      }
    }
  });
});
