// Prerender (issue 20): the build renders the default view into index.html with Svelte's server renderer, and the
// client hydrates it; its styles and the script that decides whether a visit fits it arrive inline, with CSP hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { atlasInline } from './offline-file.ts';
import { contentSecurityPolicy, CSP_FILE, CSP_HASHES_FILE, type CspHashes } from './csp.ts';

/** The hash-source of an inline element's text, exactly as the browser hashes it (UTF-8, no trimming). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&amp;': '&', '&lt;': '<', '&gt;': '>' };
/** One start tag with its attributes (quoted values may hold `>`). */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/**
 * Moves every `style="…"` attribute of server-rendered markup into a class: the CSP (`style-src 'self'` plus hashes)
 * blocks style attributes in HTML, while the client sets the same styles through the CSSOM, which it allows.
 * Returns the markup and the CSS of the classes (`.pr-s0 { … }`); `prefix` names them (one per rendered view).
 */
export function styleAttributesToClasses(markup: string, prefix = 'pr-s'): { markup: string; css: string } {
  const classes = new Map<string, string>();
  const out = markup.replace(START_TAG, (tag, name: string, attrs: string, selfClose: string) => {
    const style = /\sstyle="([^"]*)"/.exec(attrs);
    if (!style) return tag;
    const value = style[1]!.replace(/&(?:quot|#39|amp|lt|gt);/g, (e) => ENTITIES[e]!);
    let cls = classes.get(value);
    if (!cls) classes.set(value, (cls = `${prefix}${classes.size}`));
    let rest = attrs.replace(style[0], '');
    rest = /\sclass="/.test(rest) ? rest.replace(/\sclass="([^"]*)"/, ` class="$1 ${cls}"`) : `${rest} class="${cls}"`;
    return `<${name}${rest}${selfClose ? ' /' : ''}>`;
  });
  const css = [...classes].map(([value, cls]) => `.${cls}{${value}}`).join('\n');
  return { markup: out, css };
}

/**
 * Browser globals the first view's code reads while it is created (never in effects, which SSR does not run), for a
 * browser whose languages are `languages`.
 */
function withBrowserGlobals<T>(languages: string[], run: () => T): T {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, String(v)),
      removeItem: (k: string) => void m.delete(k),
    };
  };
  const globals: Record<string, unknown> = {
    window: globalThis,
    location: new URL('https://localhost/'),
    navigator: { languages, language: languages[0] },
    matchMedia: () => ({ matches: false, addEventListener() {}, removeEventListener() {} }),
    localStorage: memory(),
    sessionStorage: memory(),
  };
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [key, value] of Object.entries(globals)) {
    saved.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  try {
    return run();
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete (globalThis as Record<string, unknown>)[key];
    }
  }
}

/**
 * Renders App with the given built-in files as the prerendered first view (`firstView: true`), through a Vite SSR
 * server on the repo's sources (the same code the client bundle is built from). Returns the markup of #app's content in
 * each language (as a Chinese and an English browser see it) and the head script's source (first-view.ts
 * `firstViewLang` with `browserLang` and the URL contract's params). Throws when a module fails to load or the render
 * throws.
 */
