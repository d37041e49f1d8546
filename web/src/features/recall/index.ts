// Spaced recall's public surface: the offer on the worker's day, the staff's lapses section on the cohort view, and
// the admin's "recall keeps a ULO fresh" setting.
export { RecallEntry } from './components/RecallEntry';
export { RecallLapsesSection } from './components/RecallLapsesSection';
export { RecallPolicySection } from './components/RecallPolicySection';
