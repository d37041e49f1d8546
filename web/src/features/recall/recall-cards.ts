// The worker's recall cards on this tablet: those of the site pack, moved on by the reviews made here that the pack
// does not know yet (still in the outbox), so a question answered offline is not asked again before it is due.
import { FIT_VERBS, dueRecallCards, reviewRecallCard, type SitePackRecallCard } from '@fit/shared';
import type { PackDb } from '../site-pack';
import type { OutboxDb } from '../sync';

export async function recallCardsOf(userId: string, pack: PackDb, outbox: OutboxDb): Promise<SitePackRecallCard[]> {
  const worker = await pack.workers.get(userId);
  const cards = worker?.recall ?? [];
  if (cards.length === 0) return [];
  const pending = (await outbox.statements.where('userId').equals(userId).toArray())
    .map((entry) => entry.statement)
    .filter((s) => s.verb.id === FIT_VERBS.recalled && typeof s.result?.success === 'boolean' && s.timestamp)
    .sort((a, b) => Date.parse(a.timestamp!) - Date.parse(b.timestamp!));
  return cards.map((c) => {
    const newer = pending.filter((s) => (s.object as { id: string }).id === c.activityId && (!c.card.lastReview || s.timestamp! > c.card.lastReview));
    return newer.length ? { ...c, card: newer.reduce((card, s) => reviewRecallCard(card, { at: s.timestamp!, correct: s.result!.success! }), c.card) } : c;
  });
}

/** One recall's questions: the due cards, most overdue first, at most five. */
export async function dueRecall(userId: string, pack: PackDb, outbox: OutboxDb, now = new Date()): Promise<SitePackRecallCard[]> {
  return dueRecallCards(await recallCardsOf(userId, pack, outbox), now);
}
