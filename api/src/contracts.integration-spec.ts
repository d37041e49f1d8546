import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { pendingSchemaChanges } from './database/pending-schema-changes.js';
import { seedDemo } from './features/demo/demo-seed.js';
import { MEDIA_STORAGE } from './features/media/media-storage.js';
import { committedSchema, printAppSchema } from './graphql-schema.js';
import { rootFieldPolicies } from './test-support/resolver-policies.js';
import { controllerRoutePolicies } from './test-support/route-policies.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

describe('contracts of the API', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('serves exactly the schema committed in api/schema.gql (run `npm run fit -- schema` after an API change)', () => {
    expect(printAppSchema(sut.app)).toBe(committedSchema());
  });

  it('has a migration for every entity change (run `npm run fit -- migration:generate <Name>`)', async () => {
    const { up } = await pendingSchemaChanges(sut.dataSource);
    expect(up).toEqual([]);
  });

  it('declares an access policy, public or by role, on every root field of the schema', () => {
    const schema = sut.app.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((t) => t !== null && t !== undefined)
      .flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    const policies = new Map(rootFieldPolicies(sut.app).map((p) => [p.field, p.policy]));
    const withoutPolicy = rootFields.filter((f) => {
      const policy = policies.get(f);
      return policy !== 'public' && !(Array.isArray(policy) && policy.length > 0);
    });
    expect(rootFields.length).toBeGreaterThan(0);
    expect(withoutPolicy).toEqual([]);
  });

  it('declares an access policy, public or by role, on every REST route of every controller', () => {
    const routes = controllerRoutePolicies(sut.app);
    const withoutPolicy = routes.filter((r) => r.policy !== 'public' && !(Array.isArray(r.policy) && r.policy.length > 0));
    expect(routes.map((r) => r.route)).toContain('HealthController.health /health');
    expect(withoutPolicy.map((r) => r.route)).toEqual([]);
  });

  it('seeds the demo idempotently: a second run adds nothing', async () => {
    const count = () =>
      sut.dataSource.query<{ n: number }[]>(
        `select (select count(*) from organisations) + (select count(*) from users)
              + (select count(*) from memberships) + (select count(*) from sites) + (select count(*) from teams)
              + (select count(*) from team_members) + (select count(*) from site_members) + (select count(*) from tablets)
              + (select count(*) from learning_modules) + (select count(*) from module_versions)
              + (select count(*) from media_assets)
              + (select count(*) from bim_models) + (select count(*) from bim_elements) as n`,
      );
    const before = await count();
    await expect(seedDemo(sut.dataSource, { storage: sut.app.get(MEDIA_STORAGE), dataDir: sut.dataDir, work: false })).resolves.toEqual({ created: false });
    expect(await count()).toEqual(before);
  });

  it('reports a healthy database on /health', async () => {
    const res = await fetch(`${sut.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('sends security headers and no framework banner', async () => {
    const res = await fetch(`${sut.url}/health`);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
