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
