import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createInvitationMailer, LogInvitationMailer, SmtpInvitationMailer } from './invitation-mailer.js';
import type { AppConfig } from '../../config/config.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
  user?: string;
}

// A real SMTP server on the loopback interface stands in for the operator's mail relay.
describe(SmtpInvitationMailer.name, () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      onAuth(auth, _session, callback) {
        if (auth.username === 'fit' && auth.password === 's3cret') callback(null, { user: auth.username });
        else callback(new Error('bad credentials'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            user: session.user as string | undefined,
          });
          callback();
        });
      },
      logger: false,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('emails the invitation link, in French and English, from MAIL_FROM, authenticating with the URL credentials', async () => {
    const sut = new SmtpInvitationMailer(`smtp://fit:s3cret@127.0.0.1:${port}`, 'FIT <no-reply@fit.test>');
    const link = 'http://localhost:3000/invite/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    await sut.send({
      to: 'new.manager@renov.fr',
      organisationName: 'Rénov <Lyon>',
      role: 'manager',
      link,
      expiresAt: new Date('2030-01-08T10:00:00Z'),
    });
    sut.close();
    const mail = received.at(-1)!;
    expect(mail.from).toBe('no-reply@fit.test');
    expect(mail.to).toEqual(['new.manager@renov.fr']);
    expect(mail.user).toBe('fit');
    const unfolded = mail.raw.replace(/=\r\n/g, '');
    expect(unfolded).toContain(link);
    expect(unfolded).toMatch(/Subject: /);
    expect(unfolded).toContain('2030-01-08');
    // The organisation's name is escaped in the HTML part.
    expect(unfolded).toMatch(/&#60;Lyon&#62;|=26=2360;Lyon/);
  });

  it('fails the send (so the inviter is told) when the server refuses the credentials', async () => {
    const sut = new SmtpInvitationMailer(`smtp://fit:wrong@127.0.0.1:${port}`, 'FIT <no-reply@fit.test>');
    await expect(
      sut.send({ to: 'x@renov.fr', organisationName: 'X', role: 'trainer', link: 'http://l/invite/t', expiresAt: new Date() }),
    ).rejects.toThrow();
    sut.close();
  });
});

describe(createInvitationMailer.name, () => {
  it('logs links when no SMTP_URL is set, and emails them when it is', () => {
    const base = { mailFrom: 'FIT <no-reply@fit.local>' } as AppConfig;
    expect(createInvitationMailer(base)).toBeInstanceOf(LogInvitationMailer);
    expect(createInvitationMailer(base).channel).toBe('link');
    const smtp = createInvitationMailer({ ...base, smtpUrl: 'smtp://127.0.0.1:2525' });
    expect(smtp).toBeInstanceOf(SmtpInvitationMailer);
    expect(smtp.channel).toBe('email');
    (smtp as SmtpInvitationMailer).close();
  });
});
