// One clock: due dates and overdue are counted in the site's time zone (default Europe/Paris), the rule the web's
// assign form applies with the same helper. Two zones 25 hours apart make the checks independent of the hour the
// test runs at: "today" in Pago Pago (UTC-11) is always at least a day before "today" in Kiritimati (UTC+14).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { todayAt } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { queryChanged, querySingle } from '../../common/sql.js';

const ASSIGN = 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }';
const COHORT = 'query($s: ID!) { cohort(siteId: $s) { entries { workerId overdue } } }';
const WEST = 'Pacific/Pago_Pago';
const EAST = 'Pacific/Kiritimati';

describe("a site's dates are counted in the site's time zone", () => {
  let sut: TestApp;
  let trainer: string;
  let siteId: string;
  let versionId: string;
  let workerId: string;
  const setZone = (zone: string) => queryChanged(sut.dataSource, 'update sites set time_zone = $1 where id = $2', [zone, siteId]);
  const assign = (dueOn: string) => sut.gql(ASSIGN, { i: { moduleVersionId: versionId, workerIds: [workerId], siteId, dueOn } }, trainer);

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    const modules = await sut.gql<{ modules: { slug: string; latestPublished: { id: string } }[] }>('{ modules { slug latestPublished { id } } }', {}, trainer);
    versionId = modules.data!.modules.find((m) => m.slug === 'airtight-window-joints')!.latestPublished.id;
    workerId = await addWorker(sut.dataSource, 'Noé Lambert', 'noe@fit.demo');
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: [$w]) { id } }', { s: siteId, w: workerId }, trainer);
  });
  afterAll(() => sut.close());

  it('gives every site a time zone, Europe/Paris unless set', async () => {
    const sites = await sut.gql<{ sites: { timeZone: string }[] }>('{ sites { timeZone } }', {}, trainer);
    expect(sites.data?.sites.length).toBeGreaterThan(0);
    expect(sites.data?.sites.every((s) => s.timeZone === 'Europe/Paris')).toBe(true);
  });

  it("accepts today at a site west of UTC, whose date is behind UTC's for part of every day", async () => {
    await setZone(WEST);
    expect(await assign(todayAt(WEST))).toMatchObject({ data: { assignModule: { assigned: 1 } } });
  });

  it("refuses a day that is still today in the west but already past at a site east of UTC", async () => {
    await setZone(EAST);
    const result = await assign(todayAt(WEST));
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/past/) });
    expect(await assign(todayAt(EAST))).toMatchObject({ data: { assignModule: { assigned: 1 } } });
  });

  it("changes a due date against the assignment's site, and counts overdue there", async () => {
    const { id } = await querySingle<{ id: string }>(sut.dataSource, `select id from assignments where worker_id = $1 and state = 'open'`,
      [workerId],
    );
    const change = (dueOn: string) => sut.gql('mutation($id: ID!, $d: String!) { changeAssignmentDueDate(id: $id, dueOn: $d) { dueOn } }', { id, d: dueOn }, trainer);
    expect((await change(todayAt(WEST))).errors?.[0]?.message).toMatch(/past/);

    await sut.dataSource.query('update assignments set due_on = $1 where id = $2', [todayAt(WEST), id]);
    const overdue = async () =>
      (await sut.gql<{ cohort: { entries: { workerId: string; overdue: boolean }[] } }>(COHORT, { s: siteId }, trainer)).data!.cohort.entries.find((e) => e.workerId === workerId)!.overdue;
    expect(await overdue()).toBe(true);
    await setZone(WEST);
    expect(await overdue()).toBe(false);
    expect(await change(todayAt(WEST))).toMatchObject({ data: { changeAssignmentDueDate: { dueOn: todayAt(WEST) } } });
  });
});
