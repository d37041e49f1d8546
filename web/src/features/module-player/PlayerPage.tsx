// Route /play/:versionId: loads one frozen module version and plays it in the person's profile language, resuming.
import type { ModuleContent } from '@fit/shared';
import { useNavigate, useParams } from 'react-router';
import type { SessionUser } from '../../graphql/session-user';
import { useQuery } from '../../graphql/useQuery';
import { QueryStates } from '../../ui/QueryStates';
import { ModulePlayer } from './ModulePlayer';
import { progressKey } from './playerProgress';
import { PlayerVersionQuery } from './player.queries';

export interface PlayerPageProps {
  user: SessionUser;
}

export function PlayerPage({ user }: PlayerPageProps) {
  const { versionId = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(PlayerVersionQuery, { id: versionId }, { cacheKey: `player.${user.id}.${versionId}` });
  return (
    <QueryStates query={query}>
      {(data) => (
        <ModulePlayer
          content={data.moduleVersion.content as ModuleContent}
          lang={user.language}
          storage={window.localStorage}
          storageKey={progressKey(user.id, versionId)}
          onExit={() => navigate(user.role === 'worker' ? '/' : '/modules')}
        />
      )}
    </QueryStates>
  );
}
