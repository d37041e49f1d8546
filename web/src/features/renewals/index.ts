// Renewals per ULO: the public surface other features use (the site page's upcoming renewals).
export { UpcomingRenewalsSection } from './UpcomingRenewalsSection';
