// The tablet's outbox in IndexedDB: learning records and evidence photos waiting to reach the server, per worker.
import Dexie, { type EntityTable } from 'dexie';
import type { Statement } from '@fit/shared';

export interface OutboxStatement {
  id: string;
  /** The worker the statement is about: only their own token may send it. */
  userId: string;
  /** Shown on the tablet while the records wait for their worker's next sign-in. */
  userName?: string;
  statement: Statement;
  createdAt: string;
  attempts: number;
  lastError?: string;
  /** The server holds a different statement with this id (409): kept and shown, never resent automatically. */
  conflict?: boolean;
  /**
   * The server refused it under the rule of who may state what (403), e.g. the worker left the organisation while the
   * tablet was offline: set aside with the reason (the organisation's staff see it too), never resent automatically.
   */
  refused?: string;
}

export interface OutboxEvidence {
  id: string;
  userId: string;
  blob: Blob;
  type: string;
  size: number;
  createdAt: string;
  /** Made before the first byte is sent: the server's resumable upload for this photo (see evidence-upload.ts). */
  uploadId?: string;
  /** Set once the photo is on the server: a photo uploaded once is never uploaded again. */
  mediaId?: string;
}

export type OutboxDb = Dexie & {
  statements: EntityTable<OutboxStatement, 'id'>;
  evidence: EntityTable<OutboxEvidence, 'id'>;
};

export function openOutbox(name = 'fit-outbox'): OutboxDb {
  const db = new Dexie(name) as OutboxDb;
  db.version(1).stores({
    statements: 'id, userId, createdAt',
    evidence: 'id, userId',
  });
  return db;
}

let shared: OutboxDb | undefined;

/** The app's one outbox, opened on first use (never in unit tests that pass their own). */
export function appOutbox(): OutboxDb {
  shared ??= openOutbox();
  return shared;
}

/** Prefix of a local evidence reference inside a queued statement; the sync swaps it for the uploaded media id. */
export const LOCAL_EVIDENCE = 'local-evidence:';
