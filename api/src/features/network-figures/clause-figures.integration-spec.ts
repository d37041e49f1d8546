import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { querySingle } from '../../common/sql.js';
import { hashSecret } from '../identity/passwords.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { lastMonths } from './network-figures.service.js';

const FIGURES = `{ networkFigures(months: 3) { months
  clauseHoursByTerritory { label columns cells total } clauseTargets { territory targetHours achievedHours percent }
  awardsByEqfLevel { label cells total } ulosAwarded { cells total } } }`;

interface Row {
  label: string;
  cells: (number | null)[];
  total: number | null;
}
interface Figures {
  months: string[];
  clauseHoursByTerritory: Row[];
  clauseTargets: {
    territory: string;
    targetHours: number;
    achievedHours: number | null;
    percent: number | null;
  }[];
  awardsByEqfLevel: Row[];
  ulosAwarded: { cells: (number | null)[]; total: number | null };
}

describe('network figures: social-clause hours by territory and month against targets, awards by EQF level and ULOs (real database)', () => {
  let sut: TestApp;
  let token: string;
  const [m0, m1, m2] = lastMonths(3) as [string, string, string];
  const one = <T>(sql: string, params: unknown[] = []) => querySingle<T>(sut.dataSource, sql, params);

  beforeAll(async () => {
    sut = await startTestApp();
    const org = async (slug: string, kind: string) =>
      (
        await one<{ id: string }>(
          `insert into organisations (slug, name, kind) values ($1, $2, $3) returning id`,
          [slug, slug, kind],
        )
      ).id;
    const network = await org('clause-figures-network', 'network');
    const [a, b, outsider] = [
      await org('clause-figures-a', 'sme'),
      await org('clause-figures-b', 'sme'),
      await org('clause-figures-c', 'sme'),
    ];
    const admin = await one<{ id: string }>(
      `insert into users (email, display_name, password_hash) values ('clause-figures@network.test', 'Réseau', $1) returning id`,
      [await hashSecret('figures-password-1')],
    );
    await sut.dataSource.query(
      `insert into memberships (user_id, organisation_id, role) values ($1, $2, 'admin')`,
      [admin.id, network],
    );
    for (const company of [a, b]) {
      await sut.dataSource.query(
        `insert into sharing_agreements (company_organisation_id, network_organisation_id, started_by_user_id) values ($1, $2, $3)`,
        [company, network, admin.id],
      );
    }
    const territory = (
      await one<{ id: string }>(
        `insert into territories (organisation_id, name, codes) values ($1, 'Vallée Test', '{69001}') returning id`,
        [network],
      )
    ).id;
    const contract = async (
      reference: string,
      territoryId: string | null,
      targets: number[],
      companies: string[],
    ) => {
      const { id } = await one<{ id: string }>(
        `insert into clause_contracts (network_organisation_id, territory_id, buyer, reference, title, starts_on, ends_on)
         values ($1, $2, 'Acheteur', $3, $3, '2020-01-01', '2035-12-31') returning id`,
        [network, territoryId, reference],
      );
      const lots: string[] = [];
      for (const [i, target] of targets.entries()) {
        const lot = await one<{ id: string }>(
          `insert into clause_lots (contract_id, label, target_hours) values ($1, $2, $3) returning id`,
          [id, `Lot ${i + 1}`, target],
        );
        await sut.dataSource.query(
          `insert into clause_lot_awards (lot_id, company_organisation_id) values ($1, $2)`,
          [lot.id, companies[i]],
        );
        lots.push(lot.id);
      }
      return { id, lots };
    };
    const valley = await contract('CF-VALLEE', territory, [1000, 500, 200], [a, b, outsider]);
    const loose = await contract('CF-SANS', null, [300], [a]);
    /** `count` new people of a company, each a participant of the contract with one month declared. */
    const months = async (
      c: { id: string; lots: string[] },
      lot: number,
      company: string,
      count: number,
      month: string,
      hours: number,
      status = 'validated',
    ) => {
      for (let i = 0; i < count; i++) {
        const user = await one<{ id: string }>(
          `insert into users (display_name) values ('Participante Chiffrée') returning id`,
        );
        await sut.dataSource.query(
          `insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`,
          [user.id, company],
        );
        const p = await one<{ id: string }>(
          `insert into clause_participants (contract_id, organisation_id, user_id, category, evidence_type, starts_on) values ($1, $2, $3, 'rsa', 'other', '2020-01-01') returning id`,
          [c.id, company, user.id],
        );
        await sut.dataSource.query(
          `insert into clause_hour_declarations (participant_id, lot_id, organisation_id, user_id, month, hours_worked, training_hours, training_hours_computed, status)
           values ($1, $2, $3, $4, $5, $6, 7, 7, $7)`,
          [p.id, c.lots[lot], company, user.id, month, hours, status],
        );
      }
    };
    await months(valley, 0, a, 4, m0, 100); // with the 2 of B below: 6 people
    await months(valley, 1, b, 2, m0, 50.5);
    await months(valley, 0, a, 8, m1, 120);
    await months(valley, 0, a, 3, m2, 140); // 3 people: hidden
    await months(valley, 0, a, 5, m2, 140, 'declared'); // not validated: not counted
    await months(valley, 2, outsider, 9, m2, 150); // not sharing: not counted
    await months(loose, 0, a, 2, m1, 90); // 2 people, no territory: hidden

    // Awards: 5 holders at EQF 4 proving two ULOs each, 2 holders whose award names no ULO.
    const ulos = await one<{ framework: string; q: string; level: number; codes: string[] }>(
      `select s.framework_id as framework, q.id as q, 4 as level,
              (select array_agg(code order by code) from (select code from reference_ulos r where r.framework_id = s.framework_id and r.eqf_level = 4 order by code limit 2) x) as codes
         from scheme_qualifications q join qualification_schemes s on s.id = q.scheme_id
        where (select count(*) from reference_ulos r where r.framework_id = s.framework_id and r.eqf_level = 4) >= 2 order by q.code limit 1`,
    );
    const award = async (company: string, evidence: unknown[]) => {
      const user = await one<{ id: string }>(
        `insert into users (display_name) values ('Titulaire Chiffré') returning id`,
      );
      await sut.dataSource.query(
        `insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`,
        [user.id, company],
      );
      await sut.dataSource.query(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, evidence) values ($1, $2, current_date, $3)`,
        [user.id, ulos.q, JSON.stringify(evidence)],
      );
    };
    for (let i = 0; i < 5; i++)
      await award(
        a,
        ulos.codes.map((ulo) => ({ ulo, evidence: [] })),
      );
    for (let i = 0; i < 2; i++) await award(b, []);
    token = await sut.login('clause-figures@network.test', 'figures-password-1');
  });
  afterAll(() => sut.close());

  const figures = async (): Promise<Figures> => {
    const result = await sut.gql<{ networkFigures: Figures }>(FIGURES, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data!.networkFigures;
  };

  it('sums validated hours (worked and training) of sharing companies by territory and month, hiding months of fewer than 5 people', async () => {
    const f = await figures();
    const valley = f.clauseHoursByTerritory.find((r) => r.label === 'Vallée Test')!;
    // m0: 4 × 107 + 2 × 57.5 = 543 from 6 people; m1: 8 × 127 = 1016; m2: 3 people hidden, and m0 with it (the
    // smallest other month: the total minus m1 would give m2 back); the total too.
    expect(valley.cells).toEqual([null, 1016, null]);
    expect(valley.total).toBeNull();
    expect(f.clauseHoursByTerritory.find((r) => r.label === '')).toEqual({
      label: '',
      columns: f.months,
      cells: [0, null, 0],
      total: null,
    });
  });

  it('sets the hours achieved since the start against each territory’s target, hiding those of fewer than 5 people', async () => {
    const f = await figures();
    // Vallée: 543 + 1016 + 3 × 147 = 2000 of 1700 (the outsider's lot target counts: the target is the contract's).
    expect(f.clauseTargets).toEqual([
      { territory: 'Vallée Test', targetHours: 1700, achievedHours: 2000, percent: 118 },
      { territory: '', targetHours: 300, achievedHours: null, percent: null },
    ]);
  });

  it('counts awards by EQF level and the ULOs they prove, hiding small counts', async () => {
    const f = await figures();
    expect(f.awardsByEqfLevel).toEqual([
      { label: '4', cells: [0, 0, 5], total: 5 },
      { label: 'unknown', cells: [0, 0, null], total: null },
    ]);
    expect(f.ulosAwarded).toEqual({ cells: [0, 0, 10], total: 10 });
  });

  it('writes the new figures to the CSV, hidden ones as "< 5"', async () => {
    const response = await fetch(`${sut.url}/network-figures/figures.csv?lang=en&months=3`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    expect(text).toContain('Validated social-clause hours — Vallée Test,< 5,1016,< 5,< 5');
    expect(text).toContain('Validated social-clause hours — no territory,0,< 5,0,< 5');
    expect(text).toContain('Vallée Test,1700,2000,118');
    expect(text).toContain('no territory,300,< 5,< 5');
    expect(text).toContain('Qualifications awarded — EQF level 4,0,0,5,5');
    expect(text).toContain('Units of learning outcomes (ULOs) awarded,0,0,10,10');
    expect(text).not.toMatch(/Participante|Titulaire|Chiffr/);
  });

  it('drops a company’s hours once it ends sharing', async () => {
    await sut.dataSource.query(
      `update sharing_agreements set ended_at = now() where company_organisation_id = (select id from organisations where slug = 'clause-figures-b')`,
    );
    const f = await figures();
    // m0 is now 4 people of A: hidden.
    expect(f.clauseHoursByTerritory.find((r) => r.label === 'Vallée Test')!.cells).toEqual([
      null,
      1016,
      null,
    ]);
    expect(f.clauseTargets[0]).toMatchObject({ achievedHours: 2000 - 2 * 57.5 });
  });
});
