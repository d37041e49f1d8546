export * from './items.js';
export * from './scoring.js';
