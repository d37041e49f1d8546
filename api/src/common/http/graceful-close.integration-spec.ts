import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { closeGracefully } from './graceful-close.js';

describe('stopping FIT under load', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.database.drop());

  it('finishes the requests in flight before closing the database pool: no 500s', async () => {
    const token = await sut.login('manager@fit.demo');
    const query = JSON.stringify({ query: '{ me { id memberships { organisation { id name } } } teams { id members { id displayName } } }' });
    // Stop once the server holds a good part of them, mid-flight.
    let received = 0;
    const server = sut.app.getHttpServer() as Server;
    const underway = new Promise<void>((resolve) => server.on('request', () => ++received === 20 && resolve()));
    const inFlight = Array.from({ length: 60 }, () =>
      fetch(`${sut.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: query }).then(
        async (res) => ({ status: res.status, errors: ((await res.json()) as { errors?: unknown[] }).errors }),
        () => ({ status: 0, errors: undefined }), // refused once the server stopped accepting: a tablet retries
      ),
    );
    await underway;
    await closeGracefully(sut.app);
    const answers = await Promise.all(inFlight);
    const answered = answers.filter((a) => a.status !== 0);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((a) => a.status !== 200 || a.errors)).toEqual([]);
  });
});
