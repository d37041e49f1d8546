// Errors that mean "the database is restarting or unreachable", not "this request is wrong": clients (tablets,
// the proxy) should retry them, so they are answered 503 with Retry-After instead of a bare 500.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
// TypeORM releases a transaction's query runner when its connection breaks (a restart mid-transaction); the next
// statement of that transaction then fails with one of these errors (through the runner, or through its manager)
// rather than a connection error.
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Client has encountered a connection error/;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is restarting or unreachable. Try again in a moment.';
export const RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    // graphql-js wraps a thrown value that is not an Error of its realm as NonErrorThrown { thrownValue }.
    const { code, name, message, driverError, cause, thrownValue } = e as { code?: unknown; name?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; thrownValue?: unknown };
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_ERRNOS.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    e = driverError ?? cause ?? thrownValue;
  }
  return false;
}
