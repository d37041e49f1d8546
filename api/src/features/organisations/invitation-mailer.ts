// Sends invitation links: by SMTP when SMTP_URL is set, otherwise the link is logged (and shown to the inviter).
import { Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { smtpTransport } from '../../common/mail/smtp-transport.js';
import type { AppConfig } from '../../config/config.js';
import { invitationEmail } from './invitation-email.js';

export interface InvitationMessage {
  to: string;
  organisationName: string;
  role: string;
  link: string;
  expiresAt: Date;
}

export abstract class InvitationMailer {
  /** `email` when the message leaves by mail; `link` when the inviter must pass the link on themself. */
  abstract readonly channel: 'email' | 'link';
  abstract send(message: InvitationMessage): Promise<void>;
}

/** Development and air-gapped installs: the inviter copies the link from the screen; the log keeps a trace. */
export class LogInvitationMailer extends InvitationMailer {
  readonly channel = 'link' as const;
  private readonly log = new Logger('InvitationMailer');

  send(message: InvitationMessage): Promise<void> {
    // The link is the invitation's only secret; logging it is the documented delivery channel of this transport.
    this.log.log(
      `Invitation for ${message.to} to join ${message.organisationName} as ${message.role}: ${message.link} (valid until ${message.expiresAt.toISOString()})`,
    );
    return Promise.resolve();
  }
}

/** Email through the operator's SMTP server. The link is still returned to the inviter, as a fallback. */
export class SmtpInvitationMailer extends InvitationMailer {
  readonly channel = 'email' as const;
  private readonly log = new Logger('InvitationMailer');
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = smtpTransport(smtpUrl);
  }

  async send(message: InvitationMessage): Promise<void> {
    const { subject, text, html } = invitationEmail(message);
    const info = await this.transport.sendMail({ from: this.from, to: message.to, subject, text, html });
    // Never log the link here: with SMTP the mailbox is the delivery channel, logs are not.
    this.log.log(`Invitation email to ${message.to} accepted by the SMTP server (${String(info.messageId)})`);
  }

  close(): void {
    this.transport.close();
  }
}

export function createInvitationMailer(config: AppConfig): InvitationMailer {
  return config.smtpUrl ? new SmtpInvitationMailer(config.smtpUrl, config.mailFrom) : new LogInvitationMailer();
}
