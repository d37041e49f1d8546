import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ModuleContent } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addMember } from '../../test-support/accounts.js';
import { RenewalsService } from './renewals.service.js';
import { querySingle } from '../../common/sql.js';

const UPCOMING = 'query($s: ID, $d: Int) { upcomingRenewals(siteId: $s, days: $d) { workerId workerName ulo expiresOn qualification modules assigned } }';

interface Upcoming {
  workerId: string;
  workerName: string;
  ulo: string;
  expiresOn: string;
  qualification: string;
  modules: string[];
  assigned: boolean;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('renewal per ULO', () => {
  let sut: TestApp;
  let manager: string;
  let siteId: string;
  let claire: Upcoming[];
  let renewals: RenewalsService;

  const claireAssignments = () =>
    sut.dataSource.query<{ due_on: string; reason: string; content: ModuleContent }[]>(
      `select a.due_on::text as due_on, a.reason, v.content from assignments a join module_versions v on v.id = a.module_version_id
        where a.worker_id = $1 and a.state = 'open' order by a.due_on`,
      [claire[0]!.workerId],
    );

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, manager)).data!.sites[0]!.id;
    renewals = sut.app.get(RenewalsService);
    const all = (await sut.gql<{ upcomingRenewals: Upcoming[] }>(UPCOMING, { s: siteId, d: 366 }, manager)).data!.upcomingRenewals;
    claire = all.filter((r) => r.workerName === 'Claire Dubois');
  });
  afterAll(() => sut.close());

  it("shows managers the crew's ULOs lapsing in the next 90 days, soonest first, with the modules that renew each", async () => {
    const soon = (await sut.gql<{ upcomingRenewals: Upcoming[] }>(UPCOMING, { s: siteId }, manager)).data!.upcomingRenewals;
    const today = new Date().toISOString().slice(0, 10);
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((r) => r.expiresOn > today && r.expiresOn <= addDays(today, 90))).toBe(true);
    expect(soon.map((r) => r.expiresOn)).toEqual([...soon.map((r) => r.expiresOn)].sort());
    // Claire's EXDE-Q2 expires within 60 days in the demo.
    const hers = soon.filter((r) => r.workerName === 'Claire Dubois');
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.some((r) => r.qualification.includes('EXDE-Q2'))).toBe(true);
    expect(hers.every((r) => r.modules.length > 0 && r.assigned === false)).toBe(true);
  });

  it('assigns only the modules covering the ULOs inside the lead time, due before the expiry, once, with a fixed clock', async () => {
    const first = claire[0]!.expiresOn;
    // 61 days ahead of the first lapse: nothing of Claire's is due for renewal yet.
    await renewals.run(addDays(first, -61));
    expect(await claireAssignments()).toEqual([]);

    const day = addDays(first, -60);
    const { assigned } = await renewals.run(day);
    expect(assigned).toBeGreaterThan(0);
    const rows = await claireAssignments();
    const expiring = new Set(claire.filter((r) => r.expiresOn <= addDays(day, 60)).map((r) => r.ulo));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Every module assigned covers an expiring ULO, and is due before it lapses.
      expect(row.content.outcomes.some((u) => expiring.has(u))).toBe(true);
      expect(row.due_on).toBe(addDays(first, -1));
      expect(row.reason).toContain('renewal');
    }
    // Exactly the modules that cover those ULOs: none left out.
    const covering = await sut.dataSource.query<{ n: number }[]>(
      `select count(distinct v.module_id)::int as n from module_versions v
        where v.status = 'published' and v.content->'outcomes' ?| $1::text[]`,
      [[...expiring]],
    );
    expect(rows).toHaveLength(covering[0]!.n);

    // An open assignment due after the lapse is brought forward rather than duplicated.
    await sut.dataSource.query(`update assignments set due_on = $2 where worker_id = $1 and state = 'open'`, [claire[0]!.workerId, addDays(first, 30)]);
    const moved = await renewals.run(day);
    expect(moved.assigned).toBe(rows.length);
    expect((await claireAssignments()).map((r) => r.due_on)).toEqual(rows.map(() => addDays(first, -1)));

    // The same day again adds nothing.
    await renewals.run(day);
    expect(await claireAssignments()).toHaveLength(rows.length);

    const [note] = await sut.dataSource.query<{ message: string }[]>(`select message from notifications where user_id = $1 and kind = 'renewal_assigned'`, [claire[0]!.workerId]);
    expect(note!.message).toContain(`avant le ${first}`);
    const managerNotes = await sut.gql<{ myNotifications: { kind: string; message: string }[] }>('{ myNotifications { kind message } }', {}, manager);
    expect(managerNotes.data!.myNotifications.some((n) => n.kind === 'renewal_assigned' && n.message.startsWith('Claire Dubois'))).toBe(true);

    const after = (await sut.gql<{ upcomingRenewals: Upcoming[] }>(UPCOMING, { s: siteId, d: 366 }, manager)).data!.upcomingRenewals;
    expect(after.filter((r) => r.workerName === 'Claire Dubois' && expiring.has(r.ulo)).every((r) => r.assigned)).toBe(true);
  });

  it("follows the scheme's lead time the admin sets, and keeps other organisations out", async () => {
    const admin = await sut.login('admin@fit.demo');
    const scheme = (await sut.dataSource.query<{ code: string }[]>(`select code from qualification_schemes where code like 'EX-DE%' limit 1`))[0]!.code;
    expect((await sut.gql('mutation($s: String!) { setRenewalLeadDays(scheme: $s, days: 10) }', { s: scheme }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sut.gql('mutation($s: String!) { setRenewalLeadDays(scheme: $s, days: 10) }', { s: scheme }, admin)).data).toEqual({ setRenewalLeadDays: 10 });
    const { n } = await querySingle<{ n: number }>(
      sut.dataSource,
      `select count(*)::int as n from scheme_renewal_policies p join qualification_schemes s on s.id = p.scheme_id where s.code = $1 and p.lead_days = 10`,
      [scheme],
    );
    expect(n).toBeGreaterThan(0);

    // The admin can run the check at once; the manager cannot.
    expect((await sut.gql('mutation { runRenewals { assigned workers } }', {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sut.gql<{ runRenewals: { assigned: number } }>('mutation { runRenewals { assigned workers } }', {}, admin)).data?.runRenewals.assigned).toBeGreaterThanOrEqual(0);

    await addMember(sut.dataSource, 'other-renewals', 'manager@other-renewals.fr', 'manager');
    const other = await sut.login('manager@other-renewals.fr');
    expect((await sut.gql(UPCOMING, { s: siteId }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sut.gql<{ upcomingRenewals: Upcoming[] }>(UPCOMING, {}, other)).data!.upcomingRenewals).toEqual([]);
  });
});
