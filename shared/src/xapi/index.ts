// xAPI statements: shape and canonical form, shared by the server and the tablet's outbox (validation: ../validation).
export * from './statement.js';
export * from './verbs.js';
export * from './canonical.js';
export * from './activities.js';
