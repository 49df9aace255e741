// The one-file offline copy (issue 17): build settings that inline the data, the basemap, every script and style
// into one HTML file that opens from a USB stick over file:// with no network. Decision and figures: docs/offline.md.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The Vite mode that builds the one-file copy (`vite build --mode offline-file`). */
export const OFFLINE_FILE_MODE = 'offline-file';
/** Its name in dist/, next to index.html; the app links to it ("Download for offline presenting"). */
export const OFFLINE_FILE_NAME = 'atlas-offline.html';

const INLINE_ID = 'virtual:atlas-inline';
const PWA_ID = 'virtual:pwa-register';

/**
 * `virtual:atlas-inline`: in the one-file copy, the files the app would fetch (the dataset and the basemap, keyed by
 * the URL the app asks for), as JSON text; in every other build `null`, so the usual build carries none of it.
 */
export function atlasInline(mode: string, root: string): Plugin {
  return {
    name: 'atlas-inline',
    resolveId: (id) => (id === INLINE_ID ? `\0${INLINE_ID}` : null),
    load(id) {
      if (id !== `\0${INLINE_ID}`) return null;
      if (mode !== OFFLINE_FILE_MODE) return 'export const inlineFiles = null;';
      const files = {
        './atlas-data/atlas.json': readFileSync(`${root}/data/build/atlas.json`, 'utf8'),
        './atlas-data/basemap.topo.json': readFileSync(`${root}/data/basemap.topo.json`, 'utf8'),
      };
      return `export const inlineFiles = ${JSON.stringify(files)};`;
    },
  };
}

/** Where the one-file build writes before its page is copied into dist/ (never over the app's own index.html). */
export const OFFLINE_FILE_OUT = '.cache/offline-file';

/**
 * The plugins of the one-file build: vite-plugin-singlefile (MIT, maintained; inlines scripts and styles and folds
 * the lazy chunks in), no service worker (file:// has none: `virtual:pwa-register` registers nothing), no preload
 * of data files it already holds, and the page copied to dist/OFFLINE_FILE_NAME.
 */
export function offlineFilePlugins(root: string): PluginOption[] {
  return [
    viteSingleFile({ removeViteModuleLoader: true }),
    {
      name: 'offline-file-no-sw',
      resolveId: (id) => (id === PWA_ID ? `\0${PWA_ID}` : null),
      load: (id) => (id === `\0${PWA_ID}` ? 'export function registerSW() { return () => Promise.resolve(); }' : null),
    },
    {
      name: 'offline-file-html',
      transformIndexHtml: (html) => html.replace(/\s*<link rel="preload" href="\.\/atlas-data\/[^>]*>/g, ''),
      closeBundle() {
        mkdirSync(`${root}/dist`, { recursive: true });
        copyFileSync(`${root}/${OFFLINE_FILE_OUT}/index.html`, `${root}/dist/${OFFLINE_FILE_NAME}`);
      },
    },
  ];
}
