// Route /play/:versionId: loads one frozen module version and plays it in the language the screen speaks (a worker's
// own language from sign-in, or the one they switched to on the tablet), resuming.
// An imported cmi5 course plays its AUs instead, with FIT as the LMS (online).
import { localise, type BimStep, type ModuleContent } from '@fit/shared';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import type { SessionUser } from '../../../graphql/session-user';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { QueryStates } from '../../../ui/QueryStates';
import { Cmi5Player } from './Cmi5Player';
import { useCmi5Course } from '../cmi5Course';
import { ModulePlayer } from './ModulePlayer';
import { progressKey, type PlayerEvent } from '../playerProgress';
import { PlayerVersionQuery } from '../api/player.queries';

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
  const handleLearning = useCallback(
    (event: PlayerEvent) => onLearning?.(versionId, event),
    [onLearning, versionId],
  );
  const query = useGraphQLQuery(
    PlayerVersionQuery,
    { id: versionId },
    { offline: true },
  );
  const client = useGraphQLClient();
  const token = useCallback(() => client.token(), [client]);
  const cmi5 = useCmi5Course(versionId, token);
  const exit = () => navigate(user.role === 'worker' ? '/' : '/modules');
  // Until the server says whether this is a cmi5 course, nothing is shown (no flash of the other player).
  if (cmi5 === undefined) return null;
  return (
    <QueryStates query={query}>
      {(data) => {
        const content = data.moduleVersion.content as ModuleContent;
        if (cmi5) {
          const title = localise(content.title, lang, content.languages[0] ?? 'en').text;
          return (
            <Cmi5Player
              versionId={versionId}
              course={cmi5}
              title={title}
              lang={lang}
              token={token}
              onExit={exit}
              userId={user.id}
              userName={user.displayName}
            />
          );
        }
        return (
          <ModulePlayer
            content={data.moduleVersion.content as ModuleContent}
            lang={lang}
            storage={window.localStorage}
            storageKey={progressKey(user.id, versionId)}
            onLearning={onLearning ? handleLearning : undefined}
            renderBimStep={renderBimStep}
            onExit={exit}
          />
        );
      }}
    </QueryStates>
  );
}
