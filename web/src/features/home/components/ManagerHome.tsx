// The manager's home: the organisation's building sites and the teams on them.
import { useTranslation } from 'react-i18next';
import { SitesSection } from './SitesSection';
import { ModulesLink } from './ModulesLink';
import { StaffLinks } from './StaffLinks';
import { SharingSection } from '../../network';
import { ClauseContractsSection } from '../../social-clause';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from '../homeProps';

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
      <StaffLinks validations handovers manage inviteOrganisationId={user.organisation.id} />
      <SitesSection />
      <ClauseContractsSection />
      <SharingSection side="company" />
    </>
  );
}
