// Build, dev server, offline (service worker) and unit-test configuration of the FIT tablet app.
/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents.js';
import { VIEWER_ENGINE_CACHE, VIEWER_ENGINE_FILES, VIEWER_ENGINE_GLOBS } from './build/viewer-engine.js';

// Paths the API answers on the same origin: never served from the app shell, proxied in development.
const API_PATHS = ['/graphql', '/health', '/xapi', '/cmi5', '/api', '/media', '/modules/versions', '/modules/import', '/site-pack', '/personal-data/export.json', '/personal-data/passport.pdf', '/credentials', '/issuers', '/status-lists', '/afest-files', '/forecast-files', '/network-figures/figures.csv'];
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  resolve: {
    // Use @fit/shared from its TypeScript source, so the web needs no build of it first.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: Object.fromEntries(API_PATHS.map((p) => [p, API_ORIGIN])),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The 3D viewer's chunk (three.js + web-ifc, ~4 MB, 0.5 MB gzipped) is lazy, and fetched with the site pack.
    chunkSizeWarningLimit: 4500,
    rolldownOptions: {
      // @fit/shared is pure functions behind one index: what a chunk does not call stays out of it (the recall
      // scheduler and its ts-fsrs are not in the first load).
      treeshake: { moduleSideEffects: (id: string) => !/\/shared\/src\//.test(id) },
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across app updates.
        // The QR encoder (badge sheet) and decoder (badge scan) stay in their own lazy chunks, out of the first load,
        // and so do three.js and web-ifc: they go with the 3D viewer's chunk (ModelViewerCanvas-*.js, ~1 MB), and
        // hash-wasm's argon2 with the offline PIN check (argon2-*.js), loaded only when a tablet signs a worker in offline;
        // the query cache's IndexedDB persister (query-persistence-*.js), loaded just after the first paint; and zod with the
        // validators of @fit/shared/validation (first record, module editor).
        // Recharts and what it brings (redux, immer, d3 through victory-vendor…) go with the staff's charts only.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules\/(?!uqr\/|jsqr\/|three\/|web-ifc\/|hash-wasm\/|ts-fsrs\/|zod\/|recharts\/|victory-vendor\/|d3-[a-z-]+\/|internmap\/|@reduxjs\/|react-redux\/|redux\/|redux-thunk\/|immer\/|reselect\/|es-toolkit\/|decimal\.js-light\/|eventemitter3\/|tiny-invariant\/|@tanstack\/query-(?:persist-client-core|async-storage-persister)\/)/,
            },
          ],
        },
      },
    },
  },
  plugins: [
    inlineGraphqlDocuments({ generatedDir: 'src/graphql/generated' }),
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // An external script, not an inline one: the server's CSP is default-src 'self'.
      injectRegister: 'script-defer',
      devOptions: { enabled: false },
      // Icons and public files are already matched by globPatterns below; listing them again duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: 'FIT — Formation Intégrée au Travail',
        short_name: 'FIT',
        description: 'Formation sur chantier pour les métiers du bâtiment',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b2545',
        background_color: '#f3f4f6',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Locales are bundled into the JS chunks, so this is everything the app needs offline (the plugin adds the manifest)
        // but the 3D viewer's engine (three.js, the IFC reader, web-ifc's wasm: ~5.5 MB of the 6.6 MB): installing the
        // app on site 4G must take seconds. A tablet whose site pack has BIM steps fetches the engine with the pack
        // (viewerEngine.ts), into the cache the route below answers from, so BIM steps draw offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,wasm}'],
        // The module editor is for trainers at a desk, online: tablets need not download it to work offline.
        globIgnores: ['**/ModuleEditorRoute-*.{js,css}', ...VIEWER_ENGINE_GLOBS],
        runtimeCaching: [
          {
            // The viewer's engine: hashed file names never change content. Filled by the site pack download, and by
            // any online use of the viewer.
            urlPattern: VIEWER_ENGINE_FILES,
            handler: 'CacheFirst',
            options: {
              cacheName: VIEWER_ENGINE_CACHE,
              // One app version's engine (a handful of files), and the previous one while the app updates.
              expiration: { maxEntries: 12 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // Module media (never evidence photos, which are private): the site pack puts them into this cache when
            // the tablet downloads for offline, and any picture seen online lands here too. Media never change.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/media\/[0-9a-f-]{36}(\/(tablet|thumb))?$/i.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'fit-site-pack',
              cacheableResponse: { statuses: [200] },
              // Video and audio players ask for byte ranges; they are cut from the cached whole file.
              rangeRequests: true,
            },
          },
          {
            // A model version's IFC file never changes (a new upload is a new version with a new id): once opened
            // online it opens offline. Cached per URL whatever the bearer token, as the API only sends it to members of
            // the site's organisation, who share the tablet.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/sites\/[^/]+\/models\/[^/]+\/file$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'fit-ifc-models',
              expiration: { maxEntries: 10 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: API_PATHS.map((p) => new RegExp(`^${p}(/|$)`)),
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
