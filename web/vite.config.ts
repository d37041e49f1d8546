// Build, dev server, offline (service worker) and unit-test configuration of the FIT tablet app.
/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Paths the API answers on the same origin: never served from the app shell, proxied in development.
const API_PATHS = ['/graphql', '/health', '/xapi', '/api', '/media', '/modules/versions', '/modules/import', '/site-pack', '/credentials', '/issuers', '/status-lists'];
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
    // The 3D viewer's chunk (three.js + web-ifc, ~4 MB, 0.5 MB gzipped) is lazy and precached on purpose.
    chunkSizeWarningLimit: 4500,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across app updates.
        // The QR encoder (badge sheet) and decoder (badge scan) stay in their own lazy chunks, out of the first load,
        // and so do three.js and web-ifc: they go with the 3D viewer's chunk (ModelViewerCanvas-*.js, ~1 MB), and
        // hash-wasm's argon2 with the offline PIN check (argon2-*.js), loaded only when a tablet signs a worker in offline.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules\/(?!uqr\/|jsqr\/|three\/|web-ifc\/|hash-wasm\/)/ }] },
      },
    },
  },
  plugins: [
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
        // Locales are bundled into the JS chunks, so this is everything the app needs offline (the plugin adds the manifest).
        // The 3D viewer's chunk and web-ifc's wasm are precached too, though never part of the first load (they are
        // fetched by the service worker after install): a worker must see the model in a module's BIM step offline,
        // on a tablet that may never have opened the viewer online.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,wasm}'],
        // Workbox's 2 MiB default silently leaves out the viewer chunk and the wasm (~1.3 MB), breaking the 3D view
        // offline; the largest file we ship is under 4 MiB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The module editor is for trainers at a desk, online: tablets need not download it to work offline.
        globIgnores: ['**/ModuleEditorRoute-*.{js,css}'],
        runtimeCaching: [
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
