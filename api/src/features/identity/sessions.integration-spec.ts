import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { hashSecret } from './passwords.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken me { organisation { slug } } } }`;
const REFRESH = `mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`;
const ME = '{ me { id role organisation { slug } } }';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('sessions (through /graphql on the real database)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  async function newAccount(email: string, orgSlugs: string[] = ['demo']) {
    const user = await sut.dataSource
      .getRepository(UserEntity)
      .save({ email, displayName: email, passwordHash: await hashSecret('fit-demo') });
    for (const slug of orgSlugs) {
      const orgs = sut.dataSource.getRepository(OrganisationEntity);
      const org = (await orgs.findOneBy({ slug })) ?? (await orgs.save({ slug, name: `Org ${slug}`, kind: 'sme' as const }));
      await sut.dataSource.getRepository(MembershipEntity).save({ userId: user.id, organisationId: org.id, role: 'trainer' as const });
    }
    return user;
  }

  async function login(email: string): Promise<Pair> {
    const result = await sut.gql<{ login: Pair }>(LOGIN, { e: email, p: 'fit-demo' });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  }

  it('returns a refresh token with the access token at sign-in', async () => {
    const pair = await login('trainer@fit.demo');
    expect(pair.accessToken.split('.')).toHaveLength(3);
    expect(pair.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores refresh tokens only as SHA-256 hashes', async () => {
    const pair = await login('trainer@fit.demo');
    const rows = await sut.dataSource.query<{ token_hash: string }[]>('select token_hash from refresh_tokens');
    expect(rows.map((r) => r.token_hash)).not.toContain(pair.refreshToken);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('rotates the refresh token: the new pair works and the old refresh token is marked used', async () => {
    const first = await login('trainer@fit.demo');
    const result = await sut.gql<{ refresh: Pair }>(REFRESH, { t: first.refreshToken });
    expect(result.errors).toBeUndefined();
    const second = result.data!.refresh;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await sut.gql(ME, {}, second.accessToken)).errors).toBeUndefined();
  });

  it('on reuse of a used refresh token, revokes the whole family with a clear error', async () => {
    const first = await login('trainer@fit.demo');
    const second = (await sut.gql<{ refresh: Pair }>(REFRESH, { t: first.refreshToken })).data!.refresh;
    const replay = await sut.gql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(replay.errors?.[0]?.message).toMatch(/already used/);
    // The legitimate holder's newer tokens are dead too.
    expect((await sut.gql(REFRESH, { t: second.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sut.gql(ME, {}, second.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown refresh token without saying more', async () => {
    const result = await sut.gql(REFRESH, { t: 'not-a-real-refresh-token' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'This refresh token is not valid. Please sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('logout ends the current session only', async () => {
    const a = await login('manager@fit.demo');
    const b = await login('manager@fit.demo');
    expect((await sut.gql('mutation { logout }', {}, a.accessToken)).data).toEqual({ logout: true });
    expect((await sut.gql(ME, {}, a.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sut.gql(REFRESH, { t: a.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sut.gql(ME, {}, b.accessToken)).errors).toBeUndefined();
  });

  it('logoutEverywhere kills every access and refresh token of the user at once', async () => {
    await newAccount('everywhere@fit.demo');
    const a = await login('everywhere@fit.demo');
    const b = await login('everywhere@fit.demo');
    expect((await sut.gql('mutation { logoutEverywhere }', {}, a.accessToken)).data).toEqual({ logoutEverywhere: true });
    for (const pair of [a, b]) {
      expect((await sut.gql(ME, {}, pair.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await sut.gql(REFRESH, { t: pair.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Signing in again afterwards works.
    const c = await login('everywhere@fit.demo');
    expect((await sut.gql(ME, {}, c.accessToken)).errors).toBeUndefined();
  });

  it('switchOrganisation gives tokens for another membership of the same user', async () => {
    await newAccount('two-orgs@fit.demo', ['demo', 'second-sme']);
    const pair = await login('two-orgs@fit.demo');
    const second = await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'second-sme' });
    const result = await sut.gql<{ switchOrganisation: Pair & { me: { organisation: { slug: string } } } }>(
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken refreshToken me { organisation { slug } } } }',
      { o: second.id },
      pair.accessToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.switchOrganisation.me.organisation.slug).toBe('second-sme');
    const me = await sut.gql<{ me: { organisation: { slug: string } } }>(ME, {}, result.data!.switchOrganisation.accessToken);
    expect(me.data?.me.organisation.slug).toBe('second-sme');
  });

  it('switchOrganisation to an organisation the user is not in is NOT_FOUND', async () => {
    const token = await sut.login('trainer@fit.demo');
    const other = await sut.dataSource.getRepository(OrganisationEntity).save({ slug: 'not-mine', name: 'Pas la mienne', kind: 'sme' as const });
    const result = await sut.gql('mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }', { o: other.id }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Pas la mienne');
  });

  it('rate-limits sign-in: after 10 wrong passwords even the right one is refused with RATE_LIMITED and a retry time', async () => {
    await newAccount('limited@fit.demo');
    for (let i = 0; i < 10; i++) {
      const wrong = await sut.gql(LOGIN, { e: 'limited@fit.demo', p: `wrong-${i}` });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const result = await sut.gql<unknown>(LOGIN, { e: 'limited@fit.demo', p: 'fit-demo' });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Try again in 15 minutes/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });
});
