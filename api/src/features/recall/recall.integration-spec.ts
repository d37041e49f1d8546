// Spaced recall on the server: reviews synced in any order, resent, or in concurrent batches give the card the replay
// of its whole log (as the tablet computes it); the pack ships it; staff see lapses; another organisation may not write.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ADL_VERBS,
  FIT_ACCOUNT_HOMEPAGE,
  recallStatement,
  replayRecallCard,
  stepActivity,
  type ModuleContent,
  type SitePackManifest,
  type Statement,
} from '@fit/shared';
import { DEMO_TABLET } from '../demo/demo-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { registerTabletKey } from '../../test-support/tablet-key.js';
import { basicAuthFor, xapiClient } from '../../test-support/xapi-client.js';
import { queryOne, queryRows, querySingle } from '../../common/sql.js';

const day = (d: number) => new Date(Date.UTC(2026, 2, d, 8)).toISOString();

describe('spaced recall cards (real database)', () => {
  let sut: TestApp;
  let xapi: ReturnType<typeof xapiClient>;
  let version: { id: string; content: ModuleContent };
  let stepId: string;
  let worker: (name: string) => Promise<string>;

  beforeAll(async () => {
    sut = await startTestApp();
    xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    const versions = await queryRows<{ id: string; content: ModuleContent }>(
      sut.dataSource,
      `select v.id, v.content from module_versions v join organisations o on o.id = v.organisation_id
        where o.slug = 'demo' and v.status = 'published' order by v.created_at, v.id`,
    );
    version = versions.find((v) => v.content.steps.some((s) => s.kind === 'quiz') && v.content.outcomes.length > 0)!;
    stepId = version.content.steps.find((s) => s.kind === 'quiz')!.id;
    worker = async (name) => (await querySingle<{ id: string }>(sut.dataSource, 'select id from users where display_name = $1', [name])).id;
  });
  afterAll(() => sut.close());

  // The first answer in the module, then two recalls (remembered, then forgotten), as the tablet makes them.
  const reviewsOf = (userId: string): Statement[] => [
    {
      id: randomUUID(),
      actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: userId } },
      verb: { id: ADL_VERBS.answered },
      object: { objectType: 'Activity', id: stepActivity(version.id, stepId) },
      result: { response: 'a', success: true },
      timestamp: day(2),
    },
    recallStatement({ id: randomUUID(), userId, versionId: version.id, stepId, response: ['a'], correct: true, at: day(5) }),
    recallStatement({ id: randomUUID(), userId, versionId: version.id, stepId, response: ['b'], correct: false, at: day(20) }),
  ];
  const cardOf = (userId: string) =>
    queryOne<{ due: Date; reps: number; lapses: number; stability: number; phase: string; last_review: Date }>(
      sut.dataSource,
      `select due, reps, lapses, stability, phase, last_review from recall_cards where user_id = $1 and activity_id = $2`,
      [userId, stepActivity(version.id, stepId)],
    );
  const send = async (statements: Statement[]) => {
    const res = await xapi('POST', '', statements);
    expect(res.status).toBe(200);
  };
  const expected = (log: Statement[]) => replayRecallCard(log.map((s) => ({ at: s.timestamp!, correct: s.result!.success!, id: s.id! })))!;

  it('gives the card the replay of its whole log whatever order the reviews arrive in, each stored once', async () => {
    const julien = await worker('Julien Moreau');
    const kevin = await worker('Kevin Martin');
    const inOrder = reviewsOf(julien);
    for (const s of inOrder) await send([s]);
    // Kevin's tablet syncs the last recall first, then the rest, then everything again (a resend after a lost answer).
    const scrambled = reviewsOf(kevin);
    await send([scrambled[2]!]);
    expect(await cardOf(kevin)).toMatchObject({ reps: 1, lapses: 0 });
    await send([scrambled[1]!, scrambled[0]!]);
    await send(scrambled);

    const want = expected(inOrder);
    expect(want).toMatchObject({ due: day(22), reps: 3, lapses: 1 });
    for (const userId of [julien, kevin]) {
      const card = (await cardOf(userId))!;
      expect({ due: card.due.toISOString(), reps: card.reps, lapses: card.lapses, phase: card.phase, lastReview: card.last_review.toISOString() }).toEqual({
        due: want.due,
        reps: 3,
        lapses: 1,
        phase: want.phase,
        lastReview: day(20),
      });
      expect(card.stability).toBeCloseTo(want.stability, 9);
    }
    const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from xapi_statements where id = any($1::uuid[])`, [scrambled.map((s) => s.id)]);
    expect(n).toBe(3);
  });

  it('merges concurrent batches about the same worker into one card', async () => {
    const amadou = await worker('Amadou Diallo');
    const log = reviewsOf(amadou);
    await Promise.all([send([log[0]!]), send([log[2]!]), send([log[1]!])]);
    const card = (await cardOf(amadou))!;
    expect(card.due.toISOString()).toBe(expected(log).due);
    expect(card.reps).toBe(3);
  });

  it('drops a voided recall from the log', async () => {
    const joao = await worker('João Ferreira');
    const log = reviewsOf(joao);
    await send(log);
    const voiding = {
      id: randomUUID(),
      actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: joao } },
      verb: { id: ADL_VERBS.voided },
      object: { objectType: 'StatementRef', id: log[2]!.id },
    };
    await send([voiding as Statement]);
    expect((await cardOf(joao))!.due.toISOString()).toBe(expected(log.slice(0, 2)).due);
  });

  it('refuses recalls about a worker from an organisation they are not a member of', async () => {
    const julien = await worker('Julien Moreau');
    const before = await cardOf(julien);
    const other = xapiClient(sut.url, await basicAuthFor(sut.dataSource, 'demo-network'));
    const late = recallStatement({ id: randomUUID(), userId: julien, versionId: version.id, stepId, response: ['a'], correct: true, at: day(25) });
    const res = await other('POST', '', [late]);
    expect(res.status).toBe(403);
    expect(await cardOf(julien)).toEqual(before);
  });

  it("ships each worker's cards in the site pack with the question, and staff see the team's lapses per ULO", async () => {
    const julien = await worker('Julien Moreau');
    await registerTabletKey(sut, DEMO_TABLET.deviceToken);
    const res = await fetch(`${sut.url}/site-pack`, { headers: { 'x-device-token': DEMO_TABLET.deviceToken } });
    const manifest = (await res.json()) as SitePackManifest;
    const card = manifest.roster.find((w) => w.id === julien)!.recall!.find((c) => c.activityId === stepActivity(version.id, stepId))!;
    expect(card.card.due).toBe(day(22));
    expect(card.question.id).toBe(stepId);
    expect(card.moduleTitle).toEqual(version.content.title);

    const trainer = await sut.login('trainer@fit.demo');
    const siteId = manifest.site.id;
    const query = 'query($s: ID!) { recallLapses(siteId: $s) { teamName ulo uloTitle workers recalls lapses lapseShare } }';
    const result = await sut.gql<{ recallLapses: { teamName: string; ulo: string; workers: number; recalls: number; lapses: number; lapseShare: number }[] }>(query, { s: siteId }, trainer);
    expect(result.errors).toBeUndefined();
    const row = result.data!.recallLapses.find((r) => r.teamName === 'Équipe isolation' && r.ulo === version.content.outcomes[0])!;
    // Julien's two recalls, one forgotten (other workers of the team have no recall of this ULO's questions yet, or some).
    expect(row.recalls).toBeGreaterThanOrEqual(2);
    expect(row.lapses).toBeGreaterThanOrEqual(1);
    expect(row.lapseShare).toBeCloseTo(row.lapses / row.recalls, 9);

    // Staff of another organisation learn nothing of this site.
    const admin = await sut.login('admin@fit.demo');
    const { id: networkId } = await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo-network'`);
    const network = await sut.gql('mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }', { o: networkId }, admin);
    const token = (network.data as { switchOrganisation: { accessToken: string } } | undefined)?.switchOrganisation.accessToken;
    expect(token).toBeDefined();
    const denied = await sut.gql(query, { s: siteId }, token!);
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('extends a ULO on the passport only once an admin turns "recall keeps a ULO fresh" on', async () => {
    const claire = await worker('Claire Dubois');
    const admin = await sut.login('admin@fit.demo');
    const trainer = await sut.login('trainer@fit.demo');
    type Ulo = { code: string; state: string; expiresAt: string | null; keptFreshUntil: string | null };
    const passport = async () =>
      (await sut.gql<{ passport: { ulos: Ulo[] } }>('query($w: ID) { passport(workerId: $w) { ulos { code state expiresAt keptFreshUntil } } }', { w: claire }, admin)).data!.passport.ulos;
    // A ULO Claire holds that expires, and a question of a demo module covering it.
    const versions = await queryRows<{ id: string; content: ModuleContent }>(
      sut.dataSource,
      `select v.id, v.content from module_versions v join organisations o on o.id = v.organisation_id where o.slug = 'demo' and v.status = 'published'`,
    );
    const before = await passport();
    const ulo = before.find((u) => u.state === 'held' && u.expiresAt && versions.some((v) => v.content.outcomes.includes(u.code) && v.content.steps.some((s) => s.kind === 'quiz')))!;
    expect(ulo).toBeDefined();
    const covering = versions.filter((v) => v.content.outcomes.includes(ulo.code));
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // Every question of every module covering it: answered 40 days ago, remembered in a recall 5 days ago.
    for (const v of covering) {
      for (const step of v.content.steps.filter((s) => s.kind === 'quiz')) {
        await send([
          { ...recallStatement({ id: randomUUID(), userId: claire, versionId: v.id, stepId: step.id, response: ['a'], correct: true, at: daysAgo(40) }), verb: { id: ADL_VERBS.answered } },
          recallStatement({ id: randomUUID(), userId: claire, versionId: v.id, stepId: step.id, response: ['a'], correct: true, at: daysAgo(5) }),
        ]);
      }
    }
    // Off by default: recall changes nothing.
    expect((await passport()).find((u) => u.code === ulo.code)).toEqual(ulo);

    const set = 'mutation($on: Boolean!, $m: Int!, $d: Int!) { setRecallPolicy(keepsFresh: $on, extendMonths: $m, windowDays: $d) { keepsFresh extendMonths windowDays } }';
    expect((await sut.gql(set, { on: true, m: 36, d: 30 }, trainer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await sut.gql(set, { on: true, m: 0, d: 30 }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/1 to 36 months/);
    expect((await sut.gql(set, { on: true, m: 36, d: 30 }, admin)).data).toEqual({ setRecallPolicy: { keepsFresh: true, extendMonths: 36, windowDays: 30 } });

    const fiveDaysAgo = daysAgo(5).slice(0, 10);
    const [y, m, d] = fiveDaysAgo.split('-').map(Number);
    const extended = new Date(Date.UTC(y!, m! - 1 + 36, d!)).toISOString().slice(0, 10);
    expect((await passport()).find((u) => u.code === ulo.code)).toEqual({ ...ulo, expiresAt: extended, keptFreshUntil: extended });
    // Turned off: back to the expiry the achievement gives.
    await sut.gql(set, { on: false, m: 36, d: 30 }, admin);
    expect((await passport()).find((u) => u.code === ulo.code)).toEqual(ulo);
  });
});
