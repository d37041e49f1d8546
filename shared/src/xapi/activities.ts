// Activity IRIs FIT uses for its own content, so the tablet and the server name a module version the same way.
const MODULE_VERSIONS = 'https://w3id.org/fit/module-versions';

export function moduleVersionActivity(versionId: string): string {
  return `${MODULE_VERSIONS}/${versionId}`;
}

export function stepActivity(versionId: string, stepId: string): string {
  return `${MODULE_VERSIONS}/${versionId}/steps/${stepId}`;
}

/** The module version id inside one of our activity IRIs, or undefined for anything else. */
export function versionIdOfActivity(activityId: string): string | undefined {
  return activityId.startsWith(`${MODULE_VERSIONS}/`) ? activityId.slice(MODULE_VERSIONS.length + 1).split('/')[0] : undefined;
}

/** The module version and step a step activity IRI names, or undefined for anything else. */
export function stepOfActivity(activityId: string): { versionId: string; stepId: string } | undefined {
  if (!activityId.startsWith(`${MODULE_VERSIONS}/`)) return undefined;
  const [versionId, steps, stepId, ...rest] = activityId.slice(MODULE_VERSIONS.length + 1).split('/');
  return versionId && steps === 'steps' && stepId && rest.length === 0 ? { versionId, stepId } : undefined;
}
