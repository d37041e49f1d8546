// The home of a network body's facilitators and planners: the territories they work on and the companies sharing.
import { useTranslation } from 'react-i18next';
import { SharingSection, TerritoriesSection } from '../network';
import { PositioningSection } from '../positioning';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from './homeProps';

export function NetworkHome({ user }: HomeProps) {
  const { t } = useTranslation();
  const role = user.role === 'planner' ? 'planner' : 'facilitator';
  return (
    <>
      <HomeIntro displayName={user.displayName} title={t(`network.${role}.title`)} intro={t(`network.${role}.intro`, { organisation: user.organisation.name })} />
      {role === 'facilitator' && <PositioningSection userId={user.id} />}
      <TerritoriesSection canEdit={role === 'facilitator'} userId={user.id} />
      <SharingSection side="network" userId={user.id} />
    </>
  );
}
