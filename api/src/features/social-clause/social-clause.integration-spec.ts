import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GqlResult, type TestApp } from '../../test-support/test-app.js';

const PROGRESS = 'targetHours achievedHours pendingHours achievedFte percent';
const CONTRACTS = `{ clauseContracts { id reference viewerSide progress { ${PROGRESS} } lots { id label progress { ${PROGRESS} } } companies { company { name } progress { ${PROGRESS} } } } }`;
const PARTICIPANTS = 'query($c: ID!, $r: String!) { clauseParticipants(contractId: $c, reason: $r) { id personName companyName category evidenceType endsOn exitOutcome } }';
const DECLARE = 'mutation($i: ClauseHoursInput!) { declareClauseHours(input: $i) { id month status hoursWorked trainingHours correctsId } }';
const DECIDE = 'mutation($d: ID!, $v: String!, $r: String) { decideClauseHours(declarationId: $d, verdict: $v, reason: $r) { id status sentBackReason } }';
const DECLARATIONS = 'query($c: ID!) { clauseDeclarations(contractId: $c) { id personName month status hoursWorked trainingHours } }';

interface Progress {
  targetHours: number;
  achievedHours: number;
  pendingHours: number;
  achievedFte: number;
  percent: number;
}
interface Contract {
  id: string;
  reference: string;
  viewerSide: string;
  progress: Progress;
  lots: { id: string; label: string; progress: Progress }[];
  companies: { company: { name: string }; progress: Progress }[];
}
interface Participant {
  id: string;
  personName: string;
  companyName: string;
  category: string | null;
  endsOn: string | null;
  exitOutcome: string | null;
}

const problem = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;

