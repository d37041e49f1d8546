import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { hashSecret } from '../identity/passwords.js';
import { InvitationEntity } from './invitation.entity.js';

const CREATE_ORG = 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id slug name kind } }';
const INVITE = 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id email role link expiresAt } }';
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) {
  accessToken refreshToken me { email role organisation { slug } memberships { organisation { slug } } } } }`;

describe('organisations and invitations (through /graphql on the real database)', () => {
  let sut: TestApp;
  let networkAdmin: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const network = await sut.dataSource
      .getRepository(OrganisationEntity)
      .save({ slug: 'reseau-test', name: 'Réseau Test', kind: 'network' as const });
    const user = await sut.dataSource
      .getRepository(UserEntity)
      .save({ email: 'network-admin@fit.demo', displayName: 'Nora Réseau', passwordHash: await hashSecret('fit-demo') });
    await sut.dataSource.getRepository(MembershipEntity).save({ userId: user.id, organisationId: network.id, role: 'admin' as const });
    networkAdmin = await sut.login('network-admin@fit.demo');
  });
  afterAll(() => sut.close());

  async function createOrg(slug: string, token = networkAdmin) {
    return sut.gql<{ createOrganisation: { id: string; slug: string } }>(
      CREATE_ORG,
      { i: { name: `Organisation ${slug}`, slug, kind: 'sme' } },
      token,
    );
  }

  async function invite(organisationId: string, email: string, role = 'manager') {
    const result = await sut.gql<{ createInvitation: { link: string; expiresAt: string } }>(
      INVITE,
      { i: { organisationId, email, role } },
      networkAdmin,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createInvitation;
  }

  it('lets the admin of a network body create an SME, a training centre or a network', async () => {
    const result = await createOrg('renov-lyon');
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOrganisation).toMatchObject({ slug: 'renov-lyon', name: 'Organisation renov-lyon' });
  });

  it('refuses an organisation from the admin of an SME', async () => {
    const smeAdmin = await sut.login('admin@fit.demo');
    const result = await createOrg('from-an-sme', smeAdmin);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it.each([['Bad Slug'], ['-dash-first'], ['ab'], ['a'.repeat(65)]])('refuses the invalid slug %s with BAD_USER_INPUT', async (slug) => {
    const result = await createOrg(slug);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/slug must be/);
  });

  it('refuses a slug already taken with CONFLICT', async () => {
    await createOrg('taken-slug');
    const result = await createOrg('taken-slug');
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('creates an invitation whose link carries an opaque token stored only as a hash, valid 7 days', async () => {
    const org = (await createOrg('invite-me')).data!.createOrganisation;
    const invitation = await invite(org.id, 'New.Manager@Example.fr');
    expect(invitation.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = invitation.link.split('/').pop()!;
    const stored = await sut.dataSource.getRepository(InvitationEntity).find();
    expect(JSON.stringify(stored)).not.toContain(token);
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it('accepting an invitation creates the account and signs it in with the invited role', async () => {
    const org = (await createOrg('accept-new')).data!.createOrganisation;
    const { link } = await invite(org.id, 'fresh@example.fr', 'trainer');
    const result = await sut.gql<{ acceptInvitation: { me: { email: string; role: string; organisation: { slug: string } } } }>(
      ACCEPT,
      { i: { token: link.split('/').pop(), displayName: 'Fanny Fraîche', password: 'a-good-password' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.acceptInvitation.me).toMatchObject({ email: 'fresh@example.fr', role: 'trainer', organisation: { slug: 'accept-new' } });
    await expect(sut.login('fresh@example.fr', 'a-good-password')).resolves.toEqual(expect.any(String));
  });

  it('accepting with an existing email links the account (its password is required) and keeps its other organisations', async () => {
    const org = (await createOrg('accept-existing')).data!.createOrganisation;
    const { link } = await invite(org.id, 'trainer@fit.demo', 'trainer');
    const token = link.split('/').pop();
    const wrong = await sut.gql(ACCEPT, { i: { token, displayName: 'x y', password: 'not-the-password' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const result = await sut.gql<{ acceptInvitation: { me: { memberships: { organisation: { slug: string } }[] } } }>(ACCEPT, {
      i: { token, displayName: 'Thomas', password: 'fit-demo' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.acceptInvitation.me.memberships.map((m) => m.organisation.slug).sort()).toEqual(['accept-existing', 'demo']);
  });

  it('refuses an unknown invitation token with NOT_FOUND', async () => {
    const result = await sut.gql(ACCEPT, { i: { token: 'x'.repeat(43), displayName: 'Nobody', password: 'a-good-password' } });
    expect(result.errors?.[0]).toMatchObject({ message: 'This invitation link was not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses an expired invitation with a clear message', async () => {
    const org = (await createOrg('expired-invite')).data!.createOrganisation;
    const { link } = await invite(org.id, 'late@example.fr');
    await sut.dataSource.query(`update invitations set expires_at = now() - interval '1 minute' where email = 'late@example.fr'`);
    const result = await sut.gql(ACCEPT, { i: { token: link.split('/').pop(), displayName: 'Late', password: 'a-good-password' } });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/has expired/), extensions: { code: 'BAD_USER_INPUT', reason: 'EXPIRED' } });
  });

  it('refuses an invitation used once already with CONFLICT', async () => {
    const org = (await createOrg('used-invite')).data!.createOrganisation;
    const { link } = await invite(org.id, 'once@example.fr');
    const input = { i: { token: link.split('/').pop(), displayName: 'Once', password: 'a-good-password' } };
    expect((await sut.gql(ACCEPT, input)).errors).toBeUndefined();
    const again = await sut.gql(ACCEPT, input);
    expect(again.errors?.[0]).toMatchObject({ message: expect.stringMatching(/already used/), extensions: { code: 'CONFLICT' } });
  });

  it('refuses to invite a worker or an admin through this path', async () => {
    const org = (await createOrg('role-check')).data!.createOrganisation;
    const result = await sut.gql(INVITE, { i: { organisationId: org.id, email: 'a@b.fr', role: 'admin' } }, networkAdmin);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("a manager invites into their own organisation only; another organisation's id is NOT_FOUND", async () => {
    const manager = await sut.login('manager@fit.demo');
    const demo = await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' });
    const own = await sut.gql(INVITE, { i: { organisationId: demo.id, email: 'colleague@example.fr', role: 'trainer' } }, manager);
    expect(own.errors).toBeUndefined();
    const other = (await createOrg('not-the-managers')).data!.createOrganisation;
    const result = await sut.gql(INVITE, { i: { organisationId: other.id, email: 'x@example.fr', role: 'trainer' } }, manager);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(result)).not.toContain('not-the-managers');
  });

  it('a trainer cannot invite', async () => {
    const trainer = await sut.login('trainer@fit.demo');
    const demo = await sut.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'demo' });
    const result = await sut.gql(INVITE, { i: { organisationId: demo.id, email: 'x@example.fr', role: 'trainer' } }, trainer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('what the invitee sees before answering, and withdrawing an invitation', () => {
    const PREVIEW = 'query($t: String!) { invitationPreview(token: $t) { organisationName email role status accountExists } }';

    it('previews a pending invitation without signing in, saying whether the email already has an account', async () => {
      const org = (await createOrg('preview-me')).data!.createOrganisation;
      const fresh = (await invite(org.id, 'preview-new@example.fr', 'trainer')).link.split('/').pop();
      const known = (await invite(org.id, 'manager@fit.demo')).link.split('/').pop();
      const a = await sut.gql(PREVIEW, { t: fresh });
      expect(a.data).toEqual({
        invitationPreview: { organisationName: 'Organisation preview-me', email: 'preview-new@example.fr', role: 'trainer', status: 'pending', accountExists: false },
      });
      const b = await sut.gql<{ invitationPreview: { accountExists: boolean } }>(PREVIEW, { t: known });
      expect(b.data?.invitationPreview.accountExists).toBe(true);
    });

    it('previews expired and used invitations by their state, and an unknown token as NOT_FOUND', async () => {
      const org = (await createOrg('preview-states')).data!.createOrganisation;
      const late = (await invite(org.id, 'preview-late@example.fr')).link.split('/').pop();
      await sut.dataSource.query(`update invitations set expires_at = now() - interval '1 minute' where email = 'preview-late@example.fr'`);
      expect((await sut.gql<{ invitationPreview: { status: string } }>(PREVIEW, { t: late })).data?.invitationPreview.status).toBe('expired');
      const used = (await invite(org.id, 'preview-used@example.fr')).link.split('/').pop();
      await sut.gql(ACCEPT, { i: { token: used, displayName: 'Used', password: 'a-good-password' } });
      expect((await sut.gql<{ invitationPreview: { status: string } }>(PREVIEW, { t: used })).data?.invitationPreview.status).toBe('accepted');
      const unknown = await sut.gql(PREVIEW, { t: 'y'.repeat(43) });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('links an existing account with its password alone (no name needed), and wants a name for a new account', async () => {
      const org = (await createOrg('link-no-name')).data!.createOrganisation;
      const existing = (await invite(org.id, 'manager@fit.demo')).link.split('/').pop();
      const linked = await sut.gql(ACCEPT, { i: { token: existing, password: 'fit-demo' } });
      expect(linked.errors).toBeUndefined();
      const fresh = (await invite(org.id, 'no-name@example.fr')).link.split('/').pop();
      const nameless = await sut.gql(ACCEPT, { i: { token: fresh, password: 'a-good-password' } });
      expect(nameless.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // The refusal left the invitation usable.
      const named = await sut.gql(ACCEPT, { i: { token: fresh, displayName: 'Nina Nom', password: 'a-good-password' } });
      expect(named.errors).toBeUndefined();
    });

    it('revoking a pending invitation makes its link unknown; an accepted one cannot be revoked', async () => {
      const org = (await createOrg('revoke-me')).data!.createOrganisation;
      const created = await sut.gql<{ createInvitation: { id: string; link: string } }>(
        INVITE,
        { i: { organisationId: org.id, email: 'revoked@example.fr', role: 'trainer' } },
        networkAdmin,
      );
      const { id, link } = created.data!.createInvitation;
      const revoked = await sut.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id }, networkAdmin);
      expect(revoked.data).toEqual({ revokeInvitation: true });
      const accept = await sut.gql(ACCEPT, { i: { token: link.split('/').pop(), displayName: 'Too Late', password: 'a-good-password' } });
      expect(accept.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const again = await sut.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id }, networkAdmin);
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const kept = await sut.gql<{ createInvitation: { id: string; link: string } }>(
        INVITE,
        { i: { organisationId: org.id, email: 'kept@example.fr', role: 'trainer' } },
        networkAdmin,
      );
      await sut.gql(ACCEPT, { i: { token: kept.data!.createInvitation.link.split('/').pop(), displayName: 'Kept', password: 'a-good-password' } });
      const late = await sut.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: kept.data!.createInvitation.id }, networkAdmin);
      expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it('says the link was not emailed when no SMTP server is configured', async () => {
      const org = (await createOrg('delivery-link')).data!.createOrganisation;
      const result = await sut.gql<{ createInvitation: { delivery: string } }>(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { delivery } }',
        { i: { organisationId: org.id, email: 'delivery@example.fr', role: 'trainer' } },
        networkAdmin,
      );
      expect(result.data?.createInvitation.delivery).toBe('link');
    });
  });
});

