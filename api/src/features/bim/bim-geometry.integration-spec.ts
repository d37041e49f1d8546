import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { decodeCompactGeometry, type SitePackManifest } from '@fit/shared';
import { fixturePath } from '../../test-support/ifc-fixtures.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { registerTabletKey } from '../../test-support/tablet-key.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';
import { BimGeometryService } from './bim-geometry.service.js';
import { BimModelEntity } from './bim-model.entity.js';

// Index, then geometry, of real models in the background.
jest.setTimeout(90_000);

describe('compact model geometry (background job, GET …/geometry, offline pack entry)', () => {
  let sut: TestApp;
  let token: string;
  let orgId: string;
  let siteId: string;
  let model: BimModelEntity;

  const newSite = async (name: string, organisationId = orgId) => {
    const sites = sut.dataSource.getRepository(SiteEntity);
    return (await sites.save(sites.create({ organisationId, name }))).id;
  };
  const geometry = (site: string, modelId: string, auth = token, headers: Record<string, string> = {}) =>
    fetch(`${sut.url}/sites/${site}/models/${modelId}/geometry`, {
      headers: { accept: 'application/octet-stream', ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...headers },
    });
  const withGeometry = async (modelId: string): Promise<BimModelEntity> => {
    const repo = sut.dataSource.getRepository(BimModelEntity);
    for (let i = 0; i < 600; i++) {
      const found = await repo.findOneByOrFail({ id: modelId });
      if (found.status === 'failed') throw new Error(found.errorMessage ?? 'failed');
      if (found.geometrySha256) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`model ${modelId} got no geometry`);
  };

  beforeAll(async () => {
    sut = await startTestApp({ config: { dataDir: mkdtempSync(join(tmpdir(), 'fit-bim-geometry-')) } });
    token = await sut.login('trainer@fit.demo');
    orgId = (await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' })).id;
    siteId = await newSite('Geometry site');
    const res = await fetch(`${sut.url}/sites/${siteId}/models?fileName=duplex.ifc`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
      body: readFileSync(fixturePath('duplex.ifc')),
    });
    expect(res.status).toBe(201);
    model = await withGeometry(((await res.json()) as { id: string }).id);
  });
  afterAll(() => sut.close());

  it('holds every indexed element once, with its index facts, in a file far smaller than the IFC', async () => {
    const res = await geometry(siteId, model.id);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(model.geometryBytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(model.geometrySha256);
    expect(res.headers.get('etag')).toBe(`"${model.geometrySha256}"`);
    expect(body.length / model.sizeBytes).toBeLessThan(0.2);

    const { header, pieces } = decodeCompactGeometry(new Uint8Array(gunzipSync(body)));
    const rows = await sut.dataSource.query<{ global_id: string; ifc_class: string }[]>(
      'select global_id, ifc_class from bim_elements where model_id = $1',
      [model.id],
    );
    expect(header.elements).toHaveLength(model.summary!.elements);
    expect(new Set(header.elements.map((e) => e.g))).toEqual(new Set(rows.map((r) => r.global_id)));
    const windows = header.elements.filter((e) => e.c === 'IfcWindow');
    expect(windows).toHaveLength(rows.filter((r) => r.ifc_class === 'IfcWindow').length);
    // Windows are drawn: each has geometry of its own or through its parts.
    const drawn = new Set(pieces.map((p) => p.element));
    const drawnOrPart = (i: number) => drawn.has(i) || header.elements.some((e, j) => e.a === i && drawn.has(j));
    expect(windows.every((w) => drawnOrPart(header.elements.indexOf(w)))).toBe(true);
    expect(header.elements.some((e) => e.p.IsExternal === true)).toBe(true);
    for (const p of pieces) expect(Math.max(...p.indices)).toBeLessThan(p.positions.length / 3);
  });

  it('is listed on the model (GraphQL) and for the site pack', async () => {
    const result = await sut.gql<{ currentSiteModel: { id: string; geometry: { url: string; bytes: number; sha256: string } } }>(
      'query($s: ID!) { currentSiteModel(siteId: $s) { id geometry { url bytes sha256 } } }',
      { s: siteId },
      token,
    );
    const entry = { url: `/sites/${siteId}/models/${model.id}/geometry`, bytes: model.geometryBytes, sha256: model.geometrySha256 };
    expect(result.data?.currentSiteModel).toEqual({ id: model.id, geometry: entry });
    const pack = await sut.app.get(BimGeometryService).packModelForSite(siteId);
    expect(pack?.file).toEqual({ ...entry, kind: 'bim-geometry', contentType: 'application/vnd.fit.geometry+gzip', fetchUrl: `/site-pack/models/${model.id}/geometry` });
    expect(pack?.model).toMatchObject({ id: model.id, siteId, geometry: { url: entry.url, bytes: entry.bytes } });
    expect(await sut.app.get(BimGeometryService).packModelForSite(await newSite('Empty pack site'))).toBeNull();
  });

  it("goes into the site's tablet pack, fetched with the tablet's device token only", async () => {
    const enrol = await sut.gql<{ enrolTablet: { deviceToken: string } }>(
      'mutation($s: ID!) { enrolTablet(label: "Geometry tablet", siteId: $s) { deviceToken } }',
      { s: siteId },
      await sut.login('manager@fit.demo'),
    );
    const device = enrol.data!.enrolTablet.deviceToken;
    await registerTabletKey(sut, device);
    const manifest = (await (await fetch(`${sut.url}/site-pack`, { headers: { 'x-device-token': device } })).json()) as SitePackManifest;
    expect(manifest.model).toMatchObject({ id: model.id, siteId, version: model.version });
    const file = manifest.files.find((f) => f.kind === 'bim-geometry')!;
    expect(file).toMatchObject({ url: `/sites/${siteId}/models/${model.id}/geometry`, sha256: model.geometrySha256, bytes: model.geometryBytes });
    const viaDevice = await fetch(`${sut.url}${file.fetchUrl}`, { headers: { 'x-device-token': device } });
    expect(viaDevice.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await viaDevice.arrayBuffer())).digest('hex')).toBe(model.geometrySha256);
    expect((await fetch(`${sut.url}${file.fetchUrl}`)).status).toBe(401);
    expect((await fetch(`${sut.url}/site-pack/models/${randomUUID()}/geometry`, { headers: { 'x-device-token': device } })).status).toBe(404);
  });

  it('answers null for a site without a model, and asks a web session to name the site', async () => {
    const empty = await sut.gql('query($s: ID!) { currentSiteModel(siteId: $s) { id } }', { s: await newSite('No model yet') }, token);
    expect(empty).toMatchObject({ data: { currentSiteModel: null } });
    expect(empty.errors).toBeUndefined();
    const unnamed = await sut.gql('{ currentSiteModel { id } }', {}, token);
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused without a token, for another site or organisation, and for a missing model', async () => {
    expect((await geometry(siteId, model.id, '')).status).toBe(401);
    expect((await geometry(siteId, model.id, token, { 'if-none-match': `"${model.geometrySha256}"` })).status).toBe(304);
    expect((await geometry(await newSite('Another site'), model.id)).status).toBe(404);
    const orgs = sut.dataSource.getRepository(OrganisationEntity);
    const other = await orgs.save(orgs.create({ slug: 'other-geometry', name: 'Autre', kind: 'sme' }));
    const foreignSite = await newSite('Foreign site', other.id);
    await sut.dataSource.query('update bim_models set site_id = $2 where id = $1', [model.id, foreignSite]);
    try {
      const foreign = await geometry(foreignSite, model.id);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain('FITG');
    } finally {
      await sut.dataSource.query('update bim_models set site_id = $2 where id = $1', [model.id, siteId]);
    }
    expect((await geometry(siteId, randomUUID())).status).toBe(404);
    expect((await geometry(siteId, 'not-a-model')).status).toBe(404);
  });
});
