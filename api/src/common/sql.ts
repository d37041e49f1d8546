// Raw SQL comes back from TypeORM as `any`. These helpers make each call site name its row type once, so the
// compiler checks every use that follows; services then map the snake_case rows to their domain types.
// They only type what the driver returns: the SQL text and the round trips stay exactly as written.

/** What runs SQL: a DataSource, an EntityManager (a transaction's too), a QueryRunner or a Repository. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The rows of a SELECT (or of an INSERT … RETURNING). */
export async function queryRows<Row>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<Row[]> {
  return (await runner.query(sql, parameters)) as Row[];
}

/** The first row, or undefined when there is none: the caller says what absence means (usually NOT_FOUND). */
export async function queryOne<Row>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<Row | undefined> {
  const [row] = await queryRows<Row>(runner, sql, parameters);
  return row;
}

/**
 * The row of a query that always answers one (an aggregate, `select current_user`, an upsert's RETURNING): none is
 * a bug, reported with the query rather than as "cannot read properties of undefined".
 */
export async function querySingle<Row>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<Row> {
  const row = await queryOne<Row>(runner, sql, parameters);
  if (row === undefined) throw new Error(`Expected one row, found none: ${sql.replace(/\s+/g, ' ').trim().slice(0, 120)}`);
  return row;
}

/** Whether the query found any row (`select 1 from … where …`). */
export async function queryExists(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<boolean> {
  return (await queryRows<unknown>(runner, sql, parameters)).length > 0;
}

/**
 * An UPDATE or DELETE: TypeORM answers them with `[rows, rowCount]` (rows from RETURNING, else empty), unlike a
 * SELECT or an INSERT which answer the rows alone.
 */
export async function queryChanged<Row = never>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<{ rows: Row[]; count: number }> {
  const [rows, count] = (await runner.query(sql, parameters)) as [Row[], number];
  return { rows, count };
}
