// Binds the header to the session and the language: who is signed in, the language switch, the account menu.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../graphql/session-user';
import { AppHeader } from '../ui/AppHeader';
import { Button } from '../ui/Button';
import { HeaderMenu } from '../ui/HeaderMenu';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { currentLanguage, currentWorkerLanguage, LANGUAGES, WORKER_LANGUAGES } from './i18n';

export interface AppHeaderBarProps {
  user?: SessionUser;
  onSignOut?: () => void;
  /** Staff sessions only: ends every session of the person; rejects when it could not. */
  onSignOutEverywhere?: () => Promise<void>;
  onSwitchOrganisation?: (organisationId: string) => Promise<void>;
  /** The notifications bell of a signed-in person (not on the shared tablet). */
  notifications?: ReactNode;
  /** A worker on the shared tablet: the sign-out button says "Finish" and there is no account menu. */
  tablet?: boolean;
  /** Worker screens (the tablet, a worker's session) speak six languages; staff screens French and English. */
  workerScreens?: boolean;
}

export function AppHeaderBar({
  user,
  onSignOut,
  onSignOutEverywhere,
  onSwitchOrganisation,
  notifications,
  tablet,
  workerScreens = false,
}: AppHeaderBarProps) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const languages: readonly string[] = workerScreens ? WORKER_LANGUAGES : LANGUAGES;
  const options = languages.map((code) => ({ code, label: t(`language.${code as (typeof WORKER_LANGUAGES)[number]}`) }));
  const shown = workerScreens ? currentWorkerLanguage() : currentLanguage();
  const handleLanguageChange = (code: string) => void i18n.changeLanguage(code);
  // A staff screen opened after a worker's session (or in a Portuguese browser) goes back to French.
  const staffOutsideItsLanguages = !workerScreens && !(LANGUAGES as readonly string[]).includes(i18n.resolvedLanguage ?? '');
  useEffect(() => {
    if (staffOutsideItsLanguages) void i18n.changeLanguage('fr');
  }, [staffOutsideItsLanguages, i18n]);
  const others = (user?.memberships ?? []).filter((m) => m.organisation.id !== user?.organisation.id);
  const run = (action: () => Promise<void>, close: () => void) => {
    setFailed(false);
    action().then(close, () => setFailed(true));
  };
  return (
    <AppHeader
      brandLabel={t('app.fullName')}
      identity={
        user && {
          label: t('header.signedInAs'),
          name: user.displayName,
          organisation: user.organisation.name,
          role: t(`roles.${user.role}`),
        }
      }
      actions={
        <>
          {notifications}
          <LanguageSwitch
            label={t('language.label')}
            value={shown}
            options={options}
            onChange={handleLanguageChange}
          />
          {onSignOut && (
            <Button variant="on-dark" onClick={onSignOut}>
              {tablet ? t('header.finish') : t('header.signOut')}
            </Button>
          )}
          {user && !tablet && (onSignOutEverywhere || onSwitchOrganisation) && (
            <HeaderMenu label={t('header.menu')}>
              {(close) => (
                <>
                  {onSwitchOrganisation && others.length > 0 && (
                    <>
                      <p className="header-menu__heading">{t('header.switchTo')}</p>
                      {others.map((m) => (
                        <Button
                          key={m.organisation.id}
                          variant="secondary"
                          fullWidth
                          onClick={() => run(() => onSwitchOrganisation(m.organisation.id), close)}
                        >
                          {m.organisation.name} · {t(`roles.${m.role}`)}
                        </Button>
                      ))}
                    </>
                  )}
                  <Link className="header-menu__link" to="/account" onClick={close}>
                    {t('header.account')}
                  </Link>
                  {onSignOutEverywhere && (
                    <Button variant="primary" fullWidth onClick={() => run(onSignOutEverywhere, close)}>
                      {t('header.signOutEverywhere')}
                    </Button>
                  )}
                  {failed && (
                    <p className="header-menu__error" role="alert">
                      {t('header.actionFailed')}
                    </p>
                  )}
                </>
              )}
            </HeaderMenu>
          )}
        </>
      }
    />
  );
}
