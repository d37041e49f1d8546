// A site's tablets: set one up (a one-time code and its QR, scanned or typed on the tablet), use this browser as it,
// revoke a lost one. The device token itself never appears here.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { CreateTabletEnrolmentCodeMutation } from '../../tablet-setup';
import { enrolmentUrl } from '../../tablet-setup';
import { RevokeTabletMutation } from '../api/crew.queries';
import { errorText } from '../errorText';
import { QrCode } from '../../../ui/QrCode';
import '../../../ui/staff-page.css';

interface SetupCode {
  code: string;
  expiresAt: string;
  label: string;
}

export interface TabletsSectionProps {
  siteId: string;
  siteName: string;
  tablets: { id: string; label: string; createdAt: string; lastSeenAt?: string | null; revokedAt?: string | null }[];
  canRevoke: boolean;
  /** A closed site takes no new tablet: the set-up form is not offered. */
  closed?: boolean;
  boundTabletId?: string;
  onChanged: () => void;
  /** This very browser becomes the tablet, with the code just made. */
  onUseThisTablet: (code: string) => Promise<void>;
}

export function TabletsSection(props: TabletsSectionProps) {
  const { siteId, tablets, canRevoke, closed = false, boundTabletId, onChanged, onUseThisTablet } = props;
  const { t, i18n } = useTranslation();
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const [enrolled, setEnrolled] = useState<SetupCode | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [usingHere, setUsingHere] = useState(false);
  const enrol = useMutation(CreateTabletEnrolmentCodeMutation);
  const codeHeading = useRef<HTMLHeadingElement>(null);
  // The code appears below the form: bring it into view and move focus there, where the manager now looks.
  useEffect(() => {
    if (!enrolled) return;
    codeHeading.current?.focus();
    codeHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [enrolled]);
  const revoke = useMutation(RevokeTabletMutation);
  const time = (iso: string) => new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const handleEnrol = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!label.trim());
    if (!label.trim()) return;
    const data = await enrol.run({ siteId, label: label.trim() });
    if (data) {
      setEnrolled({ ...data.createTabletEnrolmentCode, label: label.trim() });
      setLabel('');
    }
  };

  const handleRevoke = async (id: string) => {
    if (await revoke.run({ id })) {
      setConfirming(null);
      onChanged();
    }
  };

  return (
    <section className="staff-section" aria-labelledby="tablets-heading">
      <h2 id="tablets-heading">{t('crew.tablets.heading')}</h2>
      {!closed && (
        <form className="crew-form crew-form--inline" onSubmit={(e) => void handleEnrol(e)} noValidate>
          <TextField
            label={t('crew.tablets.label')}
            hint={t('crew.tablets.labelHint')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            error={missing ? t('crew.tablets.labelRequired') : errorText(enrol.error, t)}
            autoComplete="off"
          />
          <Button type="submit" pending={enrol.pending}>
            {t('crew.tablets.enrol')}
          </Button>
        </form>
      )}
      {enrolled && (
        <div className="token-once" role="region" aria-labelledby="token-heading">
          <h3 id="token-heading" ref={codeHeading} tabIndex={-1}>
            {t('crew.tablets.enrolled', { label: enrolled.label })}
          </h3>
          <p>{t('crew.tablets.tokenOnce', { time: time(enrolled.expiresAt) })}</p>
          <div className="token-once__qr">
            <QrCode value={enrolmentUrl(window.location.origin, enrolled.code)} label={t('crew.tablets.qr', { label: enrolled.label })} />
          </div>
          <p className="token-once__token">
            <span>{t('crew.tablets.token')}</span> <code>{enrolled.code}</code>
          </p>
          <Button
            variant="secondary"
            pending={usingHere}
            onClick={() => {
              setUsingHere(true);
              void onUseThisTablet(enrolled.code).catch(() => setUsingHere(false));
            }}
          >
            {t('crew.tablets.useHere')}
          </Button>
        </div>
      )}
      {tablets.length === 0 ? (
        <p>{t('crew.tablets.empty')}</p>
      ) : (
        <ul className="crew-rows">
          {tablets.map((tablet) => (
            <li key={tablet.id} className="crew-row">
              <div className="crew-row__who">
                <span className="crew-row__name">
                  {tablet.label}
                  {tablet.id === boundTabletId && ` · ${t('crew.tablets.thisOne')}`}
                </span>
                <span className="crew-row__meta">
                  {tablet.revokedAt
                    ? t('crew.tablets.revokedOn', { date: date(tablet.revokedAt) })
                    : tablet.lastSeenAt
                      ? t('crew.tablets.lastSeen', { date: date(tablet.lastSeenAt) })
                      : t('crew.tablets.enrolledOn', { date: date(tablet.createdAt) })}
                </span>
              </div>
              {canRevoke && !tablet.revokedAt && confirming !== tablet.id && (
                <Button variant="secondary" onClick={() => setConfirming(tablet.id)}>
                  {t('crew.tablets.revoke')}
                </Button>
              )}
              {confirming === tablet.id && (
                <div className="crew-confirm" role="group" aria-label={t('crew.tablets.confirmLabel')}>
                  <p>{t('crew.tablets.confirm', { label: tablet.label })}</p>
                  {revoke.error && <p className="crew-error">{errorText(revoke.error, t)}</p>}
                  <Button className="button--danger" pending={revoke.pending} onClick={() => void handleRevoke(tablet.id)}>
                    {t('crew.tablets.confirmRevoke')}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>
                    {t('crew.cancel')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
