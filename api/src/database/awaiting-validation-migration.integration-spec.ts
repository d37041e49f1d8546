// Existing data moves over honestly: the migration that brought "practical required for award" keeps every award
// made under the old rule and marks those whose practical step was never validated on site "awaiting validation on
// site", with the reason; it deletes nothing. Built from the database as it was just before that migration.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { RecordsThatAreProof1796408375173 } from './migrations/1796408375173-RecordsThatAreProof.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { querySingle } from '../common/sql.js';

const timestampOf = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)?.[1]);
const TARGET = timestampOf(RecordsThatAreProof1796408375173);

interface AwardRow {
  id: string;
  onHoldReason: string | null;
  onHoldSince: Date | null;
}

describe('migration RecordsThatAreProof: awards without their validation on site', () => {
  let database: TestDatabase;
  let db: DataSource;
  const awards = {
    unvalidated: randomUUID(),
    validated: randomUUID(),
    noPracticalStep: randomUUID(),
    practicalNotRequired: randomUUID(),
    revokedUnvalidated: randomUUID(),
  };

  // The schema as it was before the migration, then the rest of the chain (TypeORM runs them in timestamp order).
  const migrate = async (which: (timestamp: number) => boolean) => {
    const ds = new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS.filter((m) => which(timestampOf(m))), migrationsTableName: 'migrations' });
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate((t) => t < TARGET);
    db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();

    const org = randomUUID();
    const worker = randomUUID();
    const framework = randomUUID();
    const scheme = randomUUID();
    await db.query(`insert into organisations (id, slug, name, kind) values ($1, 'old-sme', 'Old SME', 'sme')`, [org]);
    await db.query(`insert into users (id, display_name) values ($1, 'Old Worker')`, [worker]);
    await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [worker, org]);
    await db.query(`insert into qualification_frameworks (id, code, version, title) values ($1, 'F', '1', '{"en": "Framework"}')`, [framework]);
    await db.query(`insert into qualification_schemes (id, framework_id, code, country, awarding_body, title) values ($1, $2, 'S', 'FR', 'Body', '{"en": "Scheme"}')`, [scheme, framework]);

    // Three modules: one with a practical step (required by default), one without, one whose author said the
    // practical step is not required for the award.
    const module = async (slug: string, content: object) => {
      const id = randomUUID();
      await db.query(`insert into learning_modules (id, organisation_id, slug) values ($1, $2, $3)`, [id, org, slug]);
      await db.query(`insert into module_versions (module_id, organisation_id, version, status, content, published_at) values ($1, $2, 1, 'published', $3, now())`, [id, org, JSON.stringify(content)]);
      return id;
    };
    const practical = await module('practical', { steps: [{ kind: 'quiz' }, { kind: 'practical' }] });
    const quizOnly = await module('quiz-only', { steps: [{ kind: 'quiz' }] });
    const optional = await module('optional', { steps: [{ kind: 'practical' }], practicalRequiredForAward: false });

    const award = async (id: string, code: string, evidence: object, revoked = false) => {
      const qualification = randomUUID();
      await db.query(`insert into scheme_qualifications (id, scheme_id, code, title, requirement) values ($1, $2, $3, '{"en": "Q"}', '{}')`, [qualification, scheme, code]);
      await db.query(
        `insert into qualification_awards (id, user_id, qualification_id, awarded_at, evidence, revoked_at) values ($1, $2, $3, '2026-03-01', $4, $5)`,
        [id, worker, qualification, JSON.stringify([evidence]), revoked ? new Date() : null],
      );
    };
    const held = (ulo: string, moduleId: string, done: object) => ({ ulo, state: 'held', evidence: [{ moduleId, passedAt: '2026-02-01T10:00:00Z', ...done }] });
    await award(awards.unvalidated, 'Q-UNVALIDATED', held('ULO-ROOF', practical, {}));
    await award(awards.validated, 'Q-VALIDATED', held('ULO-WALL', practical, { validatedAt: '2026-02-02T10:00:00Z' }));
    await award(awards.noPracticalStep, 'Q-QUIZ', held('ULO-SAFETY', quizOnly, {}));
    await award(awards.practicalNotRequired, 'Q-OPTIONAL', held('ULO-TOOLS', optional, {}));
    await award(awards.revokedUnvalidated, 'Q-REVOKED', held('ULO-GONE', practical, {}), true);
  }, 120_000);

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  const read = () =>
    db.query<AwardRow[]>(`select id, on_hold_reason as "onHoldReason", on_hold_since as "onHoldSince" from qualification_awards order by created_at`);

  it('keeps every award and marks only the one whose practical step was never validated, with the reason', async () => {
    await migrate((t) => t <= TARGET);
    const rows = await read();
    expect(rows.map((r) => r.id).sort()).toEqual(Object.values(awards).sort());
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(awards.unvalidated)).toMatchObject({
      onHoldReason: 'Awaiting validation on site: the practical step behind ULO-ROOF has not been validated by a trainer yet.',
      onHoldSince: expect.any(Date),
    });
    for (const id of [awards.validated, awards.noPracticalStep, awards.practicalNotRequired, awards.revokedUnvalidated]) {
      expect(byId.get(id)).toMatchObject({ onHoldReason: null, onHoldSince: null });
    }
  });

  it('the migrations after it keep the award and its mark', async () => {
    await migrate(() => true);
    const rows = await read();
    expect(rows).toHaveLength(Object.keys(awards).length);
    const { revokedAt, reason } = await querySingle<{ revokedAt: Date | null; reason: string | null }>(db, `select revoked_at as "revokedAt", on_hold_reason as reason from qualification_awards where id = $1`,
      [awards.unvalidated],
    );
    expect(revokedAt).toBeNull();
    expect(reason).toMatch(/^Awaiting validation on site/);
  });
});
