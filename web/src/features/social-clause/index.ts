// What other features use of the social clause: the contracts section of the homes.
export { ClauseContractsSection } from './ClauseContractsSection';
