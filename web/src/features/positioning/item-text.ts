// Texts of an item by its id: the ids come from @fit/shared's item bank, so their keys are checked by a test
// (item-text.test.ts) rather than by the compiler, which only knows literal keys.
import type { TFunction } from 'i18next';

type AnyItemKey = 'candidate.items.tape-47.question';

export function itemText(t: TFunction, itemId: string, part: string): string {
  return t(`candidate.items.${itemId}.${part}` as AnyItemKey);
}

export const STAGES = ['consented', 'inProgress', 'completed'] as const;
export const isStage = (stage: string): stage is (typeof STAGES)[number] => (STAGES as readonly string[]).includes(stage);
