import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { queryChanged, queryExists, queryOne, queryRows, querySingle } from './sql.js';

// The helpers only type what TypeORM returns; these pin down the shapes they rely on, on the real driver.
describe('typed raw SQL', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('fit_sql');
    db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await db.query('create table items (id int primary key, label text not null)');
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('reads rows, inserts with RETURNING, and the first row or none', async () => {
    const inserted = await queryRows<{ id: number }>(db, `insert into items values (1, 'a'), (2, 'b') returning id`);
    expect(inserted).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await queryRows<{ label: string }>(db, 'select label from items order by id')).toEqual([{ label: 'a' }, { label: 'b' }]);
    expect(await queryOne<{ label: string }>(db, 'select label from items where id = $1', [2])).toEqual({ label: 'b' });
    expect(await queryOne<{ label: string }>(db, 'select label from items where id = $1', [9])).toBeUndefined();
  });

  it('reads the one row of an aggregate, and names the query when a row it counted on is missing', async () => {
    expect(await querySingle<{ n: number }>(db, 'select count(*)::int as n from items')).toEqual({ n: 2 });
    await expect(querySingle(db, 'select label\n   from items where id = $1', [9])).rejects.toThrow('Expected one row, found none: select label from items where id = $1');
  });

  it('tells whether a row exists', async () => {
    expect(await queryExists(db, 'select 1 from items where id = $1', [1])).toBe(true);
    expect(await queryExists(db, 'select 1 from items where id = $1', [9])).toBe(false);
  });

  it('counts what an UPDATE or DELETE changed, with the rows it returned', async () => {
    expect(await queryChanged(db, `update items set label = label || '!' where id >= $1`, [1])).toEqual({ rows: [], count: 2 });
    expect(await queryChanged<{ id: number }>(db, 'delete from items where id = $1 returning id', [2])).toEqual({ rows: [{ id: 2 }], count: 1 });
    expect(await queryChanged(db, 'update items set label = $2 where id = $1', [9, 'x'])).toEqual({ rows: [], count: 0 });
  });
});
