// "A manager signs in here once": email and password on the tablet, then the site it belongs to. The session is used
// for the one enrolment request and never kept: the next person finds the crew's names, not the manager's screens.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseEmail } from '@fit/shared';
import { requestGraphQL } from '../../graphql/client';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { LoginMutation } from '../auth';
import type { Enrolment } from './enrol-tablet';
import { SetupSitesQuery } from './tablet-setup.queries';

export interface ManagerSetupProps {
  onEnrol: (how: Enrolment) => Promise<void>;
  onBack: () => void;
}

interface Signed {
  accessToken: string;
  sites: { id: string; name: string }[];
}

export function ManagerSetup({ onEnrol, onBack }: ManagerSetupProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signed, setSigned] = useState<Signed | null>(null);
  const [siteId, setSiteId] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const handleSignIn = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { login } = await requestGraphQL(LoginMutation, { email: normaliseEmail(email), password });
      const { sites } = await requestGraphQL(SetupSitesQuery, {}, { token: login.accessToken });
      setSigned({ accessToken: login.accessToken, sites });
      setSiteId(sites[0]?.id ?? '');
      setLabel(t('tabletSetup.defaultLabel'));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('errors.unexpected'));
    } finally {
      setPending(false);
    }
  };

  const handleEnrol = (event: FormEvent) => {
    event.preventDefault();
    if (!signed || !siteId || !label.trim()) return;
    setPending(true);
    void onEnrol({ accessToken: signed.accessToken, siteId, label: label.trim() }).catch(() => setPending(false));
  };

  return (
    <section className="tablet-setup__way" aria-labelledby="setup-manager">
      <h2 id="setup-manager">{t('tabletSetup.managerTitle')}</h2>
      {error && (
        <p className="tablet__feedback" role="alert">
          {error}
        </p>
      )}
      {!signed ? (
        <form onSubmit={(e) => void handleSignIn(e)} noValidate className="tablet-setup__form">
          <TextField label={t('login.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
          <TextField label={t('login.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <Button type="submit" pending={pending}>
            {t('login.submit')}
          </Button>
        </form>
      ) : (
        <form onSubmit={handleEnrol} noValidate className="tablet-setup__form">
          <fieldset className="tablet-setup__sites">
            <legend>{t('tabletSetup.whichSite')}</legend>
            {signed.sites.map((site) => (
              <label key={site.id} className="tablet-setup__site">
                <input type="radio" name="site" value={site.id} checked={siteId === site.id} onChange={() => setSiteId(site.id)} />
                {site.name}
              </label>
            ))}
          </fieldset>
          <TextField label={t('crew.tablets.label')} value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" />
          <Button type="submit" pending={pending} disabled={!siteId || !label.trim()}>
            {t('tabletSetup.submit')}
          </Button>
        </form>
      )}
      <Button variant="secondary" onClick={onBack}>
        {t('tabletSetup.otherWay')}
      </Button>
    </section>
  );
}
