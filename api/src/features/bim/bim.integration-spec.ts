import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { matchesAnyRule, type BimRule } from '@fit/shared';
import { fixturePath, IFC_FIXTURES } from '../../test-support/ifc-fixtures.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';
import { BimModelEntity } from './bim-model.entity.js';
import { modelFilePath } from './bim-files.js';
import { rulesToSql } from './bim-rules.sql.js';
import { DEMO_BIM_TOPICS } from './bim-topics.catalogue.js';
import { DEMO_HOUSE_EXPECTED, DEMO_HOUSE_FILE_NAME, demoHouseIfc } from './demo-house.js';
import { indexIfc } from './ifc-index.js';
import { querySingle } from '../../common/sql.js';
import { required } from '../../common/required.js';

// Parsing real models in the background takes seconds, over Jest's 5 s default.
jest.setTimeout(60_000);

const MAX_MB = 5;
const bytesOf = (file: string) => readFileSync(fixturePath(file));

describe('building models (upload, background parse, queries) on the real database', () => {
  let sut: TestApp;
  let dataDir: string;
  let token: string;
  let orgId: string;

  const newSite = async (name: string, organisationId = orgId) => {
    const sites = sut.dataSource.getRepository(SiteEntity);
    return (await sites.save(sites.create({ organisationId, name }))).id;
  };
  const upload = (siteId: string, body: Uint8Array, fileName = 'model.ifc', auth = token) =>
    fetch(`${sut.url}/sites/${siteId}/models?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body,
    });
  const settled = async (modelId: string): Promise<BimModelEntity> => {
    const repo = sut.dataSource.getRepository(BimModelEntity);
    for (let i = 0; i < 300; i++) {
      const model = await repo.findOneByOrFail({ id: modelId });
      if (model.status === 'ready' || model.status === 'failed') return model;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`model ${modelId} did not finish parsing`);
  };
  const uploadAndWait = async (siteId: string, file: string) => {
    const res = await upload(siteId, bytesOf(file), file);
    expect(res.status).toBe(201);
    return settled(((await res.json()) as { id: string }).id);
  };
  const elementRows = async (modelId: string) =>
    Number((await querySingle<{ n: string }>(sut.dataSource, 'select count(*) as n from bim_elements where model_id = $1', [modelId])).n);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fit-bim-'));
    sut = await startTestApp({ config: { dataDir, maxIfcBytes: MAX_MB * 1024 * 1024 } });
    token = await sut.login('trainer@fit.demo');
    orgId = (await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' })).id;
  });
  afterAll(() => sut.close());

  describe.each(IFC_FIXTURES)('$file uploaded through POST /sites/:siteId/models', (fixture) => {
    let model: BimModelEntity;
    beforeAll(async () => {
      model = await uploadAndWait(await newSite(`Site for ${fixture.file}`), fixture.file);
    });

    it('is parsed in the background to ready, with the independent per-class counts', () => {
      expect(model).toMatchObject({ status: 'ready', progress: 100, schema: fixture.schema, version: 1, fileName: fixture.file });
      const by = model.summary!.byClass;
      expect({
        walls: (by.IfcWall ?? 0) + (by.IfcWallStandardCase ?? 0),
        windows: by.IfcWindow ?? 0,
        doors: by.IfcDoor ?? 0,
        slabs: by.IfcSlab ?? 0,
        roofs: by.IfcRoof ?? 0,
        coverings: by.IfcCovering ?? 0,
      }).toEqual({
        walls: fixture.walls,
        windows: fixture.windows,
        doors: fixture.doors,
        slabs: fixture.slabs,
        roofs: fixture.roofs,
        coverings: fixture.coverings,
      });
      expect(model.summary!.storeys).toHaveLength(fixture.storeys);
    });

    it('stores one element row per indexed element, each GlobalId once', async () => {
      expect(await elementRows(model.id)).toBe(model.summary!.elements);
      const { distinct } = await querySingle<{ distinct: string }>(sut.dataSource, 'select count(distinct global_id) as distinct from bim_elements where model_id = $1',
        [model.id],
      );
      expect(Number(distinct)).toBe(model.summary!.elements);
    });

    it('selects in SQL exactly the elements the shared rule matcher selects', async () => {
      const index = await indexIfc(new Uint8Array(bytesOf(fixture.file)));
      const someIds = index.elements.filter((_, i) => i % 7 === 0).map((e) => e.globalId);
      const ruleSets: BimRule[][] = [
        ...DEMO_BIM_TOPICS.map((t) => t.rules),
        [{ ifcClass: 'IfcWall', includeSubclasses: false }],
        [{ ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'neq', value: true }] }],
        [{ ifcClass: 'IfcElement', properties: [{ name: 'ThermalTransmittance', op: 'lt', value: 1.5 }] }],
        [{ ifcClass: 'IfcElement', properties: [{ name: 'FireRating', op: 'gte', value: 1 }] }],
        [{ ifcClass: 'IfcSlab', predefinedType: 'floor' }],
        [{ globalIds: someIds }],
      ];
      for (const rules of ruleSets) {
        const where = rulesToSql(rules, 'e', 2);
        const rows = await sut.dataSource.query<{ global_id: string }[]>(
          `select e.global_id from bim_elements e where e.model_id = $1 and ${where.sql}`,
          [model.id, ...where.params],
        );
        const expected = index.elements.filter((e) => matchesAnyRule(e, rules)).map((e) => e.globalId);
        expect({ rules, ids: rows.map((r) => r.global_id).sort() }).toEqual({ rules, ids: expected.sort() });
      }
    });
  });

  it.each([
    // A file cut short can be repaired and retried, so it is stored and the parse reports it.
    ['a truncated copy', () => bytesOf('IfcOpenHouse_IFC4.ifc').subarray(0, 50_000), /incomplete/],
  ])('ends %s as failed, with a clear message and no element rows', async (_label, body, message) => {
    const res = await upload(await newSite(`Bad ${_label}`), body(), 'bad.ifc');
    expect(res.status).toBe(201);
    const model = await settled(((await res.json()) as { id: string }).id);
    expect(model).toMatchObject({ status: 'failed', errorMessage: expect.stringMatching(message) });
    expect(await elementRows(model.id)).toBe(0);
  });

  it('parses a failed model again on retry, and refuses to retry a ready one', async () => {
    const siteId = await newSite('Retry site');
    const res = await upload(siteId, bytesOf('IfcOpenHouse_IFC4.ifc').subarray(0, 40_000));
    const failed = await settled(((await res.json()) as { id: string }).id);
    expect(failed.status).toBe('failed');
    // The stored file is repaired (as an operator would), then the trainer retries.
    writeFileSync(modelFilePath(dataDir, failed.id), bytesOf('IfcOpenHouse_IFC4.ifc'));
    const retry = `mutation($id: ID!) { retryModelParse(modelId: $id) { id status errorMessage } }`;
    const result = await sut.gql<{ retryModelParse: { status: string } }>(retry, { id: failed.id }, token);
    expect(result.errors).toBeUndefined();
    expect(await settled(failed.id)).toMatchObject({ status: 'ready', errorMessage: null });
    expect(await elementRows(failed.id)).toBe(40);
    const again = await sut.gql(retry, { id: failed.id }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'The file is empty.'],
    ['a JSON file', new TextEncoder().encode('{"model": "house", "walls": 12}'), 'This is not an IFC file'],
    ['a PNG image', new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')), 'This is not an IFC file'],
  ])('refuses %s at upload with 400 naming the problem, and records nothing', async (_label, body, message) => {
    const siteId = await newSite(`Not a model ${_label}`);
    const res = await upload(siteId, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining(message) });
    expect(await sut.dataSource.getRepository(BimModelEntity).countBy({ siteId })).toBe(0);
  });

  it('refuses an upload over the size cap with 413 and records nothing', async () => {
    const siteId = await newSite('Oversize site');
    const res = await upload(siteId, new Uint8Array(MAX_MB * 1024 * 1024 + 1));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(`${MAX_MB} MB`) });
    expect(await sut.dataSource.getRepository(BimModelEntity).countBy({ siteId })).toBe(0);
  });

  it("answers 404 for another organisation's site, and 401 without a token", async () => {
    const orgs = sut.dataSource.getRepository(OrganisationEntity);
    const other = await orgs.save(orgs.create({ slug: 'other-bim', name: 'Autre', kind: 'sme' }));
    const foreignSite = await newSite('Foreign site', other.id);
    const res = await upload(foreignSite, bytesOf('IfcOpenHouse_IFC4.ifc'));
    expect(res.status).toBe(404);
    expect(await sut.dataSource.getRepository(BimModelEntity).countBy({ siteId: foreignSite })).toBe(0);
    const listed = await sut.gql('query($s: ID!) { siteModels(siteId: $s) { id } }', { s: foreignSite }, token);
    expect(listed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await upload(foreignSite, bytesOf('IfcOpenHouse_IFC4.ifc'), 'x.ifc', '')).status).toBe(401);
  });

  it('serves a version\'s stored file to the organisation only, byte for byte, with an ETag', async () => {
    const siteId = await newSite('Download site');
    const res = await upload(siteId, bytesOf('IfcOpenHouse_IFC4.ifc'), 'house.ifc');
    const { id } = (await res.json()) as { id: string };
    const download = (auth: string, site = siteId, headers: Record<string, string> = {}) =>
      fetch(`${sut.url}/sites/${site}/models/${id}/file`, {
        headers: { accept: 'application/octet-stream', ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...headers },
      });
    const ok = await download(token);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(bytesOf('IfcOpenHouse_IFC4.ifc'))).toBe(true);
    expect((await download(token, siteId, { 'if-none-match': ok.headers.get('etag')! })).status).toBe(304);
    expect((await download('')).status).toBe(401);
    const orgs = sut.dataSource.getRepository(OrganisationEntity);
    const other = await orgs.save(orgs.create({ slug: 'other-bim-file', name: 'Autre 2', kind: 'sme' }));
    expect((await download(token, await newSite('Foreign file site', other.id))).status).toBe(404);
  });

  it('keeps the history of versions and reports what changed by GlobalId', async () => {
    const siteId = await newSite('Versions site');
    const v1 = await uploadAndWait(siteId, 'IfcOpenHouse_IFC4.ifc');
    const v2 = await uploadAndWait(siteId, 'AC20-FZK-Haus.ifc');
    const v3 = await uploadAndWait(siteId, 'AC20-FZK-Haus.ifc');
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    const changes = `query($id: ID!) { modelChanges(modelId: $id) { previousVersion addedCount removedCount added removed } }`;
    const c2 = await sut.gql<{ modelChanges: Record<string, unknown> }>(changes, { id: v2.id }, token);
    expect(c2.data?.modelChanges).toMatchObject({
      previousVersion: 1,
      addedCount: v2.summary!.elements,
      removedCount: v1.summary!.elements,
    });
    expect((c2.data?.modelChanges.removed as string[]).length).toBe(v1.summary!.elements);
    const c3 = await sut.gql<{ modelChanges: Record<string, unknown> }>(changes, { id: v3.id }, token);
    expect(c3.data?.modelChanges).toEqual({ previousVersion: 2, addedCount: 0, removedCount: 0, added: [], removed: [] });
    const list = await sut.gql<{ siteModels: { version: number; status: string }[] }>(
      'query($s: ID!) { siteModels(siteId: $s) { version status summary { elements byClass { ifcClass count } storeys { name } } } }',
      { s: siteId },
      token,
    );
    expect(list.data?.siteModels.map((m) => m.version)).toEqual([3, 2, 1]);
  });

  it('lists elements by filter and recommends training topics with counts by storey', async () => {
    const siteId = await newSite('Duplex site');
    const model = await uploadAndWait(siteId, 'duplex.ifc');
    const elements = await sut.gql<{ modelElements: { total: number; items: { ifcClass: string; properties: { name: string; value: string }[] }[] } }>(
      `query($id: ID!, $f: ElementFilterInput) { modelElements(modelId: $id, filter: $f) { total items { ifcClass storey materials properties { name value } } } }`,
      { id: model.id, f: { ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'eq', boolValue: true }], limit: 5 } },
      token,
    );
    expect(elements.errors).toBeUndefined();
    expect(elements.data!.modelElements.total).toBeGreaterThan(0);
    expect(elements.data!.modelElements.items).toHaveLength(5);
    for (const item of elements.data!.modelElements.items) {
      expect(item.ifcClass).toMatch(/^IfcWall/);
      expect(item.properties).toContainEqual({ name: 'IsExternal', value: 'true' });
    }
    const recs = await sut.gql<{ siteRecommendations: { moduleRef: string; elementCount: number; summary: string; globalIds: string[] }[] }>(
      'query($s: ID!) { siteRecommendations(siteId: $s, lang: "en") { moduleRef elementCount summary globalIds storeys { name count } } }',
      { s: siteId },
      token,
    );
    expect(recs.errors).toBeUndefined();
    const windows = recs.data!.siteRecommendations.find((r) => r.moduleRef === 'airtight-window-fitting');
    expect(windows).toMatchObject({ elementCount: 24, summary: expect.stringMatching(/^24 windows, /) });
    // The viewer highlights exactly these elements: one GlobalId per matching window, each once.
    expect(new Set(windows!.globalIds).size).toBe(24);
    expect(recs.data!.siteRecommendations.find((r) => r.moduleRef === 'etics-external-insulation')?.elementCount).toBe(
      elements.data!.modelElements.total,
    );
    // The duplex has rooms but no ventilation terminal or duct: rooms alone do not call for ventilation training.
    expect(recs.data!.siteRecommendations.map((r) => r.moduleRef)).not.toContain('ventilation-mvhr');
  });
});

describe('the demo seed', () => {
  let sut: TestApp;
  let token: string;
  beforeAll(async () => {
    sut = await startTestApp();
    token = await sut.login('trainer@fit.demo');
  });
  afterAll(() => sut.close());

  it('stores the generated demo house as version 1 of the demo site, indexed, and the FZK-Haus as version 2', async () => {
    const sites = await sut.gql<{ sites: { id: string; name: string }[] }>('{ sites { id name } }', {}, token);
    expect(sites.data!.sites).toHaveLength(1);
    const models = await sut.gql<{ siteModels: { version: number; status: string; fileName: string; summary: { elements: number } }[] }>(
      'query($s: ID!) { siteModels(siteId: $s) { version status fileName summary { elements } } }',
      { s: required(sites.data?.sites[0], 'the demo site').id },
      token,
    );
    const total = Object.values(DEMO_HOUSE_EXPECTED.byClass).reduce((a, b) => a + b, 0);
    const house = { version: 1, status: 'ready', fileName: DEMO_HOUSE_FILE_NAME, summary: { elements: total } };
    // The FZK-Haus is seeded only where the shared fixtures exist (development and CI).
    const fzk = { version: 2, status: 'ready', fileName: 'AC20-FZK-Haus.ifc', summary: { elements: 89 } };
    expect(models.data?.siteModels).toEqual(existsSync(fixturePath('AC20-FZK-Haus.ifc')) ? [fzk, house] : [house]);
  });

  it('gives every demo topic elements in the demo house', async () => {
    const sites = sut.dataSource.getRepository(SiteEntity);
    const site = await sites.save(sites.create({ organisationId: (await sites.findOneByOrFail({})).organisationId, name: 'House only' }));
    const res = await fetch(`${sut.url}/sites/${site.id}/models?fileName=house.ifc`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from(demoHouseIfc(), 'latin1'),
    });
    expect(res.status).toBe(201);
    const repo = sut.dataSource.getRepository(BimModelEntity);
    const id = ((await res.json()) as { id: string }).id;
    for (let i = 0; i < 100 && (await repo.findOneByOrFail({ id })).status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 100));
    const recs = await sut.gql<{ siteRecommendations: { moduleRef: string; summary: string }[] }>(
      'query($s: ID!) { siteRecommendations(siteId: $s, lang: "en") { moduleRef summary } }',
      { s: site.id },
      token,
    );
    expect(recs.data?.siteRecommendations.map((r) => r.moduleRef).sort()).toEqual(DEMO_BIM_TOPICS.map((t) => t.moduleRef).sort());
    expect(recs.data?.siteRecommendations).toContainEqual({ moduleRef: 'airtight-window-fitting', summary: '5 windows, Rez-de-chaussée – Étage' });
    expect(recs.data?.siteRecommendations).toContainEqual({ moduleRef: 'etics-external-insulation', summary: '4 external walls, Rez-de-chaussée' });
    // French by default, with the catalogue topic each one opens.
    const french = await sut.gql<{ siteRecommendations: { moduleRef: string; topic: string; title: string; summary: string }[] }>(
      'query($s: ID!) { siteRecommendations(siteId: $s) { moduleRef topic title summary } }',
      { s: site.id },
      token,
    );
    expect(french.data?.siteRecommendations).toContainEqual({
      moduleRef: 'airtight-window-fitting',
      topic: 'airtightness',
      title: 'Pose étanche des fenêtres',
      summary: '5 fenêtres, Rez-de-chaussée – Étage',
    });
  });
});
