import { describe, expect, it } from 'vitest';
import { COMPETENCE_ITEMS, isValidAnswer, positioningItem, POSITIONING_ITEMS } from './items.js';
import { positioningProfile, type PositioningAnswers } from './scoring.js';

/** Every competence item answered right, except those named, which get a wrong answer. */
function competences(wrong: string[] = []): PositioningAnswers {
  return Object.fromEntries(
    COMPETENCE_ITEMS.map((item) => {
      if (item.kind === 'order') return [item.id, wrong.includes(item.id) ? [...item.correct].reverse() : [...item.correct]];
      return [item.id, wrong.includes(item.id) ? (item.correct + 1) % item.options : item.correct];
    }),
  );
}

describe('positioning profile (hand-computed cases)', () => {
  it('scores appetence on the 0–3 scale and competence over the items relevant to each family', () => {
    const profile = positioningProfile({ 'like-insulation': 3, 'like-painting': 2, 'like-electricity': 1, ...competences(['safety-cable', 'calc-panels']) });
    const byFamily = Object.fromEntries(profile.families.map((f) => [f.family, f]));
    // Insulation: 8 relevant items (2 plan, 2 tape, order-insulation, safety-ladder, 2 calc), calc-panels wrong → 7/8.
    expect(byFamily.insulation).toEqual({ family: 'insulation', appetence: 100, competence: 88 });
    // Painting: plan-window, order-painting, safety-ladder, 2 calc → 4/5; appetence 2/3.
    expect(byFamily.painting).toEqual({ family: 'painting', appetence: 67, competence: 80 });
    // Electricity: 2 plan, 2 tape, 2 safety, safety-cable wrong → 5/6; appetence 1/3.
    expect(byFamily.electricity).toEqual({ family: 'electricity', appetence: 33, competence: 83 });
    expect(byFamily.roofing!.appetence).toBeNull();
    expect(profile.fits).toEqual(['insulation', 'painting']);
    expect(profile.startingUlos).toEqual(['ULO-HS-01', 'ULO-INS-02', 'ULO-AIR-01', 'ULO-INS-01']);
    expect(profile).toMatchObject({ answered: 13, total: 18 });
  });

  it('keeps a liked trade out of the fits while its basics are not shown, and counts unanswered items as not shown', () => {
    const halfway = positioningProfile({ 'like-plumbing': 3, 'plan-window': 1, 'tape-47': 1 });
    // Plumbing: 6 relevant items (2 plan, 2 tape, 2 safety), 2 right.
    expect(halfway.families.find((f) => f.family === 'plumbing')).toEqual({ family: 'plumbing', appetence: 100, competence: 33 });
    expect(halfway.fits).toEqual([]);
    expect(halfway.startingUlos).toEqual([]);
  });

  it('gives an order item only for the exact order, and nothing for an empty sheet', () => {
    const wrongOrder = positioningProfile({ 'like-painting': 3, ...competences(['order-painting']) });
    expect(wrongOrder.families.find((f) => f.family === 'painting')!.competence).toBe(80);
    const empty = positioningProfile({});
    expect(empty.fits).toEqual([]);
    expect(empty.answered).toBe(0);
    expect(empty.families.every((f) => f.appetence === null && f.competence === 0)).toBe(true);
  });

  it('ranks fits by appetence plus competence', () => {
    const profile = positioningProfile({ 'like-insulation': 2, 'like-masonry': 3, ...competences() });
    expect(profile.fits).toEqual(['masonry', 'insulation']);
  });
});

describe('positioning answers', () => {
  it('accepts a scale value, an option in range and a permutation of the steps only', () => {
    expect(isValidAnswer(positioningItem('like-roofing')!, 3)).toBe(true);
    expect(isValidAnswer(positioningItem('like-roofing')!, 4)).toBe(false);
    expect(isValidAnswer(positioningItem('tape-47')!, 2)).toBe(true);
    expect(isValidAnswer(positioningItem('tape-47')!, 3)).toBe(false);
    expect(isValidAnswer(positioningItem('order-painting')!, [2, 0, 1])).toBe(true);
    expect(isValidAnswer(positioningItem('order-painting')!, [0, 0, 1])).toBe(false);
    expect(isValidAnswer(positioningItem('order-painting')!, '0,1,2')).toBe(false);
    expect(new Set(POSITIONING_ITEMS.map((item) => item.id)).size).toBe(POSITIONING_ITEMS.length);
  });
});
