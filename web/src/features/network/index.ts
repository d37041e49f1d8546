// What other features use of network: the territories and sharing sections of the homes.
export { SharingSection } from './SharingSection';
export { TerritoriesSection } from './TerritoriesSection';
export { TerritoriesQuery } from './network.queries';
