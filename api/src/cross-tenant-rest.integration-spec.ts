// The cross-tenant walk beyond GraphQL: every REST route that takes an organisation-owned id, and the xAPI Statement
// API, called by organisation A's principals (staff token, worker on A's tablet, A's tablet itself, A's xAPI key)
// with organisation B's ids. B is the demo organisation (site, building model, published versions, learning records).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addMember } from './test-support/accounts.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';
import { registerTabletKey } from './test-support/tablet-key.js';
import { VERB, basicAuthFor, statementBy, xapiClient } from './test-support/xapi-client.js';
import { SiteEntity } from './features/sites/site.entity.js';
import { querySingle } from './common/sql.js';
import { Cmi5OfflineService } from './features/cmi5/cmi5-offline.service.js';

// As a client asks for files (a browser navigation to /sites/… is the web app's page instead).
const FILE_ACCEPT = 'application/x-step, application/octet-stream, application/zip, text/csv, application/json';

describe('cross-tenant walk of REST routes and xAPI (real PostgreSQL)', () => {
  let sut: TestApp;
  let aManager: string;
  let aTrainer: string;
  let aWorkerToken: string;
  let aDevice: string;
  let aBasic: string;
  const b = { siteId: '', modelId: '', versionId: '', statementIds: [] as string[] };

  beforeAll(async () => {
    sut = await startTestApp();
    const aOrg = await addMember(sut.dataSource, 'walk-a', 'walk-a-manager@a.fr', 'manager');
    aManager = await sut.login('walk-a-manager@a.fr');
    await addMember(sut.dataSource, 'walk-a', 'walk-a-trainer@a.fr', 'trainer');
    aTrainer = await sut.login('walk-a-trainer@a.fr');
    aBasic = await basicAuthFor(sut.dataSource, 'walk-a');
    const aSite = await sut.dataSource.getRepository(SiteEntity).save({ organisationId: aOrg, name: 'Chantier A', address: '' });
    const enrolled = await sut.gql<{ enrolTablet: { deviceToken: string } }>(
      'mutation($s: ID!) { enrolTablet(siteId: $s, label: "A") { deviceToken } }',
      { s: aSite.id },
      aManager,
    );
    aDevice = enrolled.data!.enrolTablet.deviceToken;
    await registerTabletKey(sut, aDevice);
    const added = await sut.gql<{ addWorker: { worker: { id: string } } }>(
      'mutation { addWorker(input: { displayName: "Ouvrier A", language: "fr", trade: "maçon" }) { worker { id } } }',
      {},
      aManager,
    );
    const aWorker = added.data!.addWorker.worker.id;
    await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "135790") { id } }', { w: aWorker }, aManager);
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: aSite.id, w: [aWorker] }, aManager);
    const signedIn = await sut.gql<{ pinLogin: { accessToken: string } }>(
      'mutation($w: ID!) { pinLogin(workerId: $w, pin: "135790") { accessToken } }',
      { w: aWorker },
      undefined,
      { 'x-device-token': aDevice },
    );
    aWorkerToken = signedIn.data!.pinLogin.accessToken;

    const [demo] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
    b.siteId = (await querySingle<{ id: string }>(sut.dataSource, 'select id from sites where organisation_id = $1 limit 1', [demo!.id])).id;
    b.modelId = (await querySingle<{ id: string }>(sut.dataSource, 'select id from bim_models where site_id = $1 limit 1', [b.siteId])).id;
    b.versionId = (await querySingle<{ id: string }>(sut.dataSource, `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.organisation_id = $1 and v.status = 'published' limit 1`,
      [demo!.id],
    )).id;
    b.statementIds = (await sut.dataSource.query<{ id: string }[]>('select id from xapi_statements where organisation_id = $1', [demo!.id])).map((r) => r.id);
    expect(b.statementIds.length).toBeGreaterThan(0);
  });
  afterAll(() => sut.close());

  const get = (path: string, headers: Record<string, string>) => fetch(`${sut.url}${path}`, { headers: { accept: FILE_ACCEPT, ...headers } });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("A's staff get none of B's files: building model, geometry, module export, matrix CSV, and cannot upload to B's site", async () => {
    const answers = {
      file: (await get(`/sites/${b.siteId}/models/${b.modelId}/file`, bearer(aManager))).status,
      geometry: (await get(`/sites/${b.siteId}/models/${b.modelId}/geometry`, bearer(aManager))).status,
      export: (await get(`/modules/versions/${b.versionId}/export`, bearer(aTrainer))).status,
      matrix: (await get(`/qualifications/matrix.csv?siteId=${b.siteId}`, bearer(aManager))).status,
      evidence: (await get(`/media/evidence/${randomUUID()}`, bearer(aManager))).status,
      upload: (
        await fetch(`${sut.url}/sites/${b.siteId}/models?fileName=x.ifc`, {
          method: 'POST',
          headers: { ...bearer(aManager), 'content-type': 'application/octet-stream' },
          body: 'ISO-10303-21;',
        })
      ).status,
    };
    expect(answers).toEqual({ file: 404, geometry: 404, export: 404, matrix: 404, evidence: 404, upload: 404 });
  });

  it("A's staff and worker get none of B's AFEST files (PDF, CSV)", async () => {
    const [afest] = await sut.dataSource.query<{ id: string }[]>(
      `insert into afests (organisation_id, worker_id, trainer_id, title, positioning_note)
       select m.organisation_id, m.user_id, (select id from users where email = 'trainer@fit.demo'), 'AFEST B', 'B'
         from memberships m join organisations o on o.id = m.organisation_id where o.slug = 'demo' and m.role = 'worker' limit 1 returning id`,
    );
    for (const token of [aManager, aTrainer, aWorkerToken]) {
      expect((await get(`/afest-files/${afest!.id}/file.pdf`, bearer(token))).status).toBe(404);
      expect((await get(`/afest-files/${afest!.id}/file.csv`, bearer(token))).status).toBe(404);
    }
  });

  it("A's worker on A's tablet gets none of B's model files", async () => {
    expect((await get(`/sites/${b.siteId}/models/${b.modelId}/file`, bearer(aWorkerToken))).status).toBe(404);
    expect((await get(`/sites/${b.siteId}/models/${b.modelId}/geometry`, bearer(aWorkerToken))).status).toBe(404);
  });

  it("A's tablet gets none of B's versions or geometry through its site pack routes, and its pack has nothing of B", async () => {
    const device = { 'x-device-token': aDevice };
    expect((await get(`/site-pack/versions/${b.versionId}`, device)).status).toBe(404);
    expect((await get(`/site-pack/models/${b.modelId}/geometry`, device)).status).toBe(404);
    const pack = await (await get('/site-pack', device)).text();
    expect(pack).not.toContain(b.siteId);
    expect(pack).not.toContain(b.versionId);
    expect(pack).not.toContain('Julien Moreau');
    // Its prepared cmi5 launches (offline play) are its own crew's only.
    const launches = await sut.app.get(Cmi5OfflineService).prepare(aDevice);
    expect(JSON.stringify(launches)).not.toContain(b.versionId);
    expect(launches.launches.every((l) => !b.statementIds.includes(l.sessionId))).toBe(true);
  });

  it("A's xAPI key and A's worker never read B's statements, by list or by id", async () => {
    for (const authorization of [aBasic, `Bearer ${aWorkerToken}`]) {
      const xapi = xapiClient(sut.url, authorization);
      const page = await xapi<{ statements: { id: string }[] }>('GET', '?limit=500');
      expect(page.status).toBe(200);
      expect(page.body.statements.filter((s) => b.statementIds.includes(s.id))).toEqual([]);
      expect((await xapi('GET', `?statementId=${b.statementIds[0]}`)).status).toBe(404);
    }
  });

  it("A's xAPI key cannot void B's statements: refused, and the statement stays", async () => {
    const xapi = xapiClient(sut.url, aBasic);
    const { actor_user_id: actor } = await querySingle<{ actor_user_id: string }>(sut.dataSource, 'select actor_user_id from xapi_statements where id = $1', [
      b.statementIds[0],
    ]);
    const voiding = statementBy(actor, VERB.voided, 'unused', { object: { objectType: 'StatementRef', id: b.statementIds[0] } });
    const answer = await xapi('POST', '', voiding);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    const { voided } = await querySingle<{ voided: boolean }>(sut.dataSource, 'select voided from xapi_statements where id = $1', [b.statementIds[0]]);
    expect(voided).toBe(false);
  });
});
