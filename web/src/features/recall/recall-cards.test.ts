import 'fake-indexeddb/auto';
import { FIT_VERBS, newRecallCard, replayRecallCard, reviewRecallCard, type QuizStep, type SitePackRecallCard, type SitePackWorker } from '@fit/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPackDb, type PackDb } from '../site-pack';
import { openOutbox, type OutboxDb } from '../sync';
import { dueRecall, recallCardsOf } from './recall-cards';
import { recordRecall } from './record-recall';

const USER = '0b5d3f5e-29a6-4d4e-9d58-0b1f7b0f9a11';
const VERSION = 'a7c9d7e0-4c0e-4b62-8a5e-9f0f6d3c1b22';
const question: QuizStep = {
  id: 'q1',
  kind: 'quiz',
  question: {
    kind: 'single',
    prompt: { fr: 'Quel adhésif ?', en: 'Which tape?' },
    options: [
      { id: 'a', label: { fr: 'Adhésif de menuiserie', en: 'Window tape' } },
      { id: 'b', label: { fr: 'Ruban de peintre', en: 'Masking tape' } },
    ],
    correct: ['a'],
    feedback: { correct: { fr: 'Oui' }, incorrect: { fr: 'Non' } },
  },
};
const firstAnswer = { at: '2026-03-02T08:00:00.000Z', correct: true, id: 's1' };
const card = (stepId: string): SitePackRecallCard => ({
  activityId: `https://w3id.org/fit/module-versions/${VERSION}/steps/${stepId}`,
  versionId: VERSION,
  moduleTitle: { fr: 'Fenêtres', en: 'Windows' },
  question: { ...question, id: stepId },
  card: replayRecallCard([firstAnswer])!,
});

let pack: PackDb;
let outbox: OutboxDb;

beforeEach(async () => {
  pack = openPackDb(`pack-${crypto.randomUUID()}`);
  outbox = openOutbox(`outbox-${crypto.randomUUID()}`);
  const worker = { id: USER, displayName: 'Julien Moreau', language: 'fr', teams: [], hasPin: true, badgeHash: null, lockedUntil: null, assignments: [], etag: 'x' } satisfies SitePackWorker;
  await pack.workers.put({ ...worker, recall: [card('q1'), card('q2')] });
});

describe('recall on the tablet', () => {
  it('offers the cards due from the pack', async () => {
    // Due on 5 March after the first answer (FSRS): nothing on the 4th, both on the 6th.
    expect(await dueRecall(USER, pack, outbox, new Date('2026-03-04T08:00:00Z'))).toEqual([]);
    expect((await dueRecall(USER, pack, outbox, new Date('2026-03-06T08:00:00Z'))).map((c) => c.question.id)).toEqual(['q1', 'q2']);
  });

  it('queues a recalled statement and moves the card on in the pack, so it is not asked again today', async () => {
    const [due] = await dueRecall(USER, pack, outbox, new Date('2026-03-06T08:00:00Z'));
    await recordRecall(outbox, pack, due!, { userId: USER, response: ['a'], correct: true, at: '2026-03-06T08:00:00.000Z', language: 'fr' }, () => '6f7f2c1e-7d4b-4c61-9d1a-3e6a1c9b2f10');
    const [queued] = await outbox.statements.toArray();
    expect(queued!.statement).toMatchObject({ verb: { id: FIT_VERBS.recalled }, result: { success: true, response: 'a' }, timestamp: '2026-03-06T08:00:00.000Z' });
    const expected = replayRecallCard([firstAnswer, { at: '2026-03-06T08:00:00.000Z', correct: true, id: queued!.id }])!;
    const stored = (await pack.workers.get(USER))!.recall!.find((c) => c.question.id === 'q1')!;
    expect(stored.card).toEqual(expected);
    // The outbox review is older than the card's last review now: not applied twice.
    expect((await recallCardsOf(USER, pack, outbox)).find((c) => c.question.id === 'q1')!.card).toEqual(expected);
    expect((await dueRecall(USER, pack, outbox, new Date('2026-03-06T09:00:00Z'))).map((c) => c.question.id)).toEqual(['q2']);
  });

  it('applies reviews still in the outbox to a pack downloaded before they reached the server', async () => {
    const [due] = await dueRecall(USER, pack, outbox, new Date('2026-03-06T08:00:00Z'));
    await recordRecall(outbox, pack, due!, { userId: USER, response: ['b'], correct: false, at: '2026-03-06T08:00:00.000Z' });
    // A fresh pack from the server that has not seen the recall yet.
    const worker = (await pack.workers.get(USER))!;
    await pack.workers.put({ ...worker, recall: [card('q1'), card('q2')] });
    const q1 = (await recallCardsOf(USER, pack, outbox)).find((c) => c.question.id === 'q1')!;
    expect(q1.card).toEqual(reviewRecallCard(replayRecallCard([firstAnswer])!, { at: '2026-03-06T08:00:00.000Z', correct: false }));
    expect(q1.card.lapses).toBe(1);
    expect(newRecallCard('2026-03-02T08:00:00.000Z').reps).toBe(0);
  });
});
