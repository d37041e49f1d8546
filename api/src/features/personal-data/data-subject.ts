// Whose data a request is about, and how far the caller may see it: a person sees everything FIT holds about them;
// a manager or admin acting on a worker's behalf sees what their own organisation holds, and only for its members.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';

export interface DataSubject {
  userId: string;
  /** Null: every organisation (the person themselves); else only this organisation's records. */
  organisationId: string | null;
}

export const ON_BEHALF_ROLES = ['manager', 'admin'] as const;

export async function dataSubject(db: DataSource, viewer: Viewer, workerId?: string | null): Promise<DataSubject> {
  if (!workerId || workerId === viewer.userId) return { userId: viewer.userId, organisationId: null };
  // Someone else's: the same answer whether the person does not exist or is not the caller's to see.
  if (!isUuid(workerId) || !(ON_BEHALF_ROLES as readonly string[]).includes(viewer.role)) throw notFound('This worker');
  const [member] = await db.query<{ ok: number }[]>('select 1 as ok from memberships where user_id = $1 and organisation_id = $2', [
    workerId,
    viewer.organisationId,
  ]);
  if (!member) throw notFound('This worker');
  return { userId: workerId, organisationId: viewer.organisationId };
}
