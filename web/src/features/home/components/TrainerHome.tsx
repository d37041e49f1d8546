// The trainer's home: the organisation's building sites where they train and validate workers.
import { useTranslation } from 'react-i18next';
import { SitesSection } from './SitesSection';
import { ModulesLink } from './ModulesLink';
import { StaffLinks } from './StaffLinks';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from '../homeProps';

export function TrainerHome({ user }: HomeProps) {
  const { t } = useTranslation();
  return (
    <>
      <HomeIntro
        displayName={user.displayName}
        title={t('home.trainer.title')}
        intro={t('home.trainer.intro', { organisation: user.organisation.name })}
      />
      <ModulesLink />
      <StaffLinks validations handovers />
      <SitesSection />
    </>
  );
}
