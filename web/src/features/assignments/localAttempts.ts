// Results finished on this tablet and not yet on the server, as rows of the results table: the title and version come
// from the worker's saved day (the assignments), which is on the tablet whenever the module was.
import type { AttemptFieldsFragment, MyDayQuery } from '../../graphql/generated/graphql';
import type { LocalOutcome } from './localOutcomes';

export function localAttempts(outcomes: Map<string, LocalOutcome>, day: MyDayQuery | undefined, known: readonly AttemptFieldsFragment[]): AttemptFieldsFragment[] {
  const versions = new Map((day?.myAssignments ?? []).flatMap((a) => (a.moduleVersion ? [[a.moduleVersion.id, a.moduleVersion]] : [])));
  return [...outcomes.values()]
    .filter((o) => !known.some((k) => k.moduleVersion.id === o.versionId && k.finishedAt && k.finishedAt >= o.at))
    .flatMap((o) => {
      const version = versions.get(o.versionId);
      if (!version) return [];
      return [{
        id: `local:${o.versionId}:${o.at}`,
        version: version.version,
        outcome: o.outcome,
        score: o.score ?? null,
        startedAt: o.at,
        finishedAt: o.at,
        moduleVersion: { id: version.id, title: { text: version.title.text } },
      } as AttemptFieldsFragment];
    });
}
