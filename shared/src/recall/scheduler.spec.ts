import { describe, expect, it } from 'vitest';
import { FIT_VERBS } from '../xapi/verbs.js';
import { stepActivity } from '../xapi/activities.js';
import { validateStatement } from '../xapi/validate-statement.js';
import { dueRecallCards, newRecallCard, recallReviewOf, recallStatement, replayRecallCard, reviewRecallCard, type RecallReview } from './index.js';

// Review logs with the next due dates ts-fsrs 5.4.2 gives them (no fuzz, day-scale steps), computed with the library.
const day = (d: string) => `2026-03-${d}T08:00:00.000Z`;
const review = (d: string, correct: boolean, id = d): RecallReview => ({ at: day(d), correct, id });

describe('spaced recall scheduling (FSRS)', () => {
  it('spaces a remembered question further each time', () => {
    const log = [review('02', true), review('05', true), review('20', true)];
    const dues = log.map((_, i) => replayRecallCard(log.slice(0, i + 1))!.due);
    expect(dues).toEqual(['2026-03-05T08:00:00.000Z', '2026-03-19T08:00:00.000Z', '2026-05-18T08:00:00.000Z']);
    const card = replayRecallCard(log)!;
    expect(card).toMatchObject({ reps: 3, lapses: 0, phase: 'review', lastReview: day('20') });
    expect(card.stability).toBeCloseTo(59.1124, 3);
  });

  it('counts a lapse when a learned question is forgotten, and brings it back soon', () => {
    const log = [review('02', true), review('05', true), review('20', false)];
    const lapsed = replayRecallCard(log)!;
    expect(lapsed).toMatchObject({ due: '2026-03-22T08:00:00.000Z', reps: 3, lapses: 1 });
    expect(replayRecallCard([...log, review('21', true)])!.due).toBe('2026-03-25T08:00:00.000Z');
  });

  it('asks again the next day after a wrong first answer', () => {
    expect(replayRecallCard([review('02', false)])!.due).toBe('2026-03-03T08:00:00.000Z');
    expect(replayRecallCard([review('02', false), review('03', false)])).toMatchObject({ due: '2026-03-04T08:00:00.000Z', reps: 2, lapses: 1 });
  });

  it('gives the same card whatever order the log arrives in', () => {
    const log = [review('02', true), review('05', true), review('20', false), review('21', true)];
    const expected = replayRecallCard(log);
    for (const shuffled of [[...log].reverse(), [log[2]!, log[0]!, log[3]!, log[1]!]]) expect(replayRecallCard(shuffled)).toEqual(expected);
    // Two reviews at the same instant are replayed by statement id, on the tablet as on the server.
    const tie = [review('02', true, 'b'), review('02', false, 'a')];
    expect(replayRecallCard(tie)).toEqual(replayRecallCard([...tie].reverse()));
  });

  it('replays step by step exactly as the whole log', () => {
    const log = [review('02', true), review('05', false), review('09', true)];
    const stepwise = log.reduce((card, r) => reviewRecallCard(card, r), newRecallCard(log[0]!.at));
    expect(stepwise).toEqual(replayRecallCard(log));
    expect(replayRecallCard([])).toBeUndefined();
  });

  it('offers at most five due questions, most overdue first', () => {
    const cards = ['01', '04', '02', '03', '06', '05', '07'].map((d) => ({ id: d, card: { ...newRecallCard(day('01')), due: day(d) } }));
    expect(dueRecallCards(cards, new Date(day('06'))).map((c) => c.id)).toEqual(['01', '02', '03', '04', '05']);
    expect(dueRecallCards(cards, new Date(day('02'))).map((c) => c.id)).toEqual(['01', '02']);
  });
});

describe('recall statements', () => {
  const answer = { id: '6f7f2c1e-7d4b-4c61-9d1a-3e6a1c9b2f10', userId: '0b5d3f5e-29a6-4d4e-9d58-0b1f7b0f9a11', versionId: 'a7c9d7e0-4c0e-4b62-8a5e-9f0f6d3c1b22', stepId: 'q1', response: ['b'], correct: false, at: day('20'), language: 'pt' };

  it('is valid xAPI with the FIT verb, and reads back as the same review', () => {
    const statement = recallStatement(answer);
    expect(validateStatement(statement, { requireId: true }).ok).toBe(true);
    expect(statement.verb.id).toBe(FIT_VERBS.recalled);
    expect(recallReviewOf(statement)).toEqual({ activityId: stepActivity(answer.versionId, 'q1'), review: { at: day('20'), correct: false, id: answer.id } });
  });

  it('ignores statements that review no question', () => {
    const statement = recallStatement(answer);
    expect(recallReviewOf({ ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } })).toBeUndefined();
    expect(recallReviewOf({ ...statement, object: { objectType: 'Activity', id: 'https://example.org/q1' } })).toBeUndefined();
    expect(recallReviewOf({ ...statement, result: {} })).toBeUndefined();
  });
});
