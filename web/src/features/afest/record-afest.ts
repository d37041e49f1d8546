// The worker's reflective sequence and signature, queued in the tablet's outbox as the worker's own statements: the
// sync sends them with the worker's token and removes them only once the server holds them (exactly once: a statement
// id the server already has is accepted again without a second copy).
import { FIT_ACCOUNT_HOMEPAGE, reflectionStatement, signatureStatement, AFEST_VERBS, type DrawnSignature, type ReflectionText, type Statement } from '@fit/shared';
import type { OutboxDb } from '../sync';

const account = (userId: string): Statement['actor'] => ({ objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: userId } });

interface Who {
  userId: string;
  userName: string;
}

async function queue(outbox: OutboxDb, who: Who, statement: Statement): Promise<void> {
  // The validator loads on demand, as for every record the tablet keeps: it stays out of the first load.
  const { validateStatement } = await import('@fit/shared/validation');
  const checked = validateStatement(statement, { requireId: true });
  if (!checked.ok) throw new Error(`Refusing to queue an invalid statement: ${checked.errors.join('; ')}`);
  await outbox.statements.add({ id: statement.id!, userId: who.userId, userName: who.userName, statement, createdAt: statement.timestamp!, attempts: 0 });
}

export async function recordReflection(
  outbox: OutboxDb,
  who: Who,
  args: { afestId: string; sequenceId: string; trainerId: string; text: ReflectionText; dictated: boolean; language: string },
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  const statement = reflectionStatement({ ...args, id: newId(), workerAccount: account(who.userId), trainerAccount: account(args.trainerId), timestamp: new Date().toISOString() });
  await queue(outbox, who, statement);
}

export async function recordSignature(outbox: OutboxDb, who: Who, afestId: string, signature: DrawnSignature, newId: () => string = () => crypto.randomUUID()): Promise<void> {
  await queue(outbox, who, signatureStatement({ id: newId(), signerAccount: account(who.userId), afestId, signature, timestamp: new Date().toISOString() }));
}

export interface QueuedAfest {
  /** Sequence ids with a reflection waiting to be sent. */
  reflected: Set<string>;
  /** AFEST ids the worker signed on this tablet, waiting to be sent. */
  signed: Set<string>;
}

/** What this worker recorded on the tablet that the server does not hold yet (shown as "waiting to be sent"). */
export async function queuedAfest(outbox: OutboxDb, userId: string): Promise<QueuedAfest> {
  const rows = await outbox.statements.where('userId').equals(userId).toArray();
  const out: QueuedAfest = { reflected: new Set(), signed: new Set() };
  for (const { statement } of rows) {
    const object = 'id' in statement.object ? String(statement.object.id) : '';
    if (statement.verb.id === AFEST_VERBS.reflected) out.reflected.add(object.split('/').pop()!);
    if (statement.verb.id === AFEST_VERBS.signed) out.signed.add(object.split('/').pop()!);
  }
  return out;
}
