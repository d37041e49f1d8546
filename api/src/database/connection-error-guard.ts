// A pg connection that breaks while no query of ours listens on it (a database restart between two statements of a
// driver's own bookkeeping) emits an 'error' event nobody hears, which Node turns into an uncaught exception that
// would take the whole API down with the database's blip. Those errors are survived (the pool replaces the
// connection, requests meanwhile answer 503); any other uncaught error still ends the process as Node would.
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable.js';

export function survivesUncaught(error: unknown): boolean {
  // An 'error' event whose value is not an Error of this realm is thrown wrapped: ERR_UNHANDLED_ERROR { context }.
  const { code, context } = (error ?? {}) as { code?: unknown; context?: unknown };
  return isDatabaseUnavailable(code === 'ERR_UNHANDLED_ERROR' ? context : error);
}

export function installConnectionErrorGuard(log: Pick<Logger, 'warn' | 'fatal'>): void {
  process.on('uncaughtException', (error) => {
    if (survivesUncaught(error)) {
      log.warn({ err: error }, 'a database connection broke outside any request; it is replaced');
      return;
    }
    log.fatal({ err: error }, 'uncaught exception');
    console.error(error);
    process.exit(1);
  });
}
