// Stopping under load: stop accepting connections, let the requests in flight finish, and only then close the
// application (its database pool, jobs, timers). Each wait is bounded by the grace: a request stuck in the database
// (a lock held elsewhere) neither keeps FIT from stopping on SIGTERM nor keeps its pool from closing.
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { INestApplication } from '@nestjs/common';

export async function closeGracefully(app: INestApplication, graceMs = 10_000): Promise<'closed' | 'gave up waiting'> {
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      clearInterval(sweep);
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    // Kept-alive connections with no request in flight would hold close() until they time out; connections whose
    // request finishes after close() began become idle too, so they are swept until the server is closed.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearTimeout(timer);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
  // The pool waits for its busy connections; a query stuck behind a lock would hold it for ever.
  const closed = app.close().then(() => 'closed' as const);
  return Promise.race([closed, sleep(graceMs, 'gave up waiting' as const, { ref: false })]);
}
