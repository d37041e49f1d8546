// The passport's Open Badges: each signed credential to download (.json, PDF certificate in French or English),
// a link to share for verification, and, for the issuing organisation's managers and admins, revocation.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialsQuery as CredentialsResult } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { formatDay } from '../../ui/formatDay';
import { CredentialsQuery, PassportElmQuery, RevokeCredentialMutation } from './credentials.queries';
import { verifyLink } from './verifyLink';
import './credentials.css';

type Credential = CredentialsResult['credentials'][number];

export interface CredentialsSectionProps {
  /** Another worker's passport (staff); undefined for one's own. */
  workerId?: string;
  canRevoke: boolean;
}

export function CredentialsSection({ workerId, canRevoke }: CredentialsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const credentials = useGraphQLQuery(CredentialsQuery, { workerId: workerId ?? null });
  const list = credentials.data?.credentials ?? [];
  const client = useGraphQLClient();
  const [exporting, setExporting] = useState(false);
  // The whole passport for a Europass wallet: European Learning Model JSON-LD, saved as a file.
  const handleExport = async () => {
    setExporting(true);
    try {
      const { passportElm } = await client.request(PassportElmQuery, { workerId: workerId ?? null });
      const href = URL.createObjectURL(new Blob([passportElm], { type: 'application/ld+json' }));
      const a = Object.assign(document.createElement('a'), { href, download: 'passport-elm.jsonld' });
      a.click();
      // Released once the browser has taken the file.
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } finally {
      setExporting(false);
    }
  };
  return (
    <section className="passport-section credentials" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('credentials.title')}</h2>
      <p className="credentials__lead">{t('credentials.lead')}</p>
      {credentials.status === 'error' && !credentials.data ? (
        <p className="passport-none">{t('credentials.unavailable')}</p>
      ) : credentials.status === 'loading' && !credentials.data ? (
        <p className="passport-none">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="passport-none">{t('credentials.none')}</p>
      ) : (
        <>
          <ul className="credentials__list">
            {list.map((c) => (
              <CredentialItem key={c.id} credential={c} canRevoke={canRevoke} onRevoked={credentials.retry} />
            ))}
          </ul>
          <div className="credentials__actions">
            <Button variant="secondary" pending={exporting} onClick={() => void handleExport()}>
              {t('credentials.exportElm')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function CredentialItem({ credential: c, canRevoke, onRevoked }: { credential: Credential; canRevoke: boolean; onRevoked: () => void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const revoke = useMutation(RevokeCredentialMutation);
  const title = (i18n.language.startsWith('fr') && c.titleFr) || c.title;
  const share = verifyLink(window.location.origin, c.url);
  const path = `/credentials/${c.id}`;

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(share);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const handleRevoke = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    if (await revoke.run({ id: c.id, reason: reason.trim() })) {
      setRevoking(false);
      onRevoked();
    }
  };

  return (
    <li className="credentials__item" data-state={c.state}>
      <h3 className="credentials__name">
        {title} <span className="credentials__code">{`${c.scheme} ${c.qualification}`}</span>
      </h3>
      <p className="credentials__status">
        <span className={`credentials__state credentials__state--${c.state}`}>{t(`credentials.state.${c.state}`)}</span>{' '}
        {c.state === 'revoked' && c.revokedAt
          ? t('credentials.revokedOn', { date: formatDay(c.revokedAt, i18n.language), reason: c.revocationReason ?? '' })
          : c.validUntil
            ? t('credentials.validUntil', { date: formatDay(c.validUntil, i18n.language) })
            : t('credentials.noEnd')}
      </p>
      <p className="credentials__issuer">{t('credentials.issuedBy', { issuer: c.issuerName, date: formatDay(c.issuedAt, i18n.language) })}</p>
      <div className="credentials__actions">
        <a className="button button--secondary" href={`${path}/certificate.pdf?lang=fr`} download>
          <span>{t('credentials.pdfFr')}</span>
        </a>
        <a className="button button--secondary" href={`${path}/certificate.pdf?lang=en`} download>
          <span>{t('credentials.pdfEn')}</span>
        </a>
        <a className="button button--secondary" href={path} download={`credential-${c.id}.json`}>
          <span>{t('credentials.json')}</span>
        </a>
        <Button variant="secondary" onClick={() => void handleCopy()}>
          {copied ? t('credentials.copied') : t('credentials.copyLink')}
        </Button>
        <a className="button button--secondary" href={share}>
          <span>{t('credentials.verifyNow')}</span>
        </a>
        {canRevoke && c.state !== 'revoked' && !revoking && (
          <Button variant="secondary" onClick={() => setRevoking(true)}>
            {t('credentials.revoke')}
          </Button>
        )}
      </div>
      {revoking && (
        <form className="credentials__revoke" onSubmit={(e) => void handleRevoke(e)}>
          <TextField label={t('credentials.reason')} hint={t('credentials.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
          {revoke.message && <p role="alert">{revoke.message}</p>}
          <div className="credentials__actions">
            <Button type="submit" pending={revoke.pending} disabled={!reason.trim()}>
              {t('credentials.confirmRevoke')}
            </Button>
            <Button variant="secondary" onClick={() => setRevoking(false)}>
              {t('credentials.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
