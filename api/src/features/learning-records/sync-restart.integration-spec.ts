import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedTestApp, type EmbeddedTestApp } from '../../test-support/embedded-test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { querySingle } from '../../common/sql.js';

describe('a sync while PostgreSQL restarts', () => {
  let sut: EmbeddedTestApp;

  beforeAll(async () => {
    sut = await startEmbeddedTestApp();
  });
  afterAll(() => sut?.close());

  it('loses nothing and doubles nothing: the client retries failed batches until they are stored', async () => {
    const dataSource = sut.dataSource;
    const workerId = await addWorker(dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    const xapi = xapiClient(sut.url, await basicAuthFor(dataSource));
    const batches = Array.from({ length: 12 }, () =>
      Array.from({ length: 50 }, () => statementBy(workerId, VERB.attempted, 'https://w3id.org/fit/modules/restart/v/1')),
    );
    let failures = 0;
    const send = async (batch: unknown[]) => {
      for (let attempt = 0; attempt < 60; attempt++) {
        const res = await xapi('POST', '', batch).catch(() => ({ status: 0 }));
        if (res.status === 200) return;
        failures++;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('batch never stored');
    };

    for (const [index, batch] of batches.entries()) {
      if (index === 4) {
        await sut.stopDatabase();
        setTimeout(() => void sut.startDatabase(), 1000);
      }
      await send(batch);
    }
    for (const batch of batches) await send(batch);

    expect(failures).toBeGreaterThan(0);
    const { n } = await querySingle<{ n: number }>(dataSource, 'select count(*)::int as n from xapi_statements where actor_user_id = $1', [workerId]);
    expect(n).toBe(600);
    const { attempts } = await querySingle<{ attempts: number }>(dataSource, 'select attempts from learning_progress where user_id = $1', [workerId]);
    expect(attempts).toBe(600);
  });
});
