// The one way FIT opens its SMTP connection (invitations, password resets): the operator's SMTP_URL, bounded waits.
import { createTransport, type Transporter } from 'nodemailer';

export function smtpTransport(smtpUrl: string): Transporter {
  // Bounded waits: a dead mail server must fail the message quickly, not hang the request that sends it.
  return createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
}
