import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { queryChanged, queryRows } from '../../common/sql.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEMO_HOUSE_FILE_NAME } from '../bim/demo-house.js';
import { MODEL_QUANTITIES } from './model-quantities.sql.js';
import { fixturePath } from '../../test-support/ifc-fixtures.js';

jest.setTimeout(120_000);

/** Waits for the model's geometry job: the side areas it estimates are written before the geometry is marked done. */
async function withGeometry(sut: TestApp, modelId: string): Promise<void> {
  for (let i = 0; i < 900; i++) {
    const [model] = await queryRows<{ status: string; geometry_sha256: string | null }>(sut.dataSource, 'select status, geometry_sha256 from bim_models where id = $1', [modelId]);
    if (model?.status === 'failed') throw new Error(`model ${modelId} failed`);
    if (model?.geometry_sha256) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`model ${modelId} got no geometry`);
}

const MODELS = '{ forecastBuildingModels { modelId siteName companyName fileName version windows externalWalls externalWallArea externalWallAreaEstimated } }';

interface ModelRow {
  modelId: string;
  fileName: string;
  windows: number;
  externalWalls: number;
  externalWallArea: number | null;
  externalWallAreaEstimated: boolean;
}

describe('quantities from indexed building models for planned projects (real database, demo and fixture models)', () => {
  let sut: TestApp;
  let planner: string;

  beforeAll(async () => {
    sut = await startTestApp();
    planner = await sut.login('planner@fit.demo');
  });
  afterAll(() => sut.close());

  it('counts the demo house windows and external walls, whose area the geometry estimates (the file has no quantities)', async () => {
    const [demo] = await queryRows<{ id: string }>(sut.dataSource, 'select id from bim_models where file_name = $1', [DEMO_HOUSE_FILE_NAME]);
    await withGeometry(sut, demo!.id);
    const r = await sut.gql<{ forecastBuildingModels: ModelRow[] }>(MODELS, {}, planner);
    expect(r.errors).toBeUndefined();
    const house = r.data!.forecastBuildingModels.find((m) => m.fileName === DEMO_HOUSE_FILE_NAME);
    expect(house).toBeDefined();
    const [counted] = await sut.dataSource.query<{ windows: number; walls: number }[]>(
      `select count(*) filter (where ifc_class = 'IfcWindow')::int as windows,
              count(*) filter (where ifc_class = 'IfcWall' and properties->>'IsExternal' = 'true')::int as walls
         from bim_elements where model_id = $1`,
      [house!.modelId],
    );
    expect(counted!.windows).toBeGreaterThan(0);
    const [areas] = await queryRows<{ area: number; sources: string[] }>(
      sut.dataSource,
      `select sum(side_area) as area, array_agg(distinct side_area_source) as sources from bim_elements
        where model_id = $1 and ifc_class = 'IfcWall' and properties->>'IsExternal' = 'true'`,
      [house!.modelId],
    );
    expect(areas!.sources).toEqual(['geometry']);
    expect(house).toMatchObject({ windows: counted!.windows, externalWalls: counted!.walls, externalWallAreaEstimated: true });
    expect(house!.externalWallArea).toBeCloseTo(areas!.area, 1);
  });

  it('lists only ready models of sites of companies sharing with the planner’s body', async () => {
    const r = await sut.gql<{ forecastBuildingModels: ModelRow[] }>(MODELS, {}, planner);
    const [planRow] = await sut.dataSource.query<{ id: string }[]>(`select organisation_id as id from users u join memberships m on m.user_id = u.id where u.email = 'planner@fit.demo'`);
    const visible = await sut.dataSource.query<{ id: string }[]>(
      `select m.id from bim_models m join sites s on s.id = m.site_id
        join sharing_agreements a on a.company_organisation_id = s.organisation_id and a.ended_at is null
       where a.network_organisation_id = $1 and m.status = 'ready'`,
      [planRow!.id],
    );
    expect(r.data!.forecastBuildingModels.map((m) => m.modelId).sort()).toEqual(visible.map((v) => v.id).sort());
  });

  it('gives the area only once every external wall has a side area', async () => {
    const r = await sut.gql<{ forecastBuildingModels: ModelRow[] }>(MODELS, {}, planner);
    const house = r.data!.forecastBuildingModels.find((m) => m.fileName === DEMO_HOUSE_FILE_NAME)!;
    const runner = sut.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // Inside a rolled-back transaction, so the seeded model stays as indexed for the other tests.
      const walls = await queryRows<{ global_id: string }>(
        runner,
        `select global_id from bim_elements where model_id = $1 and ifc_class = 'IfcWall' and properties->>'IsExternal' = 'true' order by global_id`,
        [house.modelId],
      );
      const [first, ...rest] = walls;
      await queryChanged(runner, `update bim_elements set side_area = null, side_area_source = null where model_id = $1`, [house.modelId]);
      await queryChanged(runner, `update bim_elements set side_area = 25.5, side_area_source = 'NetSideArea' where model_id = $1 and global_id = $2`, [house.modelId, first!.global_id]);
      const companies = (await queryRows<{ id: string }>(runner, `select s.organisation_id as id from bim_models m join sites s on s.id = m.site_id where m.id = $1`, [house.modelId])).map((c) => c.id);
      const partial = (await queryRows<ModelRow>(runner, MODEL_QUANTITIES, [companies])).find((m) => m.modelId === house.modelId);
      expect(partial!.externalWallArea).toBeNull();
      await queryChanged(runner, `update bim_elements set side_area = 20, side_area_source = 'GrossSideArea' where model_id = $1 and global_id = any($2)`, [house.modelId, rest.map((w) => w.global_id)]);
      const full = (await queryRows<ModelRow>(runner, MODEL_QUANTITIES, [companies])).find((m) => m.modelId === house.modelId);
      expect(full).toMatchObject({ externalWallAreaEstimated: false });
      expect(full!.externalWallArea).toBeCloseTo(25.5 + 20 * rest.length, 1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reads the real fixture models: FZK-Haus quantities (its walls are not marked external), estimates for duplex and Office_A', async () => {
    const trainer = await sut.login('trainer@fit.demo');
    const [demo] = await queryRows<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo'`);
    const [site] = await queryRows<{ id: string }>(sut.dataSource, `insert into sites (organisation_id, name) values ($1, 'Fixtures') returning id`, [demo!.id]);
    for (const file of ['duplex.ifc', 'Office_A_20110811.ifc', 'IfcOpenHouse_IFC4.ifc']) {
      const res = await fetch(`${sut.url}/sites/${site!.id}/models?fileName=${file}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${trainer}` },
        body: readFileSync(fixturePath(file)),
      });
      expect(res.status).toBe(201);
      await withGeometry(sut, ((await res.json()) as { id: string }).id);
    }
    const fzkModel = await queryRows<{ id: string }>(sut.dataSource, `select id from bim_models where file_name = 'AC20-FZK-Haus.ifc'`);
    for (const m of fzkModel) await withGeometry(sut, m.id);
    const r = await sut.gql<{ forecastBuildingModels: ModelRow[] }>(MODELS, {}, planner);
    const byFile = (file: string) => r.data!.forecastBuildingModels.find((m) => m.fileName === file)!;
    // FZK-Haus (the demo site's version 2): NetSideArea on all 13 walls, but no wall says IsExternal, so no external area.
    expect(byFile('AC20-FZK-Haus.ifc')).toMatchObject({ externalWalls: 0, externalWallArea: null, externalWallAreaEstimated: false });
    const fzkSources = await queryRows<{ source: string; n: number }>(
      sut.dataSource,
      `select side_area_source as source, count(*)::int as n from bim_elements where model_id = $1 and side_area is not null group by 1`,
      [fzkModel[0]!.id],
    );
    expect(fzkSources).toEqual([{ source: 'NetSideArea', n: 13 }]);
    // IfcOpenHouse: no IsExternal at all.
    expect(byFile('IfcOpenHouse_IFC4.ifc')).toMatchObject({ externalWalls: 0, externalWallArea: null });
    // duplex (23 external walls) and Office_A (18): no wall quantities, so every external wall's area is estimated.
    for (const [file, walls, low, high] of [['duplex.ifc', 23, 350, 600], ['Office_A_20110811.ifc', 18, 1300, 2100]] as const) {
      const model = byFile(file);
      expect(model).toMatchObject({ externalWalls: walls, externalWallAreaEstimated: true });
      expect(model.externalWallArea).toBeGreaterThan(low);
      expect(model.externalWallArea).toBeLessThan(high);
    }
  });

  it('refuses a company manager', async () => {
    const manager = await sut.login('manager@fit.demo');
    const r = await sut.gql(MODELS, {}, manager);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
