// Everything FIT holds about a person, as one JSON document (GDPR articles 15 and 20): the account, memberships,
// learning records (the ledger's statements as stored), evidence photos (their addresses), and every other row that
// names them, table by table. Tables are found by their `user_id` column, so a table added later is exported too;
// secrets (password and PIN hashes, token hashes, badge codes) never are.
import type { DataSource } from 'typeorm';
import type { DataSubject } from './data-subject.js';

/** Columns that hold secrets or credentials of the person, never exported. */
const SECRET_COLUMN = /(password|pin_hash|token|secret|badge_code)/;
/** Tables exported in their own section, or holding only secrets. */
const OWN_SECTION = new Set(['users', 'memberships', 'xapi_statements', 'media_assets', 'refresh_tokens']);

export interface PersonalDataExport {
  format: 'fit-personal-data/1';
  exportedAt: string;
  scope: 'everything' | { organisation: string };
  person: Record<string, unknown>;
  memberships: Record<string, unknown>[];
  learningRecords: Record<string, unknown>[];
  evidencePhotos: Record<string, unknown>[];
  records: Record<string, Record<string, unknown>[]>;
}

export async function exportPersonalData(db: DataSource, subject: DataSubject, publicUrl: string): Promise<PersonalDataExport> {
  const { userId, organisationId } = subject;
  const [person] = await db.query<Record<string, unknown>[]>(
    'select id, display_name as "displayName", email, language, created_at as "createdAt" from users where id = $1',
    [userId],
  );
  const [org] = organisationId ? await db.query<{ name: string }[]>('select name from organisations where id = $1', [organisationId]) : [];
  const memberships = await db.query<Record<string, unknown>[]>(
    `select o.name as organisation, m.role, m.trade, m.pin_hash is not null as "hasPin", m.badge_code is not null as "hasBadge", m.created_at as "since"
       from memberships m join organisations o on o.id = m.organisation_id
      where m.user_id = $1 and ($2::uuid is null or m.organisation_id = $2) order by m.created_at`,
    [userId, organisationId],
  );
  const learningRecords = await db.query<Record<string, unknown>[]>(
    `select statement, stored, voided from xapi_statements where actor_user_id = $1 and ($2::uuid is null or organisation_id = $2) order by timestamp, id`,
    [userId, organisationId],
  );
  const photos = await db.query<{ id: string; contentType: string; byteSize: number; createdAt: Date }[]>(
    `select id, content_type as "contentType", byte_size as "byteSize", created_at as "createdAt" from media_assets
      where purpose = 'evidence' and created_by = $1 and ($2::uuid is null or organisation_id = $2) order by created_at, id`,
    [userId, organisationId],
  );
  return {
    format: 'fit-personal-data/1',
    exportedAt: new Date().toISOString(),
    scope: org ? { organisation: org.name } : 'everything',
    person: person ?? {},
    memberships,
    learningRecords,
    evidencePhotos: photos.map((p) => ({ ...p, url: `${publicUrl}/media/${p.id}` })),
    records: await rowsNamingPerson(db, subject),
  };
}

async function rowsNamingPerson(db: DataSource, { userId, organisationId }: DataSubject): Promise<Record<string, Record<string, unknown>[]>> {
  const columns = await db.query<{ table: string; column: string }[]>(
    `select c.table_name as "table", c.column_name as "column" from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id')
      order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const records: Record<string, Record<string, unknown>[]> = {};
  for (const [table, cols] of byTable) {
    if (OWN_SECTION.has(table)) continue;
    const hasOrganisation = cols.includes('organisation_id');
    // On someone's behalf, only what the caller's organisation holds.
    if (organisationId && !hasOrganisation) continue;
    const visible = cols.filter((c) => !SECRET_COLUMN.test(c));
    const list = visible.map((c) => `"${c}"`).join(', ');
    const rows = await db.query<Record<string, unknown>[]>(
      `select ${list} from "${table}" where user_id = $1${organisationId ? ' and organisation_id = $2' : ''}`,
      organisationId ? [userId, organisationId] : [userId],
    );
    if (rows.length) records[table] = rows;
  }
  return records;
}
