// The worker's home on the shared tablet: today's modules, honestly empty until a trainer assigns some.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { HomeIntro } from './HomeIntro';
import type { HomeProps } from './homeProps';

export function WorkerHome({ user }: HomeProps) {
  const { t } = useTranslation();
  return (
    <>
      <HomeIntro
        displayName={user.displayName}
        title={t('home.worker.title')}
        intro={t('home.worker.intro')}
      />
      <EmptyState title={t('home.worker.emptyTitle')}>
        <p>{t('home.worker.emptyBody')}</p>
      </EmptyState>
    </>
  );
}
