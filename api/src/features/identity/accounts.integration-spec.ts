import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { hashSecret } from './passwords.js';
import { queryRows, querySingle } from '../../common/sql.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
const STATE = 'query($t: String!) { passwordResetState(token: $t) }';
const LINK_FOR = 'mutation($e: String!) { passwordResetLinkFor(email: $e) { link expiresAt } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const MEMBERS = '{ members { id displayName role deactivatedAt lastSignInAt } }';
const DEACTIVATE = 'mutation($u: ID!) { deactivateMember(userId: $u) { id deactivatedAt } }';
const REACTIVATE = 'mutation($u: ID!) { reactivateMember(userId: $u) { id deactivatedAt } }';
const LEAVE = 'mutation($o: ID!) { leaveOrganisation(organisationId: $o) }';
const ME = '{ me { id organisation { id } memberships { organisation { id } } } }';

interface Mail {
  to: string[];
  text: string;
}

// A real SMTP server on loopback stands in for the operator's mail relay: the links come out as a person gets them.
describe('accounts: forgotten and changed passwords, deactivation, leaving (through /graphql on the real database)', () => {
  let sut: TestApp;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  let orgId: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: Buffer.concat(chunks).toString('utf8').replace(/=\r\n/g, '') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    sut = await startTestApp({ config: { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'FIT <no-reply@fit.test>', publicUrl: 'https://fit.example.org' } });
    orgId = (await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ('renov-lyon', 'Rénov Lyon', 'sme') returning id`)).id;
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  let counter = 0;
  /** A fresh account with password `old-password-1` and a role in the test organisation (or `organisationId`). */
  async function account(role: string, organisationId = orgId): Promise<{ id: string; email: string }> {
    counter += 1;
    const email = `person${counter}@renov-lyon.fr`;
    const [user] = await sut.dataSource.query<{ id: string }[]>(
      'insert into users (email, display_name, password_hash) values ($1, $2, $3) returning id',
      [email, `Person ${counter}`, await hashSecret('old-password-1')],
    );
    await sut.dataSource.query('insert into memberships (user_id, organisation_id, role) values ($1, $2, $3)', [user!.id, organisationId, role]);
    return { id: user!.id, email };
  }

  const login = (email: string, password = 'old-password-1') => sut.gql<{ login: { accessToken: string } }>(LOGIN, { e: email, p: password });
  const token = async (email: string, password = 'old-password-1') => (await login(email, password)).data!.login.accessToken;
  const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);

  async function mailedLinkFor(email: string): Promise<string> {
    for (let i = 0; i < 100; i += 1) {
      const mail = [...mails].reverse().find((m) => m.to.includes(email));
      const link = mail?.text.match(/https:\/\/fit\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}/)?.[0];
      if (link) return link;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no reset email reached ${email}`);
  }

  it('answers a reset request the same whether or not the account exists, and mails a link only to a real account', async () => {
    const person = await account('trainer');
    const known = await sut.gql(REQUEST, { e: person.email.toUpperCase() });
    const unknown = await sut.gql(REQUEST, { e: 'nobody-here@renov-lyon.fr' });
    expect(known).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(unknown).toEqual(known);
    const link = await mailedLinkFor(person.email);
    expect(mails.some((m) => m.to.includes('nobody-here@renov-lyon.fr'))).toBe(false);
    // Stored as a digest only.
    const rows = await sut.dataSource.query<{ token_hash: string; expires_at: Date }[]>('select token_hash, expires_at from password_resets where user_id = $1', [person.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));
    const minutes = (new Date(rows[0]!.expires_at).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('sets the new password through the link once, ends every session, and refuses the link the second time', async () => {
    const person = await account('trainer');
    const before = await token(person.email);
    await sut.gql(REQUEST, { e: person.email });
    const link = await mailedLinkFor(person.email);
    expect((await sut.gql(STATE, { t: tokenOf(link) })).data).toEqual({ passwordResetState: 'valid' });

    const done = await sut.gql(RESET, { t: tokenOf(link), p: 'new-password-2' });
    expect(done.errors).toBeUndefined();
    expect((await sut.gql(ME, {}, before)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(person.email)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await login(person.email, 'new-password-2')).errors).toBeUndefined();

    const twice = await sut.gql(RESET, { t: tokenOf(link), p: 'third-password-3' });
    expect(twice.errors?.[0]).toMatchObject({ message: 'This link was already used. Ask for a new one if you need to.', extensions: { code: 'CONFLICT', reason: 'RESET_LINK_USED' } });
    expect((await sut.gql(STATE, { t: tokenOf(link) })).data).toEqual({ passwordResetState: 'used' });
    expect((await login(person.email, 'new-password-2')).errors).toBeUndefined();
  });

  it('refuses an expired link and an unknown one with their own messages', async () => {
    const person = await account('trainer');
    await sut.gql(REQUEST, { e: person.email });
    const link = await mailedLinkFor(person.email);
    await sut.dataSource.query(`update password_resets set expires_at = now() - interval '1 second' where user_id = $1`, [person.id]);
    const expired = await sut.gql(RESET, { t: tokenOf(link), p: 'new-password-2' });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESET_LINK_EXPIRED' });
    expect((await sut.gql(STATE, { t: tokenOf(link) })).data).toEqual({ passwordResetState: 'expired' });
    const unknown = await sut.gql(RESET, { t: 'x'.repeat(43), p: 'new-password-2' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID' });
    expect((await login(person.email)).errors).toBeUndefined();
  });

  it('refuses a too-short new password on the password field and leaves the link usable', async () => {
    const person = await account('trainer');
    await sut.gql(REQUEST, { e: person.email });
    const link = await mailedLinkFor(person.email);
    const short = await sut.gql(RESET, { t: tokenOf(link), p: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await sut.gql(RESET, { t: tokenOf(link), p: 'long-enough-now' })).errors).toBeUndefined();
  });

  it('limits reset requests per e-mail, the same way for an address that has no account', async () => {
    const person = await account('trainer');
    for (const email of [person.email, 'ghost@renov-lyon.fr']) {
      const answers = [];
      for (let i = 0; i < 6; i += 1) answers.push(await sut.gql(REQUEST, { e: email }));
      expect(answers.slice(0, 5).every((a) => a.data?.requestPasswordReset === true)).toBe(true);
      expect(answers[5]!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
  });

  it('lets an admin produce a link for a member of their organisation only', async () => {
    const admin = await account('admin');
    const member = await account('worker');
    const { id: elsewhere } = await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ('ailleurs', 'Ailleurs', 'sme') returning id`);
    const stranger = await account('trainer', elsewhere);
    const adminToken = await token(admin.email);
    const produced = await sut.gql<{ passwordResetLinkFor: { link: string } }>(LINK_FOR, { e: member.email }, adminToken);
    expect(produced.data!.passwordResetLinkFor.link).toMatch(/^https:\/\/fit\.example\.org\/reset-password\//);
    expect((await sut.gql(STATE, { t: tokenOf(produced.data!.passwordResetLinkFor.link) })).data).toEqual({ passwordResetState: 'valid' });
    expect((await sut.gql(LINK_FOR, { e: stranger.email }, adminToken)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const manager = await account('manager');
    expect((await sut.gql(LINK_FOR, { e: member.email }, await token(manager.email))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('changes the password of the signed-in person: the other sessions end, this one goes on', async () => {
    const person = await account('trainer');
    const here = await token(person.email);
    const elsewhere = await token(person.email);
    const wrong = await sut.gql(CHANGE, { c: 'not-my-password', n: 'new-password-2' }, here);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' });
    expect((await sut.gql(ME, {}, elsewhere)).errors).toBeUndefined();

    expect((await sut.gql(CHANGE, { c: 'old-password-1', n: 'new-password-2' }, here)).errors).toBeUndefined();
    expect((await sut.gql(ME, {}, here)).errors).toBeUndefined();
    expect((await sut.gql(ME, {}, elsewhere)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(person.email, 'new-password-2')).errors).toBeUndefined();
  });

  it('deactivates a member: their sessions end at once, they cannot sign in to it, their records stay; reactivating lets them back', async () => {
    const manager = await account('manager');
    const trainer = await account('trainer');
    const managerToken = await token(manager.email);
    const trainerToken = await token(trainer.email);

    const done = await sut.gql<{ deactivateMember: { deactivatedAt: string | null } }>(DEACTIVATE, { u: trainer.id }, managerToken);
    expect(done.data!.deactivateMember.deactivatedAt).not.toBeNull();
    expect((await sut.gql(ME, {}, trainerToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await login(trainer.email);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBERSHIP_DEACTIVATED' });
    expect(await queryRows(sut.dataSource, 'select 1 from memberships where user_id = $1', [trainer.id])).toHaveLength(1);

    expect((await sut.gql(REACTIVATE, { u: trainer.id }, managerToken)).errors).toBeUndefined();
    expect((await login(trainer.email)).errors).toBeUndefined();
  });

  it('keeps deactivation within the rules: not oneself, not an admin by a manager, not another organisation, not by a trainer', async () => {
    const manager = await account('manager');
    const admin = await account('admin');
    const trainer = await account('trainer');
    const managerToken = await token(manager.email);
    expect((await sut.gql(DEACTIVATE, { u: manager.id }, managerToken)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sut.gql(DEACTIVATE, { u: admin.id }, managerToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sut.gql(DEACTIVATE, { u: manager.id }, await token(trainer.email))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const demoManager = await sut.login('manager@fit.demo');
    expect((await sut.gql(DEACTIVATE, { u: trainer.id }, demoManager)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await login(trainer.email)).errors).toBeUndefined();
  });

  it("shows an admin each member's last sign-in, and a manager the members without it", async () => {
    const admin = await account('admin');
    const manager = await account('manager');
    const trainer = await account('trainer');
    await token(trainer.email);
    const asAdmin = await sut.gql<{ members: { id: string; lastSignInAt: string | null }[] }>(MEMBERS, {}, await token(admin.email));
    const seen = asAdmin.data!.members.find((m) => m.id === trainer.id)!;
    expect(Date.now() - new Date(seen.lastSignInAt!).getTime()).toBeLessThan(60_000);
    const asManager = await sut.gql<{ members: { id: string; lastSignInAt: string | null }[] }>(MEMBERS, {}, await token(manager.email));
    expect(asManager.data!.members.map((m) => m.id)).toContain(trainer.id);
    expect(asManager.data!.members.every((m) => m.lastSignInAt === null)).toBe(true);
    const demoAdmin = await sut.login('admin@fit.demo');
    const demoMembers = await sut.gql<{ members: { id: string }[] }>(MEMBERS, {}, demoAdmin);
    expect(demoMembers.data!.members.map((m) => m.id)).not.toContain(trainer.id);
  });

  it('lets a person leave an organisation, but not leave it without a manager', async () => {
    const { id: second } = await querySingle<{ id: string }>(sut.dataSource, `insert into organisations (slug, name, kind) values ('second-sme', 'Second SME', 'sme') returning id`);
    const person = await account('trainer');
    await sut.dataSource.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager')`, [person.id, second]);
    const personToken = await token(person.email);
    const blocked = await sut.gql(LEAVE, { o: second }, personToken);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MANAGER' });

    expect((await sut.gql(LEAVE, { o: orgId }, personToken)).errors).toBeUndefined();
    expect(await queryRows(sut.dataSource, 'select 1 from memberships where user_id = $1 and organisation_id = $2', [person.id, orgId])).toHaveLength(0);
    const again = await token(person.email);
    const me = await sut.gql<{ me: { memberships: { organisation: { id: string } }[] } }>(ME, {}, again);
    expect(me.data!.me.memberships.map((m) => m.organisation.id)).toEqual([second]);
  });
});
