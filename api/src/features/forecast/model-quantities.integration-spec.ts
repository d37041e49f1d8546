import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryChanged, queryRows } from '../../common/sql.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEMO_HOUSE_FILE_NAME } from '../bim/demo-house.js';
import { MODEL_QUANTITIES } from './model-quantities.sql.js';

const MODELS = '{ forecastBuildingModels { modelId siteName companyName fileName version windows externalWalls externalWallArea } }';

interface ModelRow {
  modelId: string;
  fileName: string;
  windows: number;
  externalWalls: number;
  externalWallArea: number | null;
}

describe('quantities from indexed building models for planned projects (real database, demo model)', () => {
  let sut: TestApp;
  let planner: string;

  beforeAll(async () => {
    sut = await startTestApp();
    planner = await sut.login('planner@fit.demo');
  });
  afterAll(() => sut.close());

  it('counts the demo house windows and says its external walls have no indexed area', async () => {
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
    expect(house).toMatchObject({ windows: counted!.windows, externalWalls: counted!.walls, externalWallArea: null });
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

  it('sums NetSideArea, else GrossSideArea, once every external wall has one', async () => {
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
      await queryChanged(runner, `update bim_elements set properties = properties || '{"GrossSideArea": 30, "NetSideArea": 25.5}' where model_id = $1 and global_id = $2`, [house.modelId, first!.global_id]);
      const companies = (await queryRows<{ id: string }>(runner, `select s.organisation_id as id from bim_models m join sites s on s.id = m.site_id where m.id = $1`, [house.modelId])).map((c) => c.id);
      const partial = (await queryRows<ModelRow>(runner, MODEL_QUANTITIES, [companies])).find((m) => m.modelId === house.modelId);
      expect(partial!.externalWallArea).toBeNull();
      await queryChanged(runner, `update bim_elements set properties = properties || '{"GrossSideArea": 20}' where model_id = $1 and global_id = any($2)`, [house.modelId, rest.map((w) => w.global_id)]);
      const full = (await queryRows<ModelRow>(runner, MODEL_QUANTITIES, [companies])).find((m) => m.modelId === house.modelId);
      expect(full!.externalWallArea).toBeCloseTo(25.5 + 20 * rest.length, 1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('refuses a company manager', async () => {
    const manager = await sut.login('manager@fit.demo');
    const r = await sut.gql(MODELS, {}, manager);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
