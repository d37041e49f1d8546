// "Set up this tablet": what a browser that is not a site tablet yet shows at /tablet. Three ways, none of which asks
// anyone to read or type the device token: scan the QR on the manager's screen, type the short one-time code, or a
// manager signs in here once.
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isOfflineError, errorCode } from '../../graphql/client';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { enrolmentCodeFrom, enrolThisTablet, type Enrolment } from './enrol-tablet';
import { ManagerSetup } from './ManagerSetup';
import { SetupScanner } from './SetupScanner';
import './tablet-setup.css';

type Way = 'choose' | 'scan' | 'manager';

export function TabletSetupPage() {
  const { t } = useTranslation();
  const [way, setWay] = useState<Way>('choose');
  // Opened from the QR with the tablet's own camera app: /tablet/setup#code=…
  const [linkCode] = useState(() => enrolmentCodeFrom(window.location.hash));
  const [code, setCode] = useState(linkCode ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  /** Rejects when it fails (the scanner then keeps looking); the message is shown either way. */
  const enrol = async (how: Enrolment) => {
    setPending(true);
    setProblem(null);
    try {
      await enrolThisTablet(how);
      // The device binding changed: the tablet routes now show the crew's names.
    } catch (error) {
      setPending(false);
      setProblem(describe(error, t));
      throw error;
    }
  };

  const enrolFromLink = useEffectEvent((fromLink: string) => {
    history.replaceState(null, '', window.location.pathname);
    void enrol({ code: fromLink }).catch(() => undefined);
  });
  useEffect(() => {
    if (!linkCode) return;
    // After the first paint, once (a remount in development clears the first timer).
    const timer = setTimeout(() => enrolFromLink(linkCode), 0);
    return () => clearTimeout(timer);
  }, [linkCode]);

  const handleCode = (event: FormEvent) => {
    event.preventDefault();
    const typed = enrolmentCodeFrom(code);
    if (!typed) {
      setProblem(t('tabletSetup.codeFormat'));
      codeRef.current?.focus();
      return;
    }
    void enrol({ code: typed }).catch(() => codeRef.current?.focus());
  };

  return (
    <div className="tablet tablet-setup">
      <h1>{t('tabletSetup.title')}</h1>
      <p className="tablet__lead">{t('tabletSetup.lead')}</p>
      <div role="alert" className="tablet-setup__alert">
        {problem && <p className="tablet__feedback">{problem}</p>}
      </div>
      {way === 'scan' ? (
        <SetupScanner onCode={(scanned) => enrol({ code: scanned })} onBack={() => setWay('choose')} />
      ) : way === 'manager' ? (
        <ManagerSetup onEnrol={(how) => enrol(how)} onBack={() => setWay('choose')} />
      ) : (
        <>
          <section className="tablet-setup__way" aria-labelledby="setup-scan">
            <h2 id="setup-scan">{t('tabletSetup.scanTitle')}</h2>
            <p>{t('tabletSetup.scanBody')}</p>
            <Button onClick={() => setWay('scan')}>{t('tabletSetup.scan')}</Button>
          </section>
          <section className="tablet-setup__way" aria-labelledby="setup-code">
            <h2 id="setup-code">{t('tabletSetup.codeTitle')}</h2>
            <form onSubmit={handleCode} noValidate className="tablet-setup__code">
              <TextField
                ref={codeRef}
                label={t('tabletSetup.code')}
                hint={t('tabletSetup.codeHint')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                autoCorrect="off"
                spellCheck={false}
                maxLength={12}
              />
              <Button type="submit" pending={pending} pendingLabel={t('tabletSetup.working')}>
                {t('tabletSetup.submit')}
              </Button>
            </form>
          </section>
          <section className="tablet-setup__way" aria-labelledby="setup-manager">
            <h2 id="setup-manager">{t('tabletSetup.managerTitle')}</h2>
            <p>{t('tabletSetup.managerBody')}</p>
            <Button variant="secondary" onClick={() => setWay('manager')}>
              {t('tabletSetup.managerSignIn')}
            </Button>
          </section>
        </>
      )}
    </div>
  );
}

function describe(error: unknown, t: TFunction): string {
  if (isOfflineError(error)) return t('tabletSetup.offline');
  const code = errorCode(error);
  if (code === 'INVALID_CREDENTIALS') return t('tabletSetup.codeRefused');
  if (code === 'RATE_LIMITED') return t('tabletSetup.tooMany');
  return error instanceof Error ? error.message : t('errors.unexpected');
}
