import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const FORECAST = `query($t: ID!, $low: Float, $central: Float, $high: Float, $h: Int, $y: Int) {
  forecast(territoryId: $t, low: $low, central: $central, high: $high, productiveHours: $h, firstYear: $y) {
    territoryName productiveHours sharingCompanies
    scenarios { kind multiplier totalHours peakWorkers peopleToTrain }
    years { scenario year hours workers hoursByTrade { trade hours } ulos { ulo title needed held expiring gap } qualifications { code title gap } }
    plan { modules { moduleId title ulos learners hours } hours uncovered } } }`;

interface ForecastData {
  forecast: {
    territoryName: string;
    sharingCompanies: number;
    scenarios: { kind: string; totalHours: number; peopleToTrain: number }[];
    years: { scenario: string; year: number; hours: number; ulos: { ulo: string; title: string; needed: number; held: number; gap: number }[] }[];
    plan: { modules: { ulos: string[]; learners: number; hours: number }[]; hours: number; uncovered: string[] };
  };
}

describe('territory forecast (through /graphql and the downloads, on the real database)', () => {
  let sut: TestApp;
  let planner: string;
  let manager: string;
  let territoryId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    planner = await sut.login('planner@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const [t] = await sut.dataSource.query<{ id: string }[]>(`select id from territories where name = 'Lyon Est'`);
    territoryId = t!.id;
  });
  afterAll(() => sut.close());

  it('seeds Lyon Est with planned projects over 2027–2031, demo ratios, a declared headcount and a scenario set', async () => {
    const r = await sut.gql<{ forecastProjects: { years: number[] }[]; forecastRatios: { demoValue: boolean; source: string }[]; forecastScenarios: { name: string }[]; forecastHeadcounts: { workers: number }[] }>(
      'query($t: ID!) { forecastProjects(territoryId: $t) { years } forecastRatios { demoValue source } forecastScenarios(territoryId: $t) { name } forecastHeadcounts(territoryId: $t) { workers } }',
      { t: territoryId },
      planner,
    );
    expect(r.errors).toBeUndefined();
    const years = new Set(r.data!.forecastProjects.flatMap((p) => p.years));
    expect([...years].sort()).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(r.data!.forecastRatios).toHaveLength(8);
    expect(r.data!.forecastRatios.every((x) => x.demoValue && /Demo value/.test(x.source))).toBe(true);
    expect(r.data!.forecastScenarios).toHaveLength(1);
    expect(r.data!.forecastHeadcounts.length).toBeGreaterThan(0);
  });

  it('forecasts hours, needs against aggregated supply and a training plan, the high scenario above the low one', async () => {
    const r = await sut.gql<ForecastData>(FORECAST, { t: territoryId, y: 2027 }, planner);
    expect(r.errors).toBeUndefined();
    const f = r.data!.forecast;
    const [sharing] = await sut.dataSource.query<{ n: number }[]>(
      `select count(*)::int as n from sharing_agreements a join organisations o on o.id = a.network_organisation_id
        where o.slug = 'demo-network' and a.ended_at is null`,
    );
    expect(f).toMatchObject({ territoryName: 'Lyon Est', sharingCompanies: sharing!.n });
    expect(sharing!.n).toBeGreaterThan(1); // the demo SME and the social clause's two demo companies
    const [low, central, high] = f.scenarios;
    expect(low!.totalHours).toBeLessThan(central!.totalHours);
    expect(central!.totalHours).toBeLessThan(high!.totalHours);
    const centralYears = f.years.filter((y) => y.scenario === 'central');
    expect(centralYears.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030, 2031]);
    const ulo = centralYears[0]!.ulos.find((u) => u.ulo === 'ULO-INS-01')!;
    expect(ulo.title).toMatch(/isolation/i);
    // The declared headcount alone gives 6 holders of ULO-INS-01; FIT's sharing workers add to it.
    expect(ulo.held).toBeGreaterThanOrEqual(6);
    expect(f.plan.hours).toBeGreaterThan(0);
    // No person leaves a company: only counts in the answer.
    const people = await sut.dataSource.query<{ name: string; email: string }[]>(
      `select u.display_name as name, u.email from users u join memberships m on m.user_id = u.id join organisations o on o.id = m.organisation_id where o.slug = 'demo'`,
    );
    const answer = JSON.stringify(r.data);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect([answer.includes(p.name), answer.includes(p.email)]).toEqual([false, false]);
  });

  it('counts one more holder once a sharing company’s worker holds the ULO, and none once the company stops sharing', async () => {
    const query = () => sut.gql<ForecastData>(FORECAST, { t: territoryId, y: 2027 }, planner);
    const yearOf = (d: ForecastData, year: number) => d.forecast.years.find((y) => y.scenario === 'central' && y.year === year)!;
    const heldOf = (d: ForecastData, code: string) => yearOf(d, 2027).ulos.find((u) => u.ulo === code)?.held ?? 0;
    const before = heldOf((await query()).data!, 'ULO-VEN-01');
    const [worker] = await sut.dataSource.query<{ user_id: string }[]>(
      `select m.user_id from memberships m join organisations o on o.id = m.organisation_id where o.slug = 'demo' and m.role = 'worker'
        and not exists (select 1 from qualification_awards a, jsonb_array_elements(a.evidence) e where a.user_id = m.user_id and e->>'ulo' = 'ULO-VEN-01') limit 1`,
    );
    await sut.dataSource.query(
      `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
       select $1, q.id, current_date, null, '[{"ulo":"ULO-VEN-01","state":"held","achievedAt":"2026-01-01","expiresAt":"2028-06-30","evidence":[]}]'::jsonb
         from scheme_qualifications q where not exists (select 1 from qualification_awards a where a.user_id = $1 and a.qualification_id = q.id and a.expired_at is null and a.revoked_at is null) limit 1`,
      [worker!.user_id],
    );
    const after = (await query()).data!;
    expect(heldOf(after, 'ULO-VEN-01')).toBe(before + 1);
    // Held until mid-2028: counted in 2027, gone from 2028.
    const y2028 = yearOf(after, 2028).ulos.find((u) => u.ulo === 'ULO-VEN-01');
    expect(y2028?.held ?? 0).toBe(before);
    await sut.dataSource.query(`update sharing_agreements set ended_at = now() where network_organisation_id = (select id from organisations where slug = 'demo-network')`);
    const stopped = (await query()).data!;
    expect(stopped.forecast.sharingCompanies).toBe(0);
    expect(heldOf(stopped, 'ULO-VEN-01')).toBe(0);
    await sut.dataSource.query(`update sharing_agreements set ended_at = null where network_organisation_id = (select id from organisations where slug = 'demo-network')`);
  });

  it('adds a project from the form and refuses a wrong field by name', async () => {
    const create = 'mutation($i: ForecastProjectInput!) { createForecastProject(input: $i) { id years packages { workPackage quantity } } }';
    const ok = await sut.gql<{ createForecastProject: { id: string; years: number[] } }>(
      create,
      { i: { territoryId, name: 'Test', years: [2031, 2030], buildingType: 'house', dwellings: 2, packages: [{ workPackage: 'heatPump', quantity: 2 }] } },
      planner,
    );
    expect(ok.data!.createForecastProject.years).toEqual([2030, 2031]);
    const bad = await sut.gql(create, { i: { territoryId, name: 'Test', years: [1990], buildingType: 'house', packages: [{ workPackage: 'heatPump', quantity: 2 }] } }, planner);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years', problem: 'badYear' });
    const removed = await sut.gql('mutation($id: ID!) { deleteForecastProject(id: $id) }', { id: ok.data!.createForecastProject.id }, planner);
    expect(removed.data).toEqual({ deleteForecastProject: true });
  });

  it('imports a CSV all or nothing, naming each wrong line and column', async () => {
    const imp = 'mutation($t: ID!, $c: String!) { importForecastProjects(territoryId: $t, csv: $c) { created errors { line field problem } } }';
    const bad = await sut.gql<{ importForecastProjects: unknown }>(imp, { t: territoryId, c: 'name,years,buildingType,heatPump\nA,2027,house,3\n,2027,castle,x\n' }, planner);
    expect(bad.data!.importForecastProjects).toEqual({
      created: 0,
      errors: [
        { line: 3, field: 'name', problem: 'required' },
        { line: 3, field: 'buildingType', problem: 'badType' },
        { line: 3, field: 'heatPump', problem: 'badNumber' },
      ],
    });
    const good = await sut.gql<{ importForecastProjects: unknown }>(imp, { t: territoryId, c: 'name,years,buildingType,heatPump\nA,2027-2028,house,3\nB,2029,house,"1,5"\n' }, planner);
    expect(good.data!.importForecastProjects).toEqual({ created: 2, errors: [] });
  });

  it('saves a ratio as the body’s own value and a scenario set with ordered multipliers', async () => {
    const saved = await sut.gql<{ saveForecastRatio: { demoValue: boolean; hoursPerUnit: { trade: string; hours: number }[] } }>(
      'mutation($i: ForecastRatioInput!) { saveForecastRatio(input: $i) { demoValue hoursPerUnit { trade hours } } }',
      { i: { workPackage: 'heatPump', hoursPerUnit: [{ trade: 'plumbingHeating', hours: 20 }], ulos: ['ULO-HP-01'], source: 'Enquête 2026' } },
      planner,
    );
    expect(saved.data!.saveForecastRatio).toEqual({ demoValue: false, hoursPerUnit: [{ trade: 'plumbingHeating', hours: 20 }] });
    const unordered = await sut.gql(
      'mutation($i: ScenarioSetInput!) { saveForecastScenario(input: $i) { id } }',
      { i: { territoryId, name: 'x', low: 1.2, central: 1, high: 1.3, productiveHours: 1400 } },
      planner,
    );
    expect(unordered.errors?.[0]?.extensions).toMatchObject({ field: 'low', problem: 'notOrdered' });
  });

  it('downloads the forecast as CSV, XLSX and PDF, and the import template', async () => {
    const get = (path: string, token = planner) => fetch(`${sut.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/octet-stream' } });
    const csv = await get(`/forecast-files/${territoryId}/forecast.csv?firstYear=2027`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\n')[0]).toMatch(/^Scénario,Multiplicateur,Année/);
    const xlsx = await get(`/forecast-files/${territoryId}/forecast.xlsx?firstYear=2027`);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const pdf = await get(`/forecast-files/${territoryId}/forecast.pdf?firstYear=2027&high=1.5`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('/forecast-files/projects-template.csv')).status).toBe(200);
    expect((await get(`/forecast-files/${territoryId}/forecast.pdf`, manager)).status).toBe(403);
  });
});
