// The offline site pack: its manifest format (API and tablet) and the offline wrong-PIN lock.
export * from './manifest.js';
export * from './pin-lock.js';