export async function renderFirstView(
  root: string,
  file: unknown,
  basemap: Topology,
  drawn: Topology = basemap,
): Promise<FirstView> {
  const server = await createServer({
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    // Modules are loaded one by one for the server render: no dependency scan (it cannot resolve the PWA plugin's
    // virtual module, which only the client build has, and would warn on every build).
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [svelte(), atlasInline('production', root)],
  });
  try {
    const { render } = (await server.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
    const App = (await server.ssrLoadModule('/src/App.svelte')).default;
    const { firstViewLang } = (await server.ssrLoadModule(
      '/src/lib/core/first-view.ts',
    )) as typeof import('../../src/lib/core/first-view.ts');
    const { linkTheme } = (await server.ssrLoadModule(
      '/src/lib/core/theme-choice.ts',
    )) as typeof import('../../src/lib/core/theme-choice.ts');
    const { browserLang } = (await server.ssrLoadModule(
      '/src/lib/core/i18n/lang.ts',
    )) as typeof import('../../src/lib/core/i18n/lang.ts');
    const { OWNED_PARAMS } = (await server.ssrLoadModule(
      '/src/lib/core/state/url.ts',
    )) as typeof import('../../src/lib/core/state/url.ts');
    // Validated as the client validates it (loadDataset), so both render the same parsed file.
    const { AtlasFile } = (await server.ssrLoadModule(
      '/src/lib/core/data/schema.ts',
    )) as typeof import('../../src/lib/core/data/schema.ts');
    const parsed = AtlasFile.safeParse(file);
    if (!parsed.success) throw new Error(`prerender: the dataset is not valid: ${parsed.error.message.slice(0, 300)}`);
    const loaded = { file: parsed.data, basemap: drawn };
    // The full map's view and its side panel (the overview) are drawn too, as main.ts loads them before hydrating.
    const { preloaded, SIDE_PANEL, EXPLORE_VIEW } = (await server.ssrLoadModule(
      '/src/lib/ui/preloaded.ts',
    )) as typeof import('../../src/lib/ui/preloaded.ts');
    preloaded.set(EXPLORE_VIEW, (await server.ssrLoadModule('/src/lib/features/explore/ExploreView.svelte')) as never);
    preloaded.set(SIDE_PANEL, (await server.ssrLoadModule('/src/lib/features/explore/SidePanel.svelte')) as never);
    // A national catalogue clusters: the clusterer is loaded before the render, as the client loads it before hydrating.
    const { loadClusterer } = (await server.ssrLoadModule(
      '/src/lib/map/geo/clusters.ts',
    )) as typeof import('../../src/lib/map/geo/clusters.ts');
    await loadClusterer();
    // The result renders when read (Svelte 5's RenderResult getters): read inside the globals' lifetime.
    const renderIn = (languages: string[]) =>
      withBrowserGlobals(languages, () => render(App, { props: { loaded, firstView: true } }).body);
    const body = { zh: renderIn(['zh-CN']), en: renderIn(['en-GB']) };
    // Any failure (an old browser, storage blocked) renders on the client: never a prerendered view that may not fit.
    // An English visit gets the English markup, which waits in a template until the inline script after it swaps it in.
    // The scheme first (the link's theme=, else the system's: theme-choice.ts), so nothing paints in the wrong one.
    const headScript =
      `try{var t=(${linkTheme})(location.search),d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;` +
      `document.documentElement.setAttribute('data-theme',d?'dark':'light');` +
      `var l=(${firstViewLang})(location.search,navigator.languages||[navigator.language],` +
      `${JSON.stringify(OWNED_PARAMS)},${browserLang});` +
      `if(!l)throw 0;if(l==='en'){document.documentElement.setAttribute('data-first-view','en');` +
      `document.documentElement.lang='en'}` +
      `}catch(e){document.documentElement.setAttribute('data-client-render','')}`;
    return { body, headScript };
  } finally {
    await server.close();
  }
}

/** The prerendered first view: #app's markup as a Chinese and an English browser see it, and the head script. */
export interface FirstView {
  body: { zh: string; en: string };
  headScript: string;
}

/**
 * The inline script after the English markup's template: on an English visit (the head script's `data-first-view`),
 * it moves the English markup into #app before the first paint. The template's id is first-view.ts `FIRST_VIEW_EN_ID`.
 */
export const SWAP_SCRIPT =
  "(function(){var h=document.documentElement;if(h.getAttribute('data-first-view')!=='en')return;" +
  "var t=document.getElementById('first-view-en'),a=document.getElementById('app');" +
  "if(t&&a){a.replaceChildren(t.content);h.setAttribute('data-first-view','en-shown')}})()";

/**
 * The basemap the prerender draws: the same features and points with each arc simplified (Visvalingam, topojson-
 * simplify) to the share of its vertices that still shows at the first view's scale, so index.html stays small. The
 * client hydrates with the full basemap and redraws the paths once mounted.
 */
export function firstViewBasemap(basemap: Topology, keep = FIRST_VIEW_DETAIL): Topology {
  // topojson-simplify's types want object properties; the basemap's are (GeoJSON allows null), which it never reads.
  const pre = presimplify(structuredClone(basemap) as Topology<Objects<Record<string, unknown>>>);
  return simplify(pre, quantile(pre, keep));
}
/** The share of the basemap's vertices the prerendered map keeps (by Visvalingam weight). */
const FIRST_VIEW_DETAIL = 0.1;

/** The head's module script, module preloads and data preloads (moved to the end of the body). */
const LATER_TAGS =
  /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="(?:modulepreload|preload)"[^>]*>)[ \t]*\n?/g;

/**
 * Writes the first view into the built index.html: the page's stylesheet inline (with the style attributes' classes),
 * the head script, the loading skeleton moved beside #app (shown to visits rendered on the client), and #app holding
 * the server-rendered markup (`data-prerendered`). Throws when the page lacks the parts it expects.
 */
