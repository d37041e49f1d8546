// Learning tied to the building: the xAPI vocabulary for work done on named elements of a site's model.
export * from './element-extensions.js';
export * from './element-label.js';
