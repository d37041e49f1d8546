// What the model page shows about a site's versions: which one is current, whether to keep polling and how often.
export type ModelStatus = 'uploaded' | 'parsing' | 'ready' | 'failed';

export interface VersionLike {
  id: string;
  version: number;
  status: ModelStatus;
}

/** Newest first, as the API lists them. */
export function latestVersion<T extends VersionLike>(versions: readonly T[]): T | undefined {
  return [...versions].sort((a, b) => b.version - a.version)[0];
}

/** The newest ready version: the one the viewer and recommendations use. */
export function currentReady<T extends VersionLike>(versions: readonly T[]): T | undefined {
  return [...versions].sort((a, b) => b.version - a.version).find((v) => v.status === 'ready');
}

export const isSettled = (status: ModelStatus) => status === 'ready' || status === 'failed';

/**
 * Milliseconds until the next poll of siteModels, or null to stop: quick at first (small models parse in a second or
 * two), slower as a big model takes its time, so an open tab does not hammer the server.
 */
export function nextPollDelay(versions: readonly VersionLike[], pollsSoFar: number): number | null {
  if (versions.every((v) => isSettled(v.status))) return null;
  return Math.min(1000 * 2 ** Math.floor(pollsSoFar / 5), 8000);
}
