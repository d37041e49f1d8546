// What other features use of the social clause: the contracts section of the homes, the admin's eligibility read log.
export { ClauseContractsSection } from './ClauseContractsSection';
export { EligibilityReadLogSection } from './EligibilityReadLogSection';
