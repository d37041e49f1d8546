import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppConfig } from '../../config/config.js';
import { createPasswordResetMailer, LogPasswordResetMailer, SmtpPasswordResetMailer } from './password-reset-mailer.js';

// A real SMTP server on the loopback interface stands in for the operator's mail relay.
describe(SmtpPasswordResetMailer.name, () => {
  const received: { to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('mails the link in French and English, with the person name escaped in the HTML part', async () => {
    const mailer = new SmtpPasswordResetMailer(`smtp://127.0.0.1:${port}`, 'FIT <no-reply@fit.test>');
    const link = 'https://fit.example.org/reset-password/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    await mailer.send({ to: 'ines@renov.fr', displayName: 'Inès <Oubli>', link, expiresAt: new Date('2030-01-08T10:30:00Z') });
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(['ines@renov.fr']);
    const unfolded = mail.raw.replace(/=\r\n/g, '');
    expect(unfolded).toContain(link);
    expect(unfolded).toContain('30 minutes');
    expect(unfolded).toMatch(/&#60;Oubli&#62;|=26=2360;Oubli/);
  });

  it('is chosen when SMTP_URL is set; without it the link is logged', () => {
    const base = { mailFrom: 'FIT <no-reply@fit.test>' } as AppConfig;
    expect(createPasswordResetMailer({ ...base, smtpUrl: `smtp://127.0.0.1:${port}` })).toBeInstanceOf(SmtpPasswordResetMailer);
    expect(createPasswordResetMailer(base)).toBeInstanceOf(LogPasswordResetMailer);
  });
});
