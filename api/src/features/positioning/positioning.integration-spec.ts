import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COMPETENCE_ITEMS, POSITIONING_ITEMS } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { RetentionService } from './retention.service.js';

const SESSION = 'id name date language code candidateCount completedCount';
const CREATE = `mutation($i: PositioningSessionInput!) { createPositioningSession(input: $i) { ${SESSION} } }`;
const INVITE = 'query($c: String!) { positioningInvite(code: $c) { sessionName organisationName language retentionMonths } }';
const PROGRESS = 'firstName sessionName answers { itemId value } completed result { fits families { family appetence competence } answered total }';
const JOIN = `mutation($i: JoinPositioningInput!) { joinPositioning(input: $i) { token progress { ${PROGRESS} } } }`;
const ANSWER = `mutation($t: String!, $i: String!, $v: [Int!]!) { answerPositioning(token: $t, itemId: $i, value: $v) { ${PROGRESS} } }`;
const MINE = `query($t: String!) { positioningProgress(token: $t) { ${PROGRESS} } }`;
const CANDIDATES = `query($s: ID!) { positioningCandidates(sessionId: $s) {
  id firstName stage handedOverAt profile { fits answered } startingUlos { code title } suggestedModules } }`;
const HAND_OVER = `mutation($c: ID!, $o: ID!, $ok: Boolean!) { handOverCandidate(candidateId: $c, companyId: $o, candidateConsent: $ok) { id handedOverAt } }`;

interface Progress {
  completed: boolean;
  answers: { itemId: string; value: number[] }[];
  result: { fits: string[]; answered: number; total: number } | null;
}

/** A candidate who likes insulation and gets every competence item right. */
function strongInsulationAnswers(): [string, number[]][] {
  return POSITIONING_ITEMS.map((item) => {
    if (item.kind === 'appetence') return [item.id, [item.family === 'insulation' ? 3 : 0]];
    const competence = COMPETENCE_ITEMS.find((c) => c.id === item.id)!;
    return [item.id, competence.kind === 'order' ? [...competence.correct] : [competence.correct]];
  });
}

