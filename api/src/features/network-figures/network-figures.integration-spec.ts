import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { querySingle, queryRows } from '../../common/sql.js';
import { hashSecret } from '../identity/passwords.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const FIGURES = `{ networkFigures(months: 3) { sharingCompanies months
  workersTrained { cells total } awardsByScheme { label cells total } expiringByScheme { columns cells total } } }`;

interface Row { label: string; cells: (number | null)[]; total: number | null }
interface Figures {
  sharingCompanies: number;
  months: string[];
  awardsByScheme: Row[];
  expiringByScheme: { columns: string[]; cells: (number | null)[]; total: number | null };
}

describe('network figures: aggregates of sharing companies, small counts hidden (real database)', () => {
  let sut: TestApp;
  let token: string;
  let agreementB: string;
  let schemes: { id: string; code: string }[];

  const organisation = async (slug: string, kind: string) =>
    (await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ($1, $2, $3) returning id`, [slug, slug, kind])).id;

  /** `count` workers of a company, each awarded the scheme's qualification today, expiring in `expiresInMonths`. */
  async function awarded(company: string, count: number, scheme: { id: string }, expiresInMonths: number | null) {
    for (let i = 0; i < count; i++) {
      const { id } = await querySingle<{ id: string }>(sut.dataSource, `insert into users (display_name) values ('Ouvrier Chiffré') returning id`);
      await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [id, company]);
      await sut.dataSource.query(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
         values ($1, $2, current_date, case when $3::int is null then null else current_date + make_interval(months => $3::int) end, '[]')`,
        [id, scheme.id, expiresInMonths],
      );
    }
  }

  beforeAll(async () => {
    sut = await startTestApp();
    const network = await organisation('figures-network', 'network');
    const [a, b, outsider] = [await organisation('figures-a', 'sme'), await organisation('figures-b', 'sme'), await organisation('figures-c', 'sme')];
    const admin = await querySingle<{ id: string }>(
      sut.dataSource,
      `insert into users (email, display_name, password_hash) values ('figures@network.test', 'Network Admin', $1) returning id`,
      [await hashSecret('figures-password-1')],
    );
    await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'admin')`, [admin.id, network]);
    for (const company of [a, b]) {
      await sut.dataSource.query(`insert into sharing_agreements (company_organisation_id, network_organisation_id, started_by_user_id) values ($1, $2, $3)`, [company, network, admin.id]);
    }
    agreementB = (await querySingle<{ id: string }>(sut.dataSource, `select id from sharing_agreements where company_organisation_id = $1`, [b])).id;
    // One qualification of each of two schemes: the figures are counted by scheme code.
    schemes = await queryRows<{ id: string; code: string }>(
      sut.dataSource,
      `select distinct on (s.code) q.id, s.code from scheme_qualifications q join qualification_schemes s on s.id = q.scheme_id order by s.code, q.code limit 2`,
    );
    expect(schemes).toHaveLength(2);
    await awarded(a, 6, schemes[0]!, null);
    await awarded(b, 2, schemes[0]!, null);
    await awarded(b, 3, schemes[1]!, 3);
    await awarded(outsider, 9, schemes[1]!, 3);
    token = await sut.login('figures@network.test', 'figures-password-1');
  });
  afterAll(() => sut.close());

  const figures = async (): Promise<Figures> => {
    const result = await sut.gql<{ networkFigures: Figures }>(FIGURES, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.networkFigures;
  };
  const thisMonth = new Date().toISOString().slice(0, 7);

  it('counts the sharing companies only, and hides a scheme row whose only count is below 5', async () => {
    const f = await figures();
    expect(f.sharingCompanies).toBe(2);
    expect(f.months).toHaveLength(3);
    expect(f.months.at(-1)).toBe(thisMonth);
    const [first, second] = [schemes[0]!.code, schemes[1]!.code];
    expect(f.awardsByScheme.find((r) => r.label === first)).toMatchObject({ cells: [0, 0, 8], total: 8 });
    // 3 awards of B (the outsider's 9 do not count): hidden, and so is the total that would give it back.
    expect(f.awardsByScheme.find((r) => r.label === second)).toMatchObject({ cells: [0, 0, null], total: null });
    expect(f.expiringByScheme).toEqual({ columns: [second], cells: [null], total: null });
  });

  it('writes hidden cells as "< 5" in the CSV, with no person in it', async () => {
    const response = await fetch(`${sut.url}/network-figures/figures.csv?lang=en&months=3`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Qualifications awarded — ${schemes[1]!.code},0,0,< 5,< 5`);
    expect(text).toContain(`Qualifications awarded — ${schemes[0]!.code},0,0,8,8`);
    expect(text).not.toMatch(/Ouvrier|Chiffré/);
  });

  it('drops a company that ended sharing from every figure', async () => {
    await sut.dataSource.query(`update sharing_agreements set ended_at = now() where id = $1`, [agreementB]);
    const f = await figures();
    expect(f.sharingCompanies).toBe(1);
    expect(f.awardsByScheme).toEqual([{ label: schemes[0]!.code, cells: [0, 0, 6], total: 6 }]);
    expect(f.expiringByScheme.columns).toEqual([]);
  });

  it('refuses staff who are neither admins nor facilitators (a trainer, a planner)', async () => {
    for (const email of ['trainer@fit.demo', 'planner@fit.demo']) {
      const result = await sut.gql(FIGURES, {}, await sut.login(email));
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
