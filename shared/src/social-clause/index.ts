export * from './hours.js';
export * from './progress.js';
