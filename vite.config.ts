// Vite + Vitest configuration: Svelte 5 app built with a relative base so it deploys under any sub-path.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeadersPreview } from './scripts/lib/csp.ts';
import { prerenderPlugin } from './scripts/lib/prerender.ts';
import { atlasInline, offlineFilePlugins, OFFLINE_FILE_MODE, OFFLINE_FILE_OUT } from './scripts/lib/offline-file.ts';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    svelte(),
    atlasInline(mode, import.meta.dirname),
    // `vite build --mode offline-file` (after the usual build): one self-contained HTML file next to it in dist/.
    ...(mode === OFFLINE_FILE_MODE
      ? offlineFilePlugins(import.meta.dirname)
      : [prerenderPlugin(import.meta.dirname), offlinePwa()]),
    securityHeadersPreview(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre GL is one chunk of about 1 MB, loaded after the first paint and only where WebGL is (docs/performance.md);
    // every other chunk is far under the default 500 kB: the limit is set just above MapLibre's, so a new large chunk warns.
    chunkSizeWarningLimit: 1100,
    // Plugin timings always warn on a 2-core machine (the prerender and the service worker take seconds); the build's
    // speed is measured by the benchmark, not reported on every build.
    rolldownOptions: { checks: { bundlerTimings: false } },
    ...(mode === OFFLINE_FILE_MODE ? { outDir: OFFLINE_FILE_OUT, emptyOutDir: true, copyPublicDir: false } : {}),
  },
  // The production preview (npm start, the browser tests) runs under the strict policy deployers are given
  // (securityHeadersPreview, with the build's hashes).
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Loads what the app fetches before it draws a dataset (the clusterer), as main.ts and the data source do.
    setupFiles: ['tests/unit/setup.ts'],
  },
}));

/**
 * Offline once loaded (issue 17): Workbox precaches every file of the build — the app shell, each lazy chunk,
 * MapLibre and its worker, the data and the basemap — and serves index.html for any navigation (?view=…).
 * A new version waits for the next opening instead of swapping files under a running talk.
 */
function offlinePwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,mjs,css,html,json,csv,svg,png,ico,woff2}'],
      // The one-file copy is a download, and the CSP hashes are for the server: neither is part of the app the worker keeps.
      // The national layer (960 KB) is for user data outside the basemap's detail: kept once fetched, not precached.
      globIgnores: [
        'atlas-offline.html',
        'csp-hashes.json',
        'content-security-policy.txt',
        'atlas-data/national.topo.json',
      ],
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.endsWith('/atlas-data/national.topo.json'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'atlas-national' },
        },
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
    },
  });
}
