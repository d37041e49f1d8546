// xAPI statements: shape, validation and canonical form, shared by the server and the tablet's outbox.
export * from './statement.js';
export * from './verbs.js';
export * from './validate-statement.js';
export * from './canonical.js';
export * from './activities.js';
