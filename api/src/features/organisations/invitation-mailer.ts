// Sends invitation links. Without SMTP_URL the link is logged (and shown to the inviter) instead of emailed.
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';

export interface InvitationMessage {
  to: string;
  organisationName: string;
  role: string;
  link: string;
  expiresAt: Date;
}

export abstract class InvitationMailer {
  abstract send(message: InvitationMessage): Promise<void>;
}

/** Development and air-gapped installs: the inviter copies the link from the screen; the log keeps a trace. */
export class LogInvitationMailer extends InvitationMailer {
  private readonly log = new Logger('InvitationMailer');

  send(message: InvitationMessage): Promise<void> {
    // The link is the invitation's only secret; logging it is the documented delivery channel of this transport.
    this.log.log(
      `Invitation for ${message.to} to join ${message.organisationName} as ${message.role}: ${message.link} (valid until ${message.expiresAt.toISOString()})`,
    );
    return Promise.resolve();
  }
}

export function createInvitationMailer(config: AppConfig): InvitationMailer {
  if (config.smtpUrl) {
    // The SMTP transport plugs in here (same interface). Until it ships, say so once rather than drop mail silently.
    new Logger('InvitationMailer').warn('SMTP_URL is set but this build has no SMTP transport yet: invitation links are logged.');
  }
  return new LogInvitationMailer();
}
