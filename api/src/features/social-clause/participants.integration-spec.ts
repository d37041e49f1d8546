import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GqlResult, type TestApp } from '../../test-support/test-app.js';

const CANDIDATES = 'query($c: ID!) { clauseParticipantCandidates(contractId: $c) { workerId personName companyName } }';
const ADD = 'mutation($i: ClauseParticipantInput!) { addClauseParticipant(input: $i) { id personName category evidenceType startsOn endsOn } }';
const CONTRACTS = '{ clauseContracts { id reference } }';

interface Candidate {
  workerId: string;
  personName: string;
  companyName: string;
}

const problem = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;

describe('flagging participants from the web: whom each may pick, and the rules of the form (real database)', () => {
  let sut: TestApp;
  let facilitator: string;
  let manager: string;
  let lyon: string;

  const candidates = (token: string, contractId = lyon) => sut.gql<{ clauseParticipantCandidates: Candidate[] }>(CANDIDATES, { c: contractId }, token);
  const add = (token: string, input: Record<string, unknown>) => sut.gql<{ addClauseParticipant: { id: string; personName: string; category: string } }>(ADD, { i: input }, token);

  beforeAll(async () => {
    sut = await startTestApp();
    facilitator = await sut.login('facilitator@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const all = (await sut.gql<{ clauseContracts: { id: string; reference: string }[] }>(CONTRACTS, {}, facilitator)).data!.clauseContracts;
    lyon = all.find((c) => c.reference === 'LYON-2026-017')!.id;
  });
  afterAll(() => sut.close());

  it('offers a manager the company’s workers not yet on the contract, and nobody of another company', async () => {
    const offered = (await candidates(manager)).data!.clauseParticipantCandidates;
    const names = offered.map((c) => c.personName);
    expect(names).toContain('Amadou Diallo');
    expect(names).not.toContain('Mehdi Haddad');
    expect(names).not.toContain('Sofia García');
    expect(names).not.toContain('Tom Lefèvre');
    expect(new Set(offered.map((c) => c.companyName))).toEqual(new Set(['Rénovation Démo SARL']));
    const menuiserie = await sut.login('menuiserie@fit.demo');
    expect((await candidates(menuiserie)).data!.clauseParticipantCandidates.map((c) => c.personName)).toEqual(['Tom Lefèvre']);
  });

  it('offers a facilitator only people already participants of the body’s contracts, never a company’s other workers', async () => {
    const offered = (await candidates(facilitator)).data!.clauseParticipantCandidates;
    // Amadou is a participant of GLH-2026-042 (same body); Tom Lefèvre and the demo company's crew are participants of nothing.
    expect(offered.map((c) => c.personName)).toEqual(['Amadou Diallo']);
    const planner = await sut.login('planner@fit.demo');
    expect(problem(await candidates(planner))?.code).toBe('FORBIDDEN');
    const trainer = await sut.login('trainer@fit.demo');
    expect(problem(await candidates(trainer))?.code).toBe('FORBIDDEN');
  });

  it('refuses an eligibility ending before it starts, a bad category or date, and a second flag of the same person, naming the field', async () => {
    const amadou = (await candidates(manager)).data!.clauseParticipantCandidates.find((c) => c.personName === 'Amadou Diallo')!;
    const base = { contractId: lyon, workerId: amadou.workerId, category: 'plie', evidenceType: 'pliePrescription', startsOn: '2026-10-01' };
    const backwards = await add(manager, { ...base, endsOn: '2026-09-01' });
    expect(problem(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn', problem: 'endsBeforeStart' });
    expect((await add(manager, { ...base, category: 'rich' })).errors?.[0]?.message).toMatch(/category/);
    expect((await add(manager, { ...base, startsOn: '01/10/2026' })).errors?.[0]?.message).toMatch(/startsOn/);

    const added = await add(manager, { ...base, endsOn: '2027-03-31' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addClauseParticipant).toMatchObject({ personName: 'Amadou Diallo', category: 'plie' });
    expect(problem(await add(manager, base))).toMatchObject({ code: 'CONFLICT', field: 'workerId', problem: 'alreadyParticipant' });
    // Once on the contract, the person is no longer offered; the flag's read of the category is logged.
    expect((await candidates(manager)).data!.clauseParticipantCandidates.map((c) => c.personName)).not.toContain('Amadou Diallo');
    const [logged] = await sut.dataSource.query<{ n: number }[]>(`select count(*)::int as n from eligibility_reads where participant_id = $1 and reason = 'participant recorded'`, [
      added.data!.addClauseParticipant.id,
    ]);
    expect(logged!.n).toBe(1);
  });

  it('does not let a manager flag another company’s worker on the contract', async () => {
    const menuiserie = await sut.login('menuiserie@fit.demo');
    const tom = (await candidates(menuiserie)).data!.clauseParticipantCandidates[0]!;
    const result = await add(manager, { contractId: lyon, workerId: tom.workerId, category: 'rsa', evidenceType: 'benefitCertificate', startsOn: '2026-10-01' });
    expect(problem(result)?.code).toBe('NOT_FOUND');
  });
});