describe('positioning: sessions, the candidate without an account, scoping, hand-over, retention (real database)', () => {
  let sut: TestApp;
  let facilitator: string;
  let manager: string;
  let companyId: string;
  let session: { id: string; code: string };

  beforeAll(async () => {
    sut = await startTestApp();
    facilitator = await sut.login('facilitator@fit.demo');
    manager = await sut.login('manager@fit.demo');
    const [company] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
    companyId = company!.id;
    const created = await sut.gql<{ createPositioningSession: { id: string; code: string; language: string } }>(
      CREATE,
      { i: { name: 'Forum test', date: '2027-03-14' } },
      facilitator,
    );
    expect(created.errors).toBeUndefined();
    session = created.data!.createPositioningSession;
  });
  afterAll(() => sut.close());

  it('creates a session in French by default with a short code, and lists the demo session', async () => {
    expect(session.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const list = await sut.gql<{ positioningSessions: { name: string; candidateCount: number; completedCount: number }[] }>(`{ positioningSessions { ${SESSION} } }`, {}, facilitator);
    expect(list.data!.positioningSessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Forum test', language: 'fr', candidateCount: 0 }),
        expect.objectContaining({ name: 'Forum emploi Lyon Est', candidateCount: 3, completedCount: 1 }),
      ]),
    );
  });

  it('lets a candidate read the invite, refuses joining without consent, then saves answers as they go and resumes', async () => {
    const invite = await sut.gql(INVITE, { c: session.code.toLowerCase().replace('-', ' ') });
    expect(invite.data).toEqual({ positioningInvite: { sessionName: 'Forum test', organisationName: 'Maison de l’emploi Démo', language: 'fr', retentionMonths: 12 } });
    const refused = await sut.gql(JOIN, { i: { code: session.code, firstName: 'Yasmine', consent: false } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent' });
    const joined = await sut.gql<{ joinPositioning: { token: string; progress: Progress } }>(JOIN, { i: { code: session.code, firstName: ' Yasmine ', consent: true } });
    expect(joined.errors).toBeUndefined();
    const { token } = joined.data!.joinPositioning;
    const steps = strongInsulationAnswers();
    for (const [itemId, value] of steps.slice(0, -1)) {
      const saved = await sut.gql<{ answerPositioning: Progress }>(ANSWER, { t: token, i: itemId, v: value });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.answerPositioning.result).toBeNull();
    }
    // The tab was closed: the token alone brings the answers back.
    const resumed = await sut.gql<{ positioningProgress: Progress }>(MINE, { t: token });
    expect(resumed.data!.positioningProgress.answers).toHaveLength(steps.length - 1);
    expect(resumed.data!.positioningProgress.completed).toBe(false);
    const bad = await sut.gql(ANSWER, { t: token, i: 'like-roofing', v: [7] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'badAnswer' });
    const [lastId, lastValue] = steps.at(-1)!;
    const done = await sut.gql<{ answerPositioning: Progress }>(ANSWER, { t: token, i: lastId, v: lastValue });
    expect(done.data!.answerPositioning).toMatchObject({ completed: true, result: { fits: ['insulation'], answered: steps.length, total: steps.length } });
  });

  it("shows the facilitator the session's results with a path, and hands a consenting candidate over to a sharing company", async () => {
    const seen = await sut.gql<{ positioningCandidates: { id: string; firstName: string; stage: string; startingUlos: { code: string }[]; suggestedModules: string[] }[] }>(
      CANDIDATES,
      { s: session.id },
      facilitator,
    );
    expect(seen.errors).toBeUndefined();
    const yasmine = seen.data!.positioningCandidates.find((c) => c.firstName === 'Yasmine')!;
    expect(yasmine.stage).toBe('completed');
    expect(yasmine.startingUlos.map((u) => u.code)).toEqual(['ULO-HS-01', 'ULO-INS-02', 'ULO-AIR-01']);
    expect(yasmine.suggestedModules.length).toBeGreaterThan(0);
    const noConsent = await sut.gql(HAND_OVER, { c: yasmine.id, o: companyId, ok: false }, facilitator);
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({ field: 'candidateConsent' });
    const handed = await sut.gql<{ handOverCandidate: { handedOverAt: string | null } }>(HAND_OVER, { c: yasmine.id, o: companyId, ok: true }, facilitator);
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.handOverCandidate.handedOverAt).not.toBeNull();
    const received = await sut.gql<{ positioningHandovers: { displayName: string; fromNetwork: string; trades: string[]; startingUlos: string[]; workerId: string }[] }>(
      '{ positioningHandovers { displayName fromNetwork trades startingUlos workerId suggestedModules } }',
      {},
      manager,
    );
    expect(received.data!.positioningHandovers[0]).toMatchObject({ displayName: 'Yasmine', fromNetwork: 'Maison de l’emploi Démo', trades: ['insulation'] });
    const workers = await sut.gql<{ workers: { id: string; displayName: string; trade: string }[] }>('{ workers { id displayName trade } }', {}, manager);
    expect(workers.data!.workers).toContainEqual(expect.objectContaining({ id: received.data!.positioningHandovers[0]!.workerId, displayName: 'Yasmine', trade: 'Isolation' }));
  });

  it("shows the company's trainer the hand-over with ULO titles and the company's own modules, and marks them once assigned", async () => {
    const trainer = await sut.login('trainer@fit.demo');
    const LIST = '{ positioningHandovers { workerId displayName ulos { code title } modules { moduleVersionId title assigned } } }';
    type Listed = { positioningHandovers: { workerId: string; ulos: { code: string; title: string }[]; modules: { moduleVersionId: string; title: string; assigned: boolean }[] }[] };
    const before = await sut.gql<Listed>(LIST, {}, trainer);
    expect(before.errors).toBeUndefined();
    const yasmine = before.data!.positioningHandovers[0]!;
    expect(yasmine.ulos.map((u) => u.code)).toEqual(['ULO-HS-01', 'ULO-INS-02', 'ULO-AIR-01']);
    expect(yasmine.ulos.every((u) => u.title.length > 0 && u.title !== u.code)).toBe(true);
    expect(yasmine.modules.length).toBeGreaterThan(0);
    expect(yasmine.modules.every((m) => !m.assigned)).toBe(true);
    const versions = await sut.dataSource.query<{ organisation_id: string; status: string }[]>(
      'select organisation_id, status from module_versions where id = any($1::uuid[])',
      [yasmine.modules.map((m) => m.moduleVersionId)],
    );
    expect(versions).toHaveLength(yasmine.modules.length);
    expect(versions.every((v) => v.organisation_id === companyId && v.status === 'published')).toBe(true);
    const [first] = yasmine.modules;
    const assigned = await sut.gql<{ assignModule: { assigned: number } }>(
      'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }',
      { i: { moduleVersionId: first!.moduleVersionId, workerIds: [yasmine.workerId], dueOn: '2099-01-31' } },
      trainer,
    );
    expect(assigned.data!.assignModule.assigned).toBe(1);
    const after = await sut.gql<Listed>(LIST, {}, trainer);
    expect(after.data!.positioningHandovers[0]!.modules.map((m) => m.assigned)).toEqual(yasmine.modules.map((m) => m.moduleVersionId === first!.moduleVersionId));
    // Another company sees none of it.
    const other = await sut.gql<Listed>(LIST, {}, await sut.login('menuiserie@fit.demo'));
    expect(other.data!.positioningHandovers).toEqual([]);
  });

  it('refuses a hand-over to a company that does not share with the body, and keeps other tokens and roles out', async () => {
    const [candidate] = await sut.dataSource.query<{ id: string }[]>(`select c.id from positioning_candidates c where first_name = 'Amina'`);
    const [network] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo-network'`);
    const toItself = await sut.gql(HAND_OVER, { c: candidate!.id, o: network!.id, ok: true }, facilitator);
    expect(toItself.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byManager = await sut.gql(CANDIDATES, { s: session.id }, manager);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongToken = await sut.gql(MINE, { t: 'not-a-token' });
    expect(wrongToken.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('deletes only the results older than the body keeps them, every hour', async () => {
    const db = sut.dataSource;
    await db.query(`update positioning_candidates set consented_at = now() - interval '13 months' where first_name = 'Amina'`);
    await db.query(`update positioning_candidates set consented_at = now() - interval '11 months' where first_name = 'Bogdan'`);
    const retention = sut.app.get(RetentionService);
    expect(await retention.deleteExpired()).toBe(1);
    const left = await db.query<{ first_name: string }[]>(`select first_name from positioning_candidates order by first_name`);
    expect(left.map((r) => r.first_name)).toEqual(['Bogdan', 'Lina', 'Yasmine']);
    // A body keeping 6 months: Bogdan (11 months) goes too; the hand-over record stays with the company.
    const set = await sut.gql<{ setPositioningRetentionMonths: number }>('mutation { setPositioningRetentionMonths(months: 6) }', {}, facilitator);
    expect(set.data!.setPositioningRetentionMonths).toBe(6);
    expect(await retention.deleteExpired()).toBe(1);
    expect(await db.query<{ n: number }[]>(`select count(*)::int as n from positioning_handovers`)).toEqual([{ n: 1 }]);
  });

  it('locks an address out after 30 wrong codes, the right code included', async () => {
    for (let i = 0; i < 30; i++) await sut.gql(INVITE, { c: `WRNG-${String(i).padStart(4, 'X')}` });
    const locked = await sut.gql(INVITE, { c: session.code });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
