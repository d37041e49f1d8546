// Public surface of @fit/shared: pure domain rules that run on the server and on the tablet.
export * from './roles.js';
export * from './credentials.js';
export * from './dates/site-day.js';
export * from './modules/index.js';
export * from './xapi/index.js';
export * from './assignments/assignment-status.js';
export * from './bim/ifc-classes.js';
export * from './bim/rules.js';
export * from './qualifications/progress.js';
export * from './site-pack/index.js';
export * from './bim/geometry-format.js';
export * from './qualifications/passport.js';
export * from './qualifications/statuses.js';
export * from './qualifications/tasks.js';
export * from './onsite/index.js';
export * from './sites/site-input.js';
export * from './recall/index.js';
