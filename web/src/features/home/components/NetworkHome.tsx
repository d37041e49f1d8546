// The home of a network body's facilitators and planners: the territories they work on and the companies sharing.
import { useTranslation } from 'react-i18next';
import { ForecastLink } from '../../forecast';
import { NetworkFiguresLink } from '../../network-figures';
import { SharingSection, TerritoriesSection } from '../../network';
import { ClauseContractsSection } from '../../social-clause';
import { PositioningSection } from '../../positioning';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from '../homeProps';

export function NetworkHome({ user }: HomeProps) {
  const { t } = useTranslation();
  const role = user.role === 'planner' ? 'planner' : 'facilitator';
  return (
    <>
      <HomeIntro displayName={user.displayName} title={t(`network.${role}.title`)} intro={t(`network.${role}.intro`, { organisation: user.organisation.name })} />
      {role === 'planner' && <ForecastLink />}
      {role === 'facilitator' && <NetworkFiguresLink />}
      <ClauseContractsSection canRecord={role === 'facilitator'} />
      {role === 'facilitator' && <PositioningSection />}
      <TerritoriesSection canEdit={role === 'facilitator'} />
      <SharingSection side="network" />
    </>
  );
}
