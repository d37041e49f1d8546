import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GqlResult, type TestApp } from '../../test-support/test-app.js';

const CANDIDATES =
  'query($c: ID!) { clauseParticipantCandidates(contractId: $c) { workerId personName companyName } }';
const ADD =
  'mutation($i: ClauseParticipantInput!) { addClauseParticipant(input: $i) { id personName category evidenceType startsOn endsOn } }';
const CONTRACTS = '{ clauseContracts { id reference } }';
const PATH = `query($p: ID!, $r: String!) { clauseParticipantPath(participantId: $p, reason: $r) {
  personName contracts { participantId reference companyName category startsOn endsOn exitOutcome exitOn }
  months { month reference hoursWorked trainingHours status } modules { title completedOn } afests { title startedOn signedOn sequences }
  qualifications { title scheme awardedOn } } }`;
const PARTICIPANTS =
  'query($c: ID!) { clauseParticipants(contractId: $c, reason: "test") { id personName } }';

interface Path {
  personName: string;
  contracts: {
    participantId: string;
    reference: string;
    category: string | null;
    exitOutcome: string | null;
  }[];
  months: { month: string; reference: string; hoursWorked: number; status: string }[];
  modules: { title: string; completedOn: string }[];
  afests: { title: string; signedOn: string | null; sequences: number }[];
  qualifications: { title: string; scheme: string; awardedOn: string }[];
}

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

  const candidates = (token: string, contractId = lyon) =>
    sut.gql<{ clauseParticipantCandidates: Candidate[] }>(CANDIDATES, { c: contractId }, token);
  const add = (token: string, input: Record<string, unknown>) =>
    sut.gql<{ addClauseParticipant: { id: string; personName: string; category: string } }>(
      ADD,
      { i: input },
      token,
    );

  beforeAll(async () => {
    sut = await startTestApp();
    facilitator = await sut.login('facilitator@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const all = (
      await sut.gql<{ clauseContracts: { id: string; reference: string }[] }>(CONTRACTS, {}, facilitator)
    ).data!.clauseContracts;
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
    expect((await candidates(menuiserie)).data!.clauseParticipantCandidates.map((c) => c.personName)).toEqual(
      ['Tom Lefèvre'],
    );
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
    const amadou = (await candidates(manager)).data!.clauseParticipantCandidates.find(
      (c) => c.personName === 'Amadou Diallo',
    )!;
    const base = {
      contractId: lyon,
      workerId: amadou.workerId,
      category: 'plie',
      evidenceType: 'pliePrescription',
      startsOn: '2026-10-01',
    };
    const backwards = await add(manager, { ...base, endsOn: '2026-09-01' });
    expect(problem(backwards)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endsOn',
      problem: 'endsBeforeStart',
    });
    expect((await add(manager, { ...base, category: 'rich' })).errors?.[0]?.message).toMatch(/category/);
    expect((await add(manager, { ...base, startsOn: '01/10/2026' })).errors?.[0]?.message).toMatch(
      /startsOn/,
    );

    const added = await add(manager, { ...base, endsOn: '2027-03-31' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addClauseParticipant).toMatchObject({ personName: 'Amadou Diallo', category: 'plie' });
    expect(problem(await add(manager, base))).toMatchObject({
      code: 'CONFLICT',
      field: 'workerId',
      problem: 'alreadyParticipant',
    });
    // Once on the contract, the person is no longer offered; the flag's read of the category is logged.
    expect(
      (await candidates(manager)).data!.clauseParticipantCandidates.map((c) => c.personName),
    ).not.toContain('Amadou Diallo');
    const [logged] = await sut.dataSource.query<{ n: number }[]>(
      `select count(*)::int as n from eligibility_reads where participant_id = $1 and reason = 'participant recorded'`,
      [added.data!.addClauseParticipant.id],
    );
    expect(logged!.n).toBe(1);
  });

  it('does not let a facilitator flag, by its id, a company’s worker who is a participant of none of the body’s contracts', async () => {
    const menuiserie = await sut.login('menuiserie@fit.demo');
    const tom = (await candidates(menuiserie)).data!.clauseParticipantCandidates[0]!;
    expect(tom.personName).toBe('Tom Lefèvre');
    const result = await add(facilitator, { contractId: lyon, workerId: tom.workerId, category: 'rsa', evidenceType: 'benefitCertificate', startsOn: '2026-10-01' });
    expect(problem(result)?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Tom');
  });

  it('does not let a manager flag another company’s worker on the contract', async () => {
    const menuiserie = await sut.login('menuiserie@fit.demo');
    const tom = (await candidates(menuiserie)).data!.clauseParticipantCandidates[0]!;
    const result = await add(manager, {
      contractId: lyon,
      workerId: tom.workerId,
      category: 'rsa',
      evidenceType: 'benefitCertificate',
      startsOn: '2026-10-01',
    });
    expect(problem(result)?.code).toBe('NOT_FOUND');
  });

  describe('a participant’s path', () => {
    const path = (token: string, participantId: string, reason = 'Suivi du parcours') =>
      sut.gql<{ clauseParticipantPath: Path }>(PATH, { p: participantId, r: reason }, token);
    const participantId = async (name: string, token = facilitator, contractId = lyon) =>
      (
        await sut.gql<{ clauseParticipants: { id: string; personName: string }[] }>(
          PARTICIPANTS,
          { c: contractId },
          token,
        )
      ).data!.clauseParticipants.find((p) => p.personName === name)!.id;

    it('shows the facilitator the contracts, months, training and exit of a participant, and logs the read of the category', async () => {
      const amadou = await participantId('Amadou Diallo');
      const before = await sut.dataSource.query<{ n: number }[]>(
        `select count(*)::int as n from eligibility_reads where reason = 'Suivi du parcours'`,
      );
      const result = await path(facilitator, amadou);
      expect(result.errors).toBeUndefined();
      const seen = result.data!.clauseParticipantPath;
      expect(seen.personName).toBe('Amadou Diallo');
      // Flagged on Lyon in this file's earlier test, and a participant of GLH whose path ended in a job.
      expect(seen.contracts.map((c) => [c.reference, c.category, c.exitOutcome])).toEqual([
        ['GLH-2026-042', 'plie', 'job'],
        ['LYON-2026-017', 'plie', null],
      ]);
      // Amadou's validated GLH months: 151.5 × 2 + 140 (the hand-computed demo figures).
      const validated = seen.months.filter((m) => m.reference === 'GLH-2026-042' && m.status === 'validated');
      expect(validated.reduce((s, m) => s + m.hoursWorked, 0)).toBe(443);
      const [modules] = await sut.dataSource.query<{ n: number }[]>(
        `select count(distinct v.module_id)::int as n from xapi_statements s join module_versions v on s.object_id like '%' || v.id::text
          join users u on u.id = s.actor_user_id where u.display_name = 'Amadou Diallo' and s.verb_id in ('http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed') and not s.voided`,
      );
      expect(seen.modules.length).toBe(modules!.n);
      const after = await sut.dataSource.query<{ n: number }[]>(
        `select count(*)::int as n from eligibility_reads where reason = 'Suivi du parcours'`,
      );
      expect(after[0]!.n - before[0]!.n).toBe(2);
      expect(problem(await path(facilitator, amadou, '   '))).toMatchObject({
        field: 'reason',
        problem: 'reasonRequired',
      });
    });

    it('lists the qualifications awarded and the AFESTs at the company, not those elsewhere', async () => {
      const mehdi = await participantId('Mehdi Haddad');
      const [who] = await sut.dataSource.query<
        { user: string; org: string; other: string; q: string; trainer: string }[]
      >(
        `select u.id as user, m.organisation_id as org, (select id from organisations where slug = 'demo-menuiserie') as other,
                (select id from scheme_qualifications order by code limit 1) as q, (select id from users where email = 'trainer@fit.demo') as trainer
           from users u join memberships m on m.user_id = u.id and m.role = 'worker' where u.display_name = 'Mehdi Haddad'`,
      );
      await sut.dataSource.query<never[]>(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, evidence) values ($1, $2, '2026-09-15', '{}')`,
        [who!.user, who!.q],
      );
      const afest = `insert into afests (organisation_id, worker_id, trainer_id, title, positioning_note) values ($1, $2, $3, $4, 'Positionnement')`;
      await sut.dataSource.query<never[]>(afest, [
        who!.org,
        who!.user,
        who!.trainer,
        'AFEST isolation par l’extérieur',
      ]);
      await sut.dataSource.query<never[]>(afest, [
        who!.other,
        who!.user,
        who!.trainer,
        'AFEST d’une autre entreprise',
      ]);
      // A module passed at the company counts once (passed twice); one at another company does not.
      const [fresh] = await sut.dataSource.query<{ id: string }[]>(
        `select v.id from module_versions v where v.status = 'published' and v.module_id not in (
           select w.module_id from module_versions w join xapi_statements x on x.object_id = 'https://w3id.org/fit/module-versions/' || w.id where x.actor_user_id = $1)
         order by v.created_at, v.id limit 1`,
        [who!.user],
      );
      const statement = `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, statement, content_hash, timestamp, source)
        values (gen_random_uuid(), $1, $2, 'test', 'http://adlnet.gov/expapi/verbs/passed', 'https://w3id.org/fit/module-versions/' || $4, '{}', md5(random()::text), $3, 'xapi')`;
      const modulesBefore = (await path(manager, mehdi)).data!.clauseParticipantPath.modules.length;
      await sut.dataSource.query<never[]>(statement, [who!.org, who!.user, '2026-09-02T10:00:00Z', fresh!.id]);
      await sut.dataSource.query<never[]>(statement, [who!.org, who!.user, '2026-09-20T10:00:00Z', fresh!.id]);
      await sut.dataSource.query<never[]>(statement, [who!.other, who!.user, '2026-09-03T10:00:00Z', fresh!.id]);
      for (const token of [manager, facilitator]) {
        const seen = (await path(token, mehdi)).data!.clauseParticipantPath;
        expect(seen.contracts.map((c) => c.reference)).toEqual(['LYON-2026-017']);
        expect(seen.qualifications.map((q) => q.awardedOn)).toContain('2026-09-15');
        expect(seen.afests.map((a) => [a.title, a.signedOn, a.sequences])).toEqual([
          ['AFEST isolation par l’extérieur', null, 0],
        ]);
        expect(seen.months.length).toBeGreaterThan(0);
        expect(seen.modules.length).toBe(modulesBefore + 1);
        expect(seen.modules.map((m) => m.completedOn)).toContain('2026-09-02');
        expect(seen.modules.map((m) => m.completedOn)).not.toContain('2026-09-03');
      }
    });

    it('shows another company’s participant to nobody else, and the path to no planner', async () => {
      const mehdi = await participantId('Mehdi Haddad');
      const menuiserie = await sut.login('menuiserie@fit.demo');
      expect(problem(await path(menuiserie, mehdi))?.code).toBe('NOT_FOUND');
      const planner = await sut.login('planner@fit.demo');
      expect(problem(await path(planner, mehdi))?.code).toBe('FORBIDDEN');
    });

    it('stops showing the facilitator a company’s participant once the company ends sharing', async () => {
      const [glh] = await sut.dataSource.query<{ id: string }[]>(
        `select id from clause_contracts where reference = 'GLH-2026-042'`,
      );
      const ionut = await participantId('Ionuț Popescu', facilitator, glh!.id);
      expect(
        (await path(facilitator, ionut)).data!.clauseParticipantPath.contracts.map((c) => c.reference),
      ).toEqual(['GLH-2026-042']);
      const batiment = await sut.login('batiment@fit.demo');
      const [live] = (
        await sut.gql<{ sharingAgreements: { id: string }[] }>('{ sharingAgreements { id } }', {}, batiment)
      ).data!.sharingAgreements;
      await sut.gql('mutation($id: ID!) { endSharing(id: $id) { id } }', { id: live!.id }, batiment);
      expect(problem(await path(facilitator, ionut))?.code).toBe('NOT_FOUND');
    });
  });
});