export function composeFirstView(
  html: string,
  stylesheet: { href: string; css: string },
  view: FirstView,
): { html: string; hashes: CspHashes } {
  const { markup, css: attrCss } = styleAttributesToClasses(view.body.zh);
  const en = styleAttributesToClasses(view.body.en, 'pr-e');
  const linkTag = new RegExp(
    `<link rel="stylesheet"[^>]*href="${stylesheet.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
  );
  if (!linkTag.test(html)) throw new Error(`prerender: index.html does not link ${stylesheet.href}`);
  const app = /<div id="app">([\s\S]*?)<\/div>\s*(?=<noscript>)/;
  const skeleton = app.exec(html)?.[1];
  if (skeleton === undefined) throw new Error('prerender: index.html has no <div id="app"> before <noscript>');
  const style = `${stylesheet.css}\n${attrCss}\n${en.css}`;
  // The app's code and data are for hydration, not for the first paint: requested from the end of the body, they do
  // not share a slow link with the rest of the page (on Slow 4G the page's own bytes arrive first).
  const deferred: string[] = [];
  const later = html.replace(LATER_TAGS, (tag) => {
    deferred.push(tag.trim());
    return '';
  });
  const out = later
    .replace(linkTag, () => `<style>${style}</style>`)
    .replace('</title>', () => `</title>\n    <script>${view.headScript}</script>`)
    .replace(
      app,
      () =>
        `<div id="boot-skeleton">${skeleton}</div>\n    <div id="app" data-prerendered>${markup}</div>\n    ` +
        `<template id="first-view-en">${en.markup}</template>\n    <script>${SWAP_SCRIPT}</script>\n    `,
    )
    .replace('</body>', () => `  ${deferred.join('\n    ')}\n  </body>`);
  return {
    html: out,
    hashes: { script: [cspHash(view.headScript), cspHash(SWAP_SCRIPT)], style: [cspHash(style)] },
  };
}

/**
 * The embed's page: index.html as Vite wrote it (the loading outline, the stylesheet linked), with the embed basemap
 * preloaded in place of the full one. Throws when the page does not preload the basemap.
 */
export function embedHtml(html: string): string {
  const preload = /(<link rel="preload" href="\.\/atlas-data\/)basemap\.topo\.json"/;
  if (!preload.test(html)) throw new Error('prerender: index.html does not preload the basemap');
  return html.replace(preload, '$1basemap-embed.topo.json"');
}

/**
 * The CSS files of the chunk whose entry module `isEntry` picks, and of every chunk it imports statically (Vite's
 * `viteMetadata.importedCss`), in import order. Throws when no chunk matches.
 */
function chunkCss(bundle: OutputBundle, isEntry: (moduleId: string) => boolean): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId && isEntry(c.facadeModuleId));
  if (!start) throw new Error('prerender: a part of the first view has no chunk of its own');
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
    for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata
      ?.importedCss ?? [])
      if (!files.includes(css)) files.push(css);
  };
  visit(start);
  return files;
}

/**
 * The build's prerender step (`vite build`, not the one-file copy): renders the first view with the dataset in
 * public/atlas-data (or the file `ATLAS_PRERENDER_DATA` names: the benchmark's 2,543-zone twin) into the emitted
 * index.html, before the service worker's precache manifest is made from the written files.
 */
export function prerenderPlugin(root: string): Plugin {
  let publicDir = join(root, 'public');
  return {
    name: 'atlas-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
    },
    async generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('prerender: the build emitted no index.html');
      const html = String(page.source);
      const href = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/.exec(html)?.[1];
      const sheet = href ? bundle[href] : undefined;
      if (!href || !sheet || sheet.type !== 'asset') throw new Error('prerender: no entry stylesheet in index.html');
      const dataFile = process.env.ATLAS_PRERENDER_DATA || join(publicDir, 'atlas-data/atlas.json');
      const file = JSON.parse(readFileSync(dataFile, 'utf8'));
      const basemap = JSON.parse(readFileSync(join(publicDir, 'atlas-data/basemap.topo.json'), 'utf8'));
      const view = await renderFirstView(root, file, basemap, firstViewBasemap(basemap));
      // The full map's view and the side panel are chunks of their own (with what they import), each bringing its
      // stylesheets: the first view needs them too.
      const partsCss = ['ExploreView', 'SidePanel'].flatMap((part) =>
        chunkCss(bundle, (id) => id.endsWith(`/src/lib/features/explore/${part}.svelte`)),
      );
      const css = [
        String(sheet.source),
        ...[...new Set(partsCss)]
          .filter((f) => f !== href)
          .map((f) => String((bundle[f] as { source: unknown }).source)),
      ].join('\n');
      const result = composeFirstView(html, { href: `./${href}`, css }, view);
      page.source = result.html;
      // Embeds load a page of their own (features/embed/snippet.ts `embedPage`): without the first view's markup,
      // which only the default view uses, and preloading the embed's lighter basemap (scripts/lib/embed-basemap.ts).
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: embedHtml(html) });
      this.emitFile({
        type: 'asset',
        fileName: CSP_HASHES_FILE,
        source: `${JSON.stringify(result.hashes, null, 2)}\n`,
      });
      this.emitFile({ type: 'asset', fileName: CSP_FILE, source: `${contentSecurityPolicy(result.hashes)}\n` });
    },
  };
}
