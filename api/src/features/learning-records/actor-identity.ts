// How statements name people: one comparable identifier per actor, and FIT users recognised by their account.
import { FIT_ACCOUNT_HOMEPAGE, type Actor, type StatementObject } from '@fit/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The inverse functional identifier as one string; groups without one are named by their sorted members. */
export function actorIfi(actor: Actor): string {
  if (actor.mbox) return `mbox:${actor.mbox.toLowerCase()}`;
  if (actor.mbox_sha1sum) return `mbox_sha1sum:${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid) return `openid:${actor.openid}`;
  if (actor.account) return `account:${actor.account.homePage}|${actor.account.name}`;
  const members = actor.objectType === 'Group' ? (actor.member ?? []).map(actorIfi).sort() : [];
  return `group:[${members.join(',')}]`;
}

/** The FIT user id when the actor is a FIT account, else undefined. */
export function fitUserId(actor: Actor): string | undefined {
  const account = actor.account;
  return account?.homePage === FIT_ACCOUNT_HOMEPAGE && UUID.test(account.name) ? account.name.toLowerCase() : undefined;
}

export function fitAccount(userId: string): Actor {
  return { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: userId } };
}

export function objectKey(object: StatementObject): string {
  if (object.objectType === 'Agent' || object.objectType === 'Group') return actorIfi(object);
  // A SubStatement is no activity of its own: keyed apart, so the activity filter never mistakes it for its object.
  if (object.objectType === 'SubStatement') return `substatement:${objectKey(object.object)}`;
  return (object as { id: string }).id;
}
