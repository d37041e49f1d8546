// Sends "forgot password" links like invitations: by SMTP when SMTP_URL is set, otherwise the link is logged, and an
// admin of the person's organisation (or the operator's `npm run fit -- reset-link`) can produce one.
import { Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/config.js';
import { smtpTransport } from '../../common/mail/smtp-transport.js';
import { passwordResetEmail } from './password-reset-email.js';

export interface PasswordResetMessage {
  to: string;
  displayName: string;
  link: string;
  expiresAt: Date;
}

export abstract class PasswordResetMailer {
  abstract send(message: PasswordResetMessage): Promise<void>;
}

/** Development and air-gapped installs: the operator reads the link in the log and passes it on. */
export class LogPasswordResetMailer extends PasswordResetMailer {
  private readonly log = new Logger('PasswordResetMailer');

  send(message: PasswordResetMessage): Promise<void> {
    // Without SMTP the log is this transport's documented delivery channel, as for invitations.
    this.log.log(`Password reset for ${message.to}: ${message.link} (valid until ${message.expiresAt.toISOString()}, once)`);
    return Promise.resolve();
  }
}

export class SmtpPasswordResetMailer extends PasswordResetMailer {
  private readonly log = new Logger('PasswordResetMailer');
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = smtpTransport(smtpUrl);
  }

  async send(message: PasswordResetMessage): Promise<void> {
    const { subject, text, html } = passwordResetEmail(message);
    const info = await this.transport.sendMail({ from: this.from, to: message.to, subject, text, html });
    // Never log the link here: with SMTP the mailbox is the delivery channel, logs are not.
    this.log.log(`Password reset email to ${message.to} accepted by the SMTP server (${String(info.messageId)})`);
  }
}

export function createPasswordResetMailer(config: AppConfig): PasswordResetMailer {
  return config.smtpUrl ? new SmtpPasswordResetMailer(config.smtpUrl, config.mailFrom) : new LogPasswordResetMailer();
}
