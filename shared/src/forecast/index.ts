// Five-year up-skilling forecast of a territory: work packages and ratios, the forecast, scenarios and training plans.
export * from './work-packages.js';
export * from './compute.js';
export * from './scenarios.js';
export * from './training-plan.js';
export * from './projects.js';
export * from './summaries.js';
