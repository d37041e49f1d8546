// The site pack's answers as the reads the worker's screens make: their day, each module's player, the tablet's BIM
// model. Loaded only when a tablet signs a worker in offline (the documents live with the features that ask them).
import { MyDayQuery } from '../features/assignments/api/assignments.queries';
import { CurrentSiteModelQuery } from '../features/bim/api/bim.queries';
import { PlayerVersionQuery } from '../features/module-player/api/player.queries';
import type { OfflineAnswers } from '../features/site-pack';
import { seedQuery, type QuerySeed } from '../graphql/query-client';

export function offlineSeeds(answers: OfflineAnswers): QuerySeed[] {
  return [
    seedQuery(MyDayQuery, {}, answers.day),
    ...answers.players.flatMap((p) => (p.moduleVersion ? [seedQuery(PlayerVersionQuery, { id: p.moduleVersion.id }, p)] : [])),
    // A BIM step on the tablet asks with no site: the tablet's own.
    seedQuery(CurrentSiteModelQuery, { siteId: null }, answers.currentModel),
  ];
}
