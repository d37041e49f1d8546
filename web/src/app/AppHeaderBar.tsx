// Binds the header to the session and the language: who is signed in, the language switch, sign out.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../graphql/session-user';
import { AppHeader } from '../ui/AppHeader';
import { Button } from '../ui/Button';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { currentLanguage, LANGUAGES, type Language } from './i18n';

export interface AppHeaderBarProps {
  user?: SessionUser;
  onSignOut?: () => void;
}

export function AppHeaderBar({ user, onSignOut }: AppHeaderBarProps) {
  const { t, i18n } = useTranslation();
  const options = LANGUAGES.map((code) => ({ code, label: t(`language.${code}`) }));
  const handleLanguageChange = (code: Language) => void i18n.changeLanguage(code);
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
          <LanguageSwitch
            label={t('language.label')}
            value={currentLanguage()}
            options={options}
            onChange={handleLanguageChange}
          />
          {onSignOut && (
            <Button variant="on-dark" onClick={onSignOut}>
              {t('header.signOut')}
            </Button>
          )}
        </>
      }
    />
  );
}
