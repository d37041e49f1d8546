// Spaced recall's public surface: the offer on the worker's day and the staff's lapses section on the cohort view.
export { RecallEntry } from './RecallEntry';
export { RecallLapsesSection } from './RecallLapsesSection';
