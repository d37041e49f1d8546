// The passport's inputs kept on the device (IndexedDB), so the passport is computed and shown without network.
import Dexie, { type EntityTable } from 'dexie';
import type { PassportInputsQuery } from '../../graphql/generated/graphql';

export type PassportInputsData = PassportInputsQuery['passportInputs'];

export interface SavedPassport {
  /** `${viewerId}:${workerId}`: what one signed-in person fetched about one worker. */
  key: string;
  viewerId: string;
  inputs: PassportInputsData;
  savedAt: string;
}

export type PassportDb = Dexie & { passports: EntityTable<SavedPassport, 'key'> };

export function openPassportDb(name = 'fit-passport'): PassportDb {
  const db = new Dexie(name) as PassportDb;
  db.version(1).stores({ passports: 'key, viewerId' });
  return db;
}

let shared: PassportDb | undefined;

export function appPassportDb(): PassportDb {
  shared ??= openPassportDb();
  return shared;
}

const keyOf = (viewerId: string, workerId: string) => `${viewerId}:${workerId}`;

/** Saves the latest inputs; a shared tablet keeps only the current person's copies, never the previous worker's. */
export async function savePassport(db: PassportDb, viewerId: string, inputs: PassportInputsData, now = new Date()): Promise<void> {
  await db.transaction('rw', db.passports, async () => {
    await db.passports.where('viewerId').notEqual(viewerId).delete();
    await db.passports.put({ key: keyOf(viewerId, inputs.workerId), viewerId, inputs, savedAt: now.toISOString() });
  });
}

export async function loadPassport(db: PassportDb, viewerId: string, workerId: string): Promise<SavedPassport | undefined> {
  return db.passports.get(keyOf(viewerId, workerId));
}
