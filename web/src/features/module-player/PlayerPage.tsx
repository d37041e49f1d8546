// Route /play/:versionId: loads one frozen module version and plays it in the language the screen speaks (a worker's
// own language from sign-in, or the one they switched to on the tablet), resuming.
import type { BimStep, ModuleContent } from '@fit/shared';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { SessionUser } from '../../graphql/session-user';
import { useQuery } from '../../graphql/useQuery';
import { QueryStates } from '../../ui/QueryStates';
import { ModulePlayer } from './ModulePlayer';
import { progressKey, type PlayerEvent } from './playerProgress';
import { PlayerVersionQuery } from './player.queries';

export interface PlayerPageProps {
  user: SessionUser;
  /** Keeps the attempt's learning records (the app passes the outbox for workers). */
  onLearning?: (versionId: string, event: PlayerEvent) => void;
  renderBimStep?: (step: BimStep, title: string | undefined) => ReactNode;
}

export function PlayerPage({ user, onLearning, renderBimStep }: PlayerPageProps) {
  const { versionId = '' } = useParams();
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  const lang = user.role === 'worker' ? (i18n.resolvedLanguage ?? user.language) : user.language;
  const handleLearning = useCallback((event: PlayerEvent) => onLearning?.(versionId, event), [onLearning, versionId]);
  const query = useQuery(PlayerVersionQuery, { id: versionId }, { cacheKey: `player.${user.id}.${versionId}` });
  return (
    <QueryStates query={query}>
      {(data) => (
        <ModulePlayer
          content={data.moduleVersion.content as ModuleContent}
          lang={lang}
          storage={window.localStorage}
          storageKey={progressKey(user.id, versionId)}
          onLearning={onLearning ? handleLearning : undefined}
          renderBimStep={renderBimStep}
          onExit={() => navigate(user.role === 'worker' ? '/' : '/modules')}
        />
      )}
    </QueryStates>
  );
}
