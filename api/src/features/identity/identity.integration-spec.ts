import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { SiteEntity } from '../sites/site.entity.js';
import { UserEntity } from './user.entity.js';

const ME = '{ me { id email displayName role organisation { slug } memberships { role organisation { slug } } } }';

describe('identity (through /graphql on the real database)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it.each([
    ['admin@fit.demo', 'admin'],
    ['trainer@fit.demo', 'trainer'],
    ['manager@fit.demo', 'manager'],
  ])('%s signs in and `me` answers with the %s role in the demo organisation', async (email, role) => {
    const token = await sut.login(email);
    const result = await sut.gql<{ me: { role: string; email: string; organisation: { slug: string } } }>(ME, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toMatchObject({ email, role, organisation: { slug: 'demo' } });
  });

  it('signs in whatever the case and spacing of the email', async () => {
    await expect(sut.login('  Trainer@FIT.demo ')).resolves.toEqual(expect.any(String));
  });

  it('refuses a wrong password with a clear error and no token', async () => {
    const result = await sut.gql('mutation { login(email: "trainer@fit.demo", password: "wrong") { accessToken } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'This email and password do not match an account.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
  });

  it('answers an unknown email exactly like a wrong password, so accounts cannot be probed', async () => {
    const result = await sut.gql('mutation { login(email: "nobody@fit.demo", password: "fit-demo") { accessToken } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(result.errors?.[0]?.message).toBe('This email and password do not match an account.');
  });

  it('refuses a malformed email before looking anything up', async () => {
    const result = await sut.gql('mutation { login(email: "trainer", password: "fit-demo") { accessToken } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses `me` without a token', async () => {
    const result = await sut.gql(ME);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a malformed token', 'not-a-jwt'],
    ['a token with a forged signature', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('refuses %s', async (_label, token) => {
    const result = await sut.gql(ME, {}, token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token signed with another key', async () => {
    const user = await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@fit.demo' });
    const forged = await new SignJWT({ org: 'x', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('fit')
      .setAudience('fit-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const result = await sut.gql(ME, {}, forged);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with a message that says so', async () => {
    const user = await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@fit.demo' });
    const expired = await new SignJWT({ org: 'x', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('fit')
      .setAudience('fit-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing'));
    const result = await sut.gql(ME, {}, expired);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Your session has expired. Please sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('stops accepting a token once its membership is removed', async () => {
    const email = 'leaver@fit.demo';
    const users = sut.dataSource.getRepository(UserEntity);
    const { hashSecret } = await import('./passwords.js');
    const user = await users.save(users.create({ email, displayName: 'Léa Partante', passwordHash: await hashSecret('fit-demo') }));
    const demo = await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' });
    const memberships = sut.dataSource.getRepository(MembershipEntity);
    await memberships.save(memberships.create({ userId: user.id, organisationId: demo.id, role: 'trainer' }));
    const token = await sut.login(email);
    expect((await sut.gql(ME, {}, token)).data?.me).toBeTruthy();

    await memberships.delete({ userId: user.id });
    const result = await sut.gql(ME, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("lists only the viewer's organisation's sites", async () => {
    const orgs = sut.dataSource.getRepository(OrganisationEntity);
    const other = await orgs.save(orgs.create({ slug: 'other-sme', name: 'Autre PME', kind: 'sme' }));
    const sites = sut.dataSource.getRepository(SiteEntity);
    await sites.save(sites.create({ organisationId: other.id, name: 'Chantier secret de l’autre PME' }));

    const token = await sut.login('manager@fit.demo');
    const result = await sut.gql<{ sites: { name: string }[] }>('{ sites { name } }', {}, token);
    expect(result.data?.sites.map((s) => s.name)).toEqual(['Résidence Les Tilleuls — rénovation énergétique']);
  });
});
