// The manager's home: the organisation's building sites and the teams on them.
import { useTranslation } from 'react-i18next';
import { SitesSection } from './components/SitesSection';
import { ModulesLink } from './components/ModulesLink';
import { StaffLinks } from './components/StaffLinks';
import { SharingSection } from '../network';
import { ClauseContractsSection } from '../social-clause';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from './homeProps';

export function ManagerHome({ user }: HomeProps) {
  const { t } = useTranslation();
  return (
    <>
      <HomeIntro
        displayName={user.displayName}
        title={t('home.manager.title')}
        intro={t('home.manager.intro', { organisation: user.organisation.name })}
      />
      <ModulesLink />
      <StaffLinks validations manage inviteOrganisationId={user.organisation.id} />
      <SitesSection userId={user.id} />
      <ClauseContractsSection userId={user.id} />
      <SharingSection side="company" userId={user.id} />
    </>
  );
}
