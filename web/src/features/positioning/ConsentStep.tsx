// What the candidate reads and agrees to before anything is kept, then the only thing asked: a first name or pseudonym.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ReadAloud } from '../module-player';
import { JoinPositioningMutation } from './positioning.queries';

export interface ConsentStepProps {
  code: string;
  invite: { sessionName: string; organisationName: string; retentionMonths: number };
  onJoined: (token: string) => void;
}

export function ConsentStep({ code, invite, onJoined }: ConsentStepProps) {
  const { t, i18n } = useTranslation();
  const [agreed, setAgreed] = useState(false);
  const [firstName, setFirstName] = useState('');
  const [missing, setMissing] = useState(false);
  const join = useMutation(JoinPositioningMutation);
  const lang = i18n.resolvedLanguage ?? 'fr';

  if (!agreed) {
    const points = [
      t('candidate.consent.what'),
      t('candidate.consent.why'),
      t('candidate.consent.who', { organisation: invite.organisationName }),
      t('candidate.consent.retention', { months: invite.retentionMonths }),
    ];
    return (
      <section className="positioning-card" aria-labelledby="consent-title">
        <p className="positioning-kicker">{invite.sessionName}</p>
        <h1 id="consent-title">{t('candidate.consent.title')}</h1>
        <p>{t('candidate.consent.lead')}</p>
        <ul className="positioning-consent">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <ReadAloud text={[t('candidate.consent.lead'), ...points].join(' ')} lang={lang} device="phone" />
        <Button fullWidth onClick={() => setAgreed(true)}>
          {t('candidate.consent.agree')}
        </Button>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!firstName.trim()) return setMissing(true);
    const joined = await join.run({ input: { code, firstName: firstName.trim(), language: lang, consent: true } });
    if (joined) onJoined(joined.joinPositioning.token);
  };
  return (
    <section className="positioning-card" aria-labelledby="name-title">
      <h1 id="name-title">{t('candidate.name.title')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('candidate.name.label')}
          hint={t('candidate.name.hint')}
          error={missing ? t('candidate.name.required') : undefined}
          value={firstName}
          maxLength={40}
          autoComplete="given-name"
          onChange={(event) => {
            setFirstName(event.target.value);
            setMissing(false);
          }}
        />
        {join.error && (
          <p className="positioning-error" role="alert">
            {join.error === 'RATE_LIMITED' ? t('candidate.rateLimited') : t('candidate.failed')}
          </p>
        )}
        <Button type="submit" fullWidth pending={join.pending}>
          {t('candidate.name.start')}
        </Button>
      </form>
    </section>
  );
}
