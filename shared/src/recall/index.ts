// Spaced recall: FSRS scheduling of the questions a worker answered, and recall reviews as xAPI statements.
export * from './scheduler.js';
export * from './statement.js';
export * from './freshness.js';
