// Records one recall answer on the tablet: an xAPI statement (FIT's `recalled` verb) into the outbox, synced like every
// other record, and the card moved on in the local pack at once (the server's replay of the log gives the same state).
import { recallStatement, reviewRecallCard, type RecallAnswer, type SitePackRecallCard } from '@fit/shared';
import { validateStatement } from '@fit/shared/validation';
import type { PackDb } from '../site-pack';
import type { OutboxDb } from '../sync';

export async function recordRecall(
  outbox: OutboxDb,
  pack: PackDb,
  card: SitePackRecallCard,
  answer: Omit<RecallAnswer, 'id' | 'versionId' | 'stepId'> & { userName?: string },
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  const { userName, ...rest } = answer;
  const statement = recallStatement({ ...rest, id: newId(), versionId: card.versionId, stepId: card.question.id });
  const checked = validateStatement(statement, { requireId: true });
  if (!checked.ok) throw new Error(`Refusing to queue an invalid statement: ${checked.errors.join('; ')}`);
  await outbox.statements.add({ id: statement.id!, userId: answer.userId, userName, statement, createdAt: answer.at, attempts: 0 });
  await pack.transaction('rw', pack.workers, async () => {
    const worker = await pack.workers.get(answer.userId);
    if (!worker?.recall) return;
    const recall = worker.recall.map((c) => (c.activityId === card.activityId ? { ...c, card: reviewRecallCard(c.card, answer) } : c));
    await pack.workers.put({ ...worker, recall });
  });
}
