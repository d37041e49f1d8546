// Stopping under load: stop accepting connections, let the requests in flight finish, and only then close the
// application (its database pool, jobs, timers). Closing the pool first answered in-flight requests with 500s.
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';

export async function closeGracefully(app: INestApplication, graceMs = 10_000): Promise<void> {
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
  await app.close();
}