describe('the social clause: contracts, participants, hours and reports (through the API on the real database)', () => {
  let sut: TestApp;
  let facilitator: string;
  let manager: string;
  let lyon: Contract;
  let glh: Contract;
  let people: Map<string, Participant>;

  const contracts = async (token: string) => (await sut.gql<{ clauseContracts: Contract[] }>(CONTRACTS, {}, token)).data!.clauseContracts;
  const participants = async (contractId: string, token: string, reason = 'suivi mensuel') => sut.gql<{ clauseParticipants: Participant[] }>(PARTICIPANTS, { c: contractId, r: reason }, token);
  const declare = (token: string, input: Record<string, unknown>) => sut.gql<{ declareClauseHours: { id: string; status: string; trainingHours: number; correctsId: string | null } }>(DECLARE, { i: input }, token);
  const decide = (id: string, verdict: string, reason?: string) => sut.gql<{ decideClauseHours: { status: string } }>(DECIDE, { d: id, v: verdict, r: reason ?? null }, facilitator);

  beforeAll(async () => {
    sut = await startTestApp();
    facilitator = await sut.login('facilitator@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const all = await contracts(facilitator);
    lyon = all.find((c) => c.reference === 'LYON-2026-017')!;
    glh = all.find((c) => c.reference === 'GLH-2026-042')!;
    const list = [...(await participants(lyon.id, facilitator)).data!.clauseParticipants, ...(await participants(glh.id, facilitator)).data!.clauseParticipants];
    people = new Map(list.map((p) => [p.personName, p]));
  });
  afterAll(() => sut.close());

  it('seeds two contracts whose validated hours, FTE and progress are the hand-computed ones', () => {
    // Validated: Mehdi 147 + 158.5 + 147 + 123.5 + 151.5, Sofia 134 + 147, Rayan 70 + 151.5 + 151.5 + 130, Inès 110.
    expect(lyon.progress).toEqual({ targetHours: 2000, achievedHours: 1621.5, pendingHours: 296.5, achievedFte: 1.01, percent: 81 });
    expect(lyon.lots.map((l) => [l.label, l.progress.achievedHours, l.progress.percent])).toEqual([
      ['Lot 02 — Isolation', 1008.5, 84],
      ['Lot 05 — Menuiseries', 613, 77],
    ]);
    expect(lyon.companies.map((c) => [c.company.name, c.progress.targetHours, c.progress.achievedHours])).toEqual([
      ['Menuiserie Rhône Insertion', 800, 613],
      ['Rénovation Démo SARL', 1200, 1008.5],
    ]);
    expect(people.get('Amadou Diallo')).toMatchObject({ category: 'plie', endsOn: '2026-09-30', exitOutcome: 'job' });
  });

  it('refuses, naming the reason, more than 220 hours, a month outside the contract, after the eligibility ended, negative or non-numeric; saves nothing', async () => {
    const mehdi = people.get('Mehdi Haddad')!.id;
    const isolation = lyon.lots[0]!.id;
    const over = await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: 221, trainingHours: 0 });
    expect(over.errors?.[0]?.message).toMatch(/220/);
    expect(problem(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hoursWorked', problem: 'overMonthlyMax' });
    expect(problem(await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-02', hoursWorked: 10, trainingHours: 0 }))).toMatchObject({ field: 'month', problem: 'monthOutsideContract' });
    expect(problem(await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: -3, trainingHours: 0 }))).toMatchObject({ problem: 'negative' });
    const words = await sut.gql(DECLARE, { i: { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: 'beaucoup', trainingHours: 0 } }, manager);
    expect(words.errors?.[0]?.message).toMatch(/Float/);
    const plaster = glh.lots.find((l) => l.label.includes('Plâtrerie'))!.id;
    const ended = await declare(manager, { participantId: people.get('Amadou Diallo')!.id, lotId: plaster, month: '2026-10', hoursWorked: 100, trainingHours: 0 });
    expect(ended.errors?.[0]?.message).toMatch(/eligibility had ended/);
    expect(problem(ended)).toMatchObject({ field: 'month', problem: 'eligibilityEnded' });
    const [n] = await sut.dataSource.query<{ n: number }[]>(`select count(*)::int as n from clause_hour_declarations where month in ('2026-11', '2026-02') or (month = '2026-10' and hours_worked = 100)`);
    expect(n!.n).toBe(0);
  });

  it('asks a reason for training hours other than those FIT counted', async () => {
    const result = await declare(manager, { participantId: people.get('Mehdi Haddad')!.id, lotId: lyon.lots[0]!.id, month: '2026-11', hoursWorked: 100, trainingHours: 37 });
    expect(problem(result)).toMatchObject({ field: 'trainingCorrectionReason', problem: 'trainingReasonRequired' });
  });

  it('validates a month and locks it; a correction is a new declaration with a reason that supersedes it', async () => {
    const mehdi = people.get('Mehdi Haddad')!.id;
    const isolation = lyon.lots[0]!.id;
    const first = await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: 150 });
    expect(first.errors).toBeUndefined();
    const id = first.data!.declareClauseHours.id;
    const training = first.data!.declareClauseHours.trainingHours;
    expect((await decide(id, 'validate')).data!.decideClauseHours.status).toBe('validated');
    expect(problem(await decide(id, 'sendBack', 'trop tard'))).toMatchObject({ code: 'CONFLICT', problem: 'locked' });
    await expect(sut.dataSource.query<never[]>(`update clause_hour_declarations set hours_worked = 10 where id = $1`, [id])).rejects.toThrow(/locked/);
    const after = (await contracts(facilitator)).find((c) => c.id === lyon.id)!;
    expect(after.progress.achievedHours).toBe(1621.5 + 150 + training);

    expect(problem(await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: 140 }))).toMatchObject({ problem: 'correctionReasonRequired' });
    const correction = await declare(manager, { participantId: mehdi, lotId: isolation, month: '2026-11', hoursWorked: 140, correctionReason: 'Dix heures comptées deux fois' });
    expect(correction.data!.declareClauseHours).toMatchObject({ status: 'declared', correctsId: id });
    await decide(correction.data!.declareClauseHours.id, 'validate');
    const trail = await sut.dataSource.query<{ status: string; hours: string }[]>(`select status, hours_worked::text as hours from clause_hour_declarations where participant_id = $1 and month = '2026-11' order by declared_at`, [mehdi]);
    expect(trail).toEqual([
      { status: 'superseded', hours: '150.00' },
      { status: 'validated', hours: '140.00' },
    ]);
    const corrected = (await contracts(facilitator)).find((c) => c.id === lyon.id)!;
    expect(corrected.progress.achievedHours).toBe(1621.5 + 140 + training);
  });

  it('sends a month back only with a reason; the company declares it again', async () => {
    const sofia = people.get('Sofia García')!.id;
    const declared = await declare(manager, { participantId: sofia, lotId: lyon.lots[0]!.id, month: '2026-10', hoursWorked: 120, trainingHours: 0 });
    const id = declared.data!.declareClauseHours.id;
    expect(problem(await decide(id, 'sendBack'))).toMatchObject({ field: 'reason', problem: 'reasonRequired' });
    expect((await decide(id, 'sendBack', 'Feuilles de temps manquantes')).data!.decideClauseHours.status).toBe('sentBack');
    const again = await declare(manager, { participantId: sofia, lotId: lyon.lots[0]!.id, month: '2026-10', hoursWorked: 118, trainingHours: 0 });
    expect(again.data!.declareClauseHours).toMatchObject({ status: 'declared', correctsId: id });
  });

  it('lets only the contract body’s facilitator decide, and only a company declare for its own people', async () => {
    const [waiting] = await sut.dataSource.query<{ id: string }[]>(`select id from clause_hour_declarations where status = 'declared' limit 1`);
    const byManager = await sut.gql(DECIDE, { d: waiting!.id, v: 'validate', r: null }, manager);
    expect(problem(byManager)?.code).toBe('FORBIDDEN');
    const menuiserie = await sut.login('menuiserie@fit.demo');
    const other = await declare(menuiserie, { participantId: people.get('Mehdi Haddad')!.id, lotId: lyon.lots[1]!.id, month: '2026-12', hoursWorked: 10, trainingHours: 0 });
    expect(problem(other)?.code).toBe('NOT_FOUND');
  });

  it('shows each company only its own participants, and a planner no eligibility', async () => {
    const menuiserie = await sut.login('menuiserie@fit.demo');
    // Its own lots and its own share of the target: another company's lot is none of its business.
    const own = (await contracts(menuiserie)).find((c) => c.id === lyon.id)!;
    expect(own.lots.map((l) => l.label)).toEqual(['Lot 05 — Menuiseries']);
    expect(own.progress).toMatchObject({ targetHours: 800, achievedHours: 613, percent: 77 });
    const seen = (await participants(lyon.id, menuiserie)).data!.clauseParticipants;
    expect(seen.map((p) => p.companyName)).toEqual(['Menuiserie Rhône Insertion', 'Menuiserie Rhône Insertion']);
    expect(seen.every((p) => p.category !== null)).toBe(true);
    const planner = await sut.login('planner@fit.demo');
    const before = await sut.dataSource.query<{ n: number }[]>('select count(*)::int as n from eligibility_reads');
    const byPlanner = (await participants(lyon.id, planner)).data!.clauseParticipants;
    expect(byPlanner.length).toBe(4);
    expect(byPlanner.every((p) => p.category === null)).toBe(true);
    const after = await sut.dataSource.query<{ n: number }[]>('select count(*)::int as n from eligibility_reads');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('logs every read of eligibility with its reason for the company’s admin; the log is append-only', async () => {
    await participants(lyon.id, facilitator, 'Bilan trimestriel');
    const admin = await sut.login('admin@fit.demo');
    const log = await sut.gql<{ eligibilityReadLog: { personName: string; readerName: string; reason: string }[] }>('{ eligibilityReadLog { personName readerName readerOrganisation reason } }', {}, admin);
    expect(log.data!.eligibilityReadLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personName: 'Mehdi Haddad', readerName: 'Farida Facilitatrice', reason: 'Bilan trimestriel' }),
        expect.objectContaining({ personName: 'Sofia García', readerName: 'Farida Facilitatrice', reason: 'Bilan trimestriel' }),
      ]),
    );
    expect(log.data!.eligibilityReadLog.some((r) => r.personName === 'Rayan Bouzid')).toBe(false);
    expect(problem(await sut.gql('{ eligibilityReadLog { reason } }', {}, manager))?.code).toBe('FORBIDDEN');
    expect(problem(await participants(lyon.id, facilitator, '  '))).toMatchObject({ field: 'reason', problem: 'reasonRequired' });
    await expect(sut.dataSource.query<never[]>(`delete from eligibility_reads`)).rejects.toThrow(/append-only/);
  });

  it('writes the contract report as CSV whose lines sum to the PDF’s totals, and as XLSX', async () => {
    const download = (path: string) => fetch(`${sut.url}${path}`, { headers: { authorization: `Bearer ${facilitator}` } });
    const csv = await download(`/social-clause/contracts/${glh.id}/report.csv?lang=fr`);
    expect(csv.status).toBe(200);
    // Asked as a script does (Accept: */*): the API answers, not the web app's shell.
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await csv.text()).trim().split('\n').slice(1).map((l) => l.split(','));
    const total = rows.reduce((s, r) => s + Number(r[8]), 0);
    // GLH validated: Amadou 151.5 × 2 + 140 = 443, Ionuț 151.5 × 3 = 454.5, Moussa 120 + 151.5 = 271.5.
    expect(total).toBe(1169);
    const pdf = await download(`/social-clause/contracts/${glh.id}/report.pdf?lang=fr`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(2000);
    const xlsx = await download(`/social-clause/contracts/${glh.id}/report.xlsx`);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await fetch(`${sut.url}/social-clause/contracts/${glh.id}/report.csv`, { headers: { authorization: `Bearer ${manager}` } })).status).toBe(403);
  });

  it('stops showing a company’s people to the facilitator once it ends sharing', async () => {
    const batiment = await sut.login('batiment@fit.demo');
    const [live] = (await sut.gql<{ sharingAgreements: { id: string; endedAt: string | null }[] }>('{ sharingAgreements { id endedAt } }', {}, batiment)).data!.sharingAgreements;
    await sut.gql('mutation($id: ID!) { endSharing(id: $id) { id } }', { id: live!.id }, batiment);
    const seen = (await participants(glh.id, facilitator)).data!.clauseParticipants;
    expect(seen.map((p) => p.personName)).toEqual(['Amadou Diallo']);
    const declarations = (await sut.gql<{ clauseDeclarations: { personName: string }[] }>(DECLARATIONS, { c: glh.id }, facilitator)).data!.clauseDeclarations;
    expect(new Set(declarations.map((d) => d.personName))).toEqual(new Set(['Amadou Diallo']));
  });

  it('erasure clears the eligibility and keeps the hours; the export lists the reads', async () => {
    const admin = await sut.login('admin@fit.demo');
    const [mehdi] = await sut.dataSource.query<{ id: string }[]>(`select id from users where display_name = 'Mehdi Haddad'`);
    const exported = await fetch(`${sut.url}/personal-data/export.json?workerId=${mehdi!.id}`, { headers: { authorization: `Bearer ${admin}` } });
    const data = (await exported.json()) as { records: Record<string, unknown[]> };
    expect(data.records.eligibility_reads?.length).toBeGreaterThan(0);
    expect(data.records.clause_participants?.length).toBe(1);
    const asked = await sut.gql<{ requestErasure: { id: string } }>('mutation($w: ID) { requestErasure(workerId: $w) { id } }', { w: mehdi!.id }, admin);
    const done = await sut.gql('mutation($r: ID!) { executeErasure(requestId: $r) { id } }', { r: asked.data!.requestErasure.id }, admin);
    expect(done.errors).toBeUndefined();
    const [row] = await sut.dataSource.query<{ category: string | null; hours: number }[]>(
      `select p.category, (select count(*)::int from clause_hour_declarations d where d.participant_id = p.id) as hours from clause_participants p where p.user_id = $1`,
      [mehdi!.id],
    );
    expect(row).toEqual({ category: null, hours: 8 });
  });
});
