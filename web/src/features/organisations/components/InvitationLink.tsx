// The invitation link, shown once to the inviter (only its hash is stored), with a button that copies it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export interface InvitationLinkProps {
  email: string;
  link: string;
  /** True when the server emailed it; the link is shown either way, in case the email goes astray. */
  emailed: boolean;
}

export function InvitationLink({ email, link, emailed }: InvitationLinkProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();

  const handleCopy = () => {
    // The clipboard API needs a secure context; on plain http the person selects the text instead.
    const write = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  return (
    <div className="invitation-link">
      <p className="invitation-link__title">
        {emailed ? t('invitations.link.emailed', { email }) : t('invitations.link.notEmailed', { email })}
      </p>
      <p>{t('invitations.link.once')}</p>
      <p className="invitation-link__url">
        <code id={linkId} data-testid="invitation-link">
          {link}
        </code>
      </p>
      <div className="invitation-link__actions">
        <Button variant="primary" onClick={handleCopy} aria-describedby={linkId}>
          {t('invitations.link.copy')}
        </Button>
        <span className="invitation-link__copied">
          {copied === 'yes' && t('invitations.link.copied')}
          {copied === 'failed' && t('invitations.link.copyFailed')}
        </span>
      </div>
    </div>
  );
}
