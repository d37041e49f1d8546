// The words of a "forgot password" email, in French and English.
import type { PasswordResetMessage } from './password-reset-mailer.js';

export function passwordResetEmail(message: PasswordResetMessage): { subject: string; text: string; html: string } {
  const subject = 'FIT — nouveau mot de passe / new password';
  const text = [
    `Bonjour ${message.displayName},`,
    ``,
    `Pour choisir un nouveau mot de passe FIT, ouvrez ce lien dans les 30 minutes (il ne sert qu'une fois) :`,
    message.link,
    `Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`,
    ``,
    `---`,
    ``,
    `Hello ${message.displayName},`,
    ``,
    `To choose a new FIT password, open this link within 30 minutes (it works once):`,
    message.link,
    `If you did not ask for this, ignore this message: your password stays as it is.`,
  ].join('\n');
  const link = escapeHtml(message.link);
  const name = escapeHtml(message.displayName);
  const html =
    `<p>Bonjour ${name},</p>` +
    `<p>Pour choisir un nouveau mot de passe FIT, <a href="${link}">ouvrez ce lien</a> dans les 30 minutes (il ne sert qu'une fois).</p>` +
    `<p>Si vous n'avez rien demandé, ignorez ce message.</p><hr>` +
    `<p>Hello ${name},</p>` +
    `<p>To choose a new FIT password, <a href="${link}">open this link</a> within 30 minutes (it works once).</p>` +
    `<p>If you did not ask for this, ignore this message.</p>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
