// The words of an invitation email, in French and English (the invitee's language is not known yet).
import type { InvitationMessage } from './invitation-mailer.js';

const ROLE_FR: Record<string, string> = { manager: 'responsable', trainer: 'formateur ou formatrice', worker: 'ouvrier ou ouvrière' };

export function invitationEmail(message: InvitationMessage): { subject: string; text: string; html: string } {
  const until = message.expiresAt.toISOString().slice(0, 10);
  const roleFr = ROLE_FR[message.role] ?? message.role;
  const subject = `FIT — invitation : ${message.organisationName} / invitation to ${message.organisationName}`;
  const text = [
    `Bonjour,`,
    ``,
    `Vous êtes invité·e à rejoindre ${message.organisationName} sur FIT en tant que ${roleFr}.`,
    `Ouvrez ce lien pour accepter (valable jusqu'au ${until}) :`,
    message.link,
    ``,
    `---`,
    ``,
    `Hello,`,
    ``,
    `You are invited to join ${message.organisationName} on FIT as ${message.role}.`,
    `Open this link to accept (valid until ${until}):`,
    message.link,
  ].join('\n');
  const org = escapeHtml(message.organisationName);
  const link = escapeHtml(message.link);
  const html =
    `<p>Vous êtes invité·e à rejoindre <strong>${org}</strong> sur FIT en tant que ${escapeHtml(roleFr)}.</p>` +
    `<p><a href="${link}">Accepter l'invitation</a> (valable jusqu'au ${until})</p><hr>` +
    `<p>You are invited to join <strong>${org}</strong> on FIT as ${escapeHtml(message.role)}.</p>` +
    `<p><a href="${link}">Accept the invitation</a> (valid until ${until})</p>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
