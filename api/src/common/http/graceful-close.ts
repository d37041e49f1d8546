// Stopping under load: stop accepting connections, let the requests in flight finish, and only then close the
// application (its database pool, jobs, timers). Closing the pool first answered in-flight requests with 500s.
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';

export async function closeGracefully(app: INestApplication, graceMs = 10_000): Promise<void> {
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Kept-alive connections with no request in flight would hold close() until they time out.
    server.closeIdleConnections();
  });
  await app.close();
}
