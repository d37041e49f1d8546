// Training module content: model, validation, localisation and quiz scoring.
export * from './content.js';
export * from './validate.js';
export * from './localise.js';
export * from './scoring.js';
export * from './bim-bindings.js';
export * from './vocabulary.js';
