// The 3D viewer's engine: three.js with the viewer (ModelViewerCanvas), the IFC reader (ifcScene, with web-ifc's JS)
// and web-ifc's WebAssembly, ~5.5 MB together. Left out of the service worker's install-time precache and fetched with
// the site pack instead, by tablets whose modules have BIM steps (see web/src/features/bim/viewerEngine.ts).
// Shared by vite.config.ts, scripts/after-build.mjs and the app, hence plain JavaScript.

/** The engine's built files, by URL path (their hashed names change with every build). */
export const VIEWER_ENGINE_FILES = /\/assets\/(?:(?:ModelViewerCanvas|ifcScene)-[\w-]+\.(?:js|css)|web-ifc-[\w-]+\.wasm)$/;
/** The same files as globs, for Workbox's precache to leave out. */
export const VIEWER_ENGINE_GLOBS = ['**/ModelViewerCanvas-*.{js,css}', '**/ifcScene-*.{js,css}', '**/web-ifc-*.wasm'];
/** Where the build lists them: `{ "files": ["/assets/…", …] }`. */
export const VIEWER_ENGINE_LIST = '/viewer-engine.json';
/** The Cache Storage cache that keeps them, for the service worker's route and the site pack alike. */
export const VIEWER_ENGINE_CACHE = 'fit-viewer-engine';
