// `npm run bench`: what users feel, in headless Chromium against production builds; prints a table, writes bench/results/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildSites, REPO, SITE, SITES, sitePath, type SiteName } from './build.ts';
import { soak } from './soak.ts';
import { buildBytes, fileBytes, type BytesReport } from './bytes.ts';
import { CATALOGUE_ZONES, syntheticAtlasJson } from './synthetic.ts';
import { fileCsv, FILE_ROWS, timeFileLoad } from './file-load.ts';
import type { AtlasFile } from '../src/lib/core/data/schema.ts';
import { serveStatic } from './server.ts';
import {
  appInteractions,
  appMemory,
  clearSearch,
  coldLoad,
  cpuProfile,
  EMBED_VIEWPORT,
  embedLoad,
  type EmbedMetrics,
  launch,
  openCold,
  openFilterDrawer,
  peerInteractions,
  searchKeystroke,
  selectFirstZone,
  selectNextZone,
  settleApp,
  SEARCH_WORD,
  SLOW_4G,
  toggleModelFilter,
  VIEWPORT,
  webglRenderer,
  type AppInteractions,
  type LoadMetrics,
  type MemoryResult,
  type MemorySnapshot,
  type PeerInteractions,
} from './lab.ts';
import { summariseHeap, summariseProfile, type ProfileSummary } from './profile.ts';
import { markdownTable, median, medianOfRuns, row, textTable, type Budget, type Row } from './report.ts';

/*
 * Options (after `npm run bench --`):
 *   --runs N               cold runs per scenario (default 5)
 *   --samples N            interaction samples per run (default 5)
 *   --memory N             selections and filter changes per memory batch at 15 zones (default 500)
 *   --memory-synthetic N   the same at 2,543 zones (default 20: a selection costs seconds there)
 *   --quick                1 run, no Slow 4G, small memory batches, no profiles: for development
 *   --profile              CPU profiles even with --quick
 *   --skip-build           reuse .cache/bench/site from the last run
 *   --markdown             print the table as Markdown
 *   --embed-only           only the embed rows (with the default view's loads for their ratio column)
 *   --soak [minutes]       only the presenter soak: the tour looping (default 10 minutes), errors and heap growth
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    samples: { type: 'string', default: '5' },
    memory: { type: 'string' },
    'memory-synthetic': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    profile: { type: 'boolean' },
    markdown: { type: 'boolean', default: false },
    soak: { type: 'string' },
    'embed-only': { type: 'boolean', default: false },
  },
});
const quick = args.quick!;
const runs = quick ? 1 : Math.max(1, Number(args.runs));
const samples = Math.max(1, Number(args.samples));
/** Selections and filter changes per memory batch; at 2,543 zones a selection takes seconds here, hence fewer. */
const memoryN: Record<'real' | 'synthetic', number> = {
  real: Number(args.memory ?? (quick ? 50 : 500)),
  synthetic: Number(args['memory-synthetic'] ?? (quick ? 6 : 20)),
};
const profile = args.profile ?? !quick;
const ZONES = CATALOGUE_ZONES.toLocaleString('en');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

type Dataset = 'real' | 'synthetic';
type Condition = 'unthrottled' | 'slow4g';
const DATASETS: Record<Dataset, { app: SiteName; peer: SiteName }> = {
  real: { app: 'app', peer: 'peer' },
  synthetic: { app: 'app2543', peer: 'peer2543' },
};

interface Results {
  loads: Record<string, LoadMetrics[]>;
  /** The embed at 375 px (issue 32), per condition. */
  embeds: Partial<Record<Condition, EmbedMetrics[]>>;
  /** The other common entries (issue 36), by entry name and condition. */
  entries: Record<string, Partial<Record<Condition, LoadMetrics[]>>>;
  app: Record<Dataset, AppInteractions[]>;
  peer: Record<Dataset, PeerInteractions[]>;
  memory: Partial<Record<Dataset, Omit<MemoryResult, 'lastBatchRetained'>>>;
  profiles: Record<string, ProfileSummary>;
  /** ms to load a FILE_ROWS-row CSV through the Data dialog (issue 35), one per run. */
  fileLoads: number[];
  errors: string[];
}

const results: Results = {
  loads: {},
  embeds: {},
  entries: {},
  app: { real: [], synthetic: [] },
  peer: { real: [], synthetic: [] },
  memory: {},
  profiles: {},
  fileLoads: [],
  errors: [],
};

async function attempt(label: string, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (err) {
    const message = `${label}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    results.errors.push(message);
    log(`ERROR ${message}`);
  }
}

const loadKey = (kind: 'app' | 'peer', data: Dataset, condition: Condition) => `${kind}/${data}/${condition}`;

async function coldRun(
  browser: Browser,
  origin: string,
  kind: 'app' | 'peer',
  data: Dataset,
  condition: Condition,
  interact: boolean,
) {
  const site = DATASETS[data][kind];
  await attempt(`${kind} ${data} ${condition}`, async () => {
    const s = await openCold(browser, condition === 'slow4g');
    try {
      const load = await coldLoad(s, `${origin}/${SITES[site]}/`, kind === 'app');
      (results.loads[loadKey(kind, data, condition)] ??= []).push(load);
      const idle = load.mapIdle === null ? '' : `, idle ${Math.round(load.mapIdle)} ms`;
      log(`${kind} ${data} ${condition}: first paint ${Math.round(load.firstMapPaint)} ms${idle}`);
      if (interact && kind === 'app') results.app[data].push(await appInteractions(s.page, samples));
      if (interact && kind === 'peer') results.peer[data].push(await peerInteractions(s.page, samples));
      load.renderer = await webglRenderer(s.page);
      if (s.errors.length) results.errors.push(...s.errors.map((e) => `${kind} ${data} ${condition}: ${e}`));
    } finally {
      await s.close();
    }
  });
}

/**
 * The entries other than the default view that readers commonly arrive by (issue 36), at the bench's 1280 × 800: each
 * must paint its map within the same budget as the default view (the prerendered first view serves only that one).
 */
const ENTRIES = [
  { name: 'English', query: '?lang=en' },
  { name: 'a zone link', query: '?zone=qingdao-blue-valley' },
  { name: 'a zone link in English', query: '?zone=qingdao-blue-valley&lang=en' },
  { name: 'the dark scheme', query: '?theme=dark' },
  { name: "the presenter's first step", query: '?view=present' },
] as const;

async function entryRuns(browser: Browser, origin: string, condition: Condition) {
  for (const entry of ENTRIES)
    await attempt(`entry ${entry.name} ${condition}`, async () => {
      const s = await openCold(browser, condition === 'slow4g');
      try {
        const load = await coldLoad(s, `${origin}/${SITES.app}/${entry.query}`, false);
        ((results.entries[entry.name] ??= {})[condition] ??= []).push(load);
        log(`entry ${entry.name} ${condition}: first paint ${Math.round(load.firstMapPaint)} ms`);
        if (s.errors.length) results.errors.push(...s.errors.map((e) => `entry ${entry.name}: ${e}`));
      } finally {
        await s.close();
      }
    });
}

/**
 * The embed of one zone at a phone's width, as the Embed dialog's code loads it (its own page, embed.html): load,
 * bytes, and MapLibre at the reader's first zoom.
 */
const EMBED_QUERY = 'embed.html?view=embed&zone=qingdao-blue-valley&lang=en';
async function embedRun(browser: Browser, origin: string, condition: Condition) {
  await attempt(`embed ${condition}`, async () => {
    const s = await openCold(browser, condition === 'slow4g', EMBED_VIEWPORT);
    try {
      const m = await embedLoad(s, `${origin}/${SITES.app}/${EMBED_QUERY}`);
      (results.embeds[condition] ??= []).push(m);
      log(
        `embed ${condition}: first paint ${Math.round(m.load.firstMapPaint)} ms, ${Math.round(kib(m.bytesBeforeGesture))} KiB before a gesture, MapLibre ${Math.round(m.maplibreAfterGesture ?? NaN)} ms after it`,
      );
      if (s.errors.length) results.errors.push(...s.errors.map((e) => `embed ${condition}: ${e}`));
    } finally {
      await s.close();
    }
  });
}

/** A data editor's FILE_ROWS-row CSV loaded into the real app through the Data dialog (issue 35). */
async function fileLoadRun(browser: Browser, origin: string) {
  await attempt('file load', async () => {
    const s = await openCold(browser, false);
    try {
      await coldLoad(s, `${origin}/${SITES.app}/`, false);
      const app = sitePath('app');
      const atlas = syntheticAtlasJson(join(app, 'atlas-data/atlas.json'), join(app, 'atlas-data/basemap.topo.json'), {
        zones: FILE_ROWS,
      });
      const csv = fileCsv(JSON.parse(atlas) as AtlasFile);
      const ms = await timeFileLoad(s.page, csv, FILE_ROWS);
      results.fileLoads.push(ms);
      log(`file load: ${FILE_ROWS} rows in ${ms} ms`);
      if (s.errors.length) results.errors.push(...s.errors.map((e) => `file load: ${e}`));
    } finally {
      await s.close();
    }
  });
}

/** CPU profiles of the load and of each interaction, on a fresh page of the given dataset. */
async function profiles(browser: Browser, origin: string, data: Dataset) {
  const at = data === 'synthetic' ? `${ZONES} zones` : '15 zones';
  await attempt(`profile ${data} first paint`, async () => {
    const s = await openCold(browser, false);
    const site = DATASETS[data].app;
    const siteUrl = `${origin}/${SITES[site]}/`;
    try {
      await s.page.goto(`${siteUrl}blank`);
      const p = await cpuProfile(s, async () => void (await coldLoad(s, `${siteUrl}`, false)));
      results.profiles[`load until the first map paint, ${at}`] = summariseProfile(p, siteUrl, sitePath(site));
    } finally {
      await s.close();
    }
  });
  await attempt(`profiles ${data}`, async () => {
    const s = await openCold(browser, false);
    const site = DATASETS[data].app;
    const siteUrl = `${origin}/${SITES[site]}/`;
    const record = async (name: string, action: () => Promise<void>) => {
      results.profiles[`${name}, ${at}`] = summariseProfile(await cpuProfile(s, action), siteUrl, sitePath(site));
    };
    try {
      // A same-origin page first, so the profiler is already running when the app's document starts.
      await s.page.goto(`${siteUrl}blank`);
      await record('load until MapLibre idle', async () => void (await coldLoad(s, `${siteUrl}`, true)));
      await settleApp(s.page);
      await selectFirstZone(s.page);
      await settleApp(s.page);
      await record('selection (3 × Next)', async () => {
        for (let i = 0; i < 3; i++) await selectNextZone(s.page);
      });
      await settleApp(s.page);
      await s.page.keyboard.press('Escape');
      await settleApp(s.page);
      await record(`search (keystrokes "${SEARCH_WORD}")`, async () => {
        for (let i = 1; i <= SEARCH_WORD.length; i++) await searchKeystroke(s.page, SEARCH_WORD.slice(0, i));
      });
      await clearSearch(s.page);
      await settleApp(s.page);
      await record('opening the filter drawer', async () => void (await openFilterDrawer(s.page)));
      await settleApp(s.page);
      await record('filter change (3 × model checkbox)', async () => {
        for (let i = 0; i < 3; i++) await toggleModelFilter(s.page);
      });
    } finally {
      await s.close();
    }
  });
}

const kib = (bytes: number) => bytes / 1024;
const mib = (bytes: number) => bytes / 2 ** 20;

/** The issue's budgets. */
const le = (value: number): Budget => ({ op: '<=', value });
const BUDGETS = {
  bytesFirstPaint: le(160),
  ownCode: le(60),
  firstPaintSlow4g: le(1200),
  lcpSlow4g: le(1500),
  /** Issue 32: an embed costs at most 150 KiB gzip until the reader pans or zooms. */
  embedBytes: le(150),
  idleSlow4g: le(4000),
  filterHandler: le(16),
  selection: le(50),
  searchScript: le(16),
  drawer: le(50),
  heapBatch1: le(2),
  heapBatch2: le(0.5),
  zero: { op: '=', value: 0 } as Budget,
};

function tableRows(bytes: Record<'app' | 'peer' | 'app2543' | 'peer2543', BytesReport>): Row[] {
  const rows: Row[] = [];
  const load = (kind: 'app' | 'peer', data: Dataset, condition: Condition, pick: (m: LoadMetrics) => number | null) =>
    median((results.loads[loadKey(kind, data, condition)] ?? []).map(pick).filter((x): x is number => x !== null));
  const gz = (b: BytesReport, part: 'firstPaint' | 'interactive' | 'fullMap' | 'ownCode') => kib(b[part].gzip);

  const B = 'Bytes (gzip -9)';
  // prettier-ignore
  rows.push(
    row(B, 'before first map paint', 'KiB', gz(bytes.app, 'firstPaint'), gz(bytes.peer, 'firstPaint'), BUDGETS.bytesFirstPaint),
    row(B, 'before the page answers input', 'KiB', gz(bytes.app, 'interactive'), gz(bytes.peer, 'interactive')),
    row(B, 'full map', 'KiB', gz(bytes.app, 'fullMap'), gz(bytes.peer, 'fullMap')),
    row(B, "app's own code (outside maplibre, d3, svelte)", 'KiB', gz(bytes.app, 'ownCode'), null, BUDGETS.ownCode),
    row(B, `before first map paint, ${ZONES} zones`, 'KiB', gz(bytes.app2543, 'firstPaint'), gz(bytes.peer2543, 'firstPaint')),
  );
  // The one-file offline copy (issue 17): what a presenter copies to a USB stick, and what it weighs as a download.
  const offline = fileBytes(join(sitePath('app'), 'atlas-offline.html'));
  rows.push(
    row('Bytes, one-file offline copy', 'atlas-offline.html as written', 'KiB', offline ? kib(offline.raw) : null),
    row('Bytes, one-file offline copy', 'atlas-offline.html gzip -9', 'KiB', offline ? kib(offline.gzip) : null),
  );

  const loadRows = (section: string, data: Dataset, condition: Condition) => {
    if (!results.loads[loadKey('app', data, condition)]) return;
    const slow = condition === 'slow4g';
    const app = (pick: (m: LoadMetrics) => number | null) => load('app', data, condition, pick);
    const peer = (pick: (m: LoadMetrics) => number | null) => load('peer', data, condition, pick);
    const render = peer((m) => m.firstMapPaint);
    // prettier-ignore
    rows.push(
      row(section, 'first map paint (SVG)', 'ms', app((m) => m.firstMapPaint), render, slow ? BUDGETS.firstPaintSlow4g : null),
      row(section, 'MapLibre idle with the data', 'ms', app((m) => m.mapIdle), render, slow ? BUDGETS.idleSlow4g : null),
      row(section, 'FCP (as presented)', 'ms', app((m) => m.fcp), peer((m) => m.fcp)),
      row(section, 'LCP', 'ms', app((m) => m.lcp), peer((m) => m.lcp), slow ? BUDGETS.lcpSlow4g : null),
      row(section, 'page answers input (app: hydrated or mounted; peer: rendered)', 'ms', app((m) => m.interactive), peer((m) => m.interactive)),
      row(section, 'total blocking time before the page answers input', 'ms', app((m) => m.tbtInteractive), peer((m) => m.tbtInteractive)),
      row(section, 'total blocking time up to MapLibre idle (peer: rendered)', 'ms', app((m) => m.tbt), peer((m) => m.tbt)),
    );
  };
  // The embed (issue 32): ?view=embed&zone=… at 375 px; ratios against the default view's load in the same run.
  for (const condition of ['unthrottled', 'slow4g'] as const) {
    const runs = results.embeds[condition];
    if (!runs?.length) continue;
    const E = `Embed ${EMBED_QUERY} at 375 px, ${condition === 'slow4g' ? 'Slow 4G + CPU ×4' : 'unthrottled'} (peer column: the default view, 1280 px)`;
    const m = (pick: (e: EmbedMetrics) => number | null) =>
      median(runs.map(pick).filter((x): x is number => x !== null));
    const home = (pick: (l: LoadMetrics) => number | null) => load('app', 'real', condition, pick);
    // prettier-ignore
    rows.push(
      row(E, 'bytes before a gesture (gzip on the wire)', 'KiB', m((e) => kib(e.bytesBeforeGesture)), home((l) => kib(l.transferBytes)), BUDGETS.embedBytes),
      row(E, 'MapLibre fetched before a gesture', 'count', m((e) => (e.maplibreBeforeGesture ? 1 : 0)), null, BUDGETS.zero),
      row(E, 'first map paint (SVG)', 'ms', m((e) => e.load.firstMapPaint), home((l) => l.firstMapPaint), condition === 'slow4g' ? BUDGETS.firstPaintSlow4g : null),
      row(E, 'page answers input', 'ms', m((e) => e.load.interactive), home((l) => l.interactive)),
      row(E, 'total blocking time before it answers input', 'ms', m((e) => e.load.tbtInteractive), home((l) => l.tbtInteractive)),
      row(E, 'first zoom → MapLibre drawn and in charge', 'ms', m((e) => e.maplibreAfterGesture), null),
      row(E, 'bytes after MapLibre took over', 'KiB', m((e) => kib(e.bytesAfterGesture)), null),
    );
  }
  // The other entries (issue 36): the peer column is the default view's load in the same run (ratio = entry ÷ default).
  for (const condition of ['unthrottled', 'slow4g'] as const) {
    if (!ENTRIES.some((e) => results.entries[e.name]?.[condition]?.length)) continue;
    const N = `Entries at 1280 px, ${condition === 'slow4g' ? 'Slow 4G + CPU ×4' : 'unthrottled'} (peer column: the default view; ECharts' first render ${Math.round(load('peer', 'real', condition, (l) => l.firstMapPaint) ?? NaN)} ms)`;
    const home = (pick: (l: LoadMetrics) => number | null) => load('app', 'real', condition, pick);
    for (const entry of ENTRIES) {
      const runs = results.entries[entry.name]?.[condition] ?? [];
      const m = (pick: (l: LoadMetrics) => number | null) =>
        median(runs.map(pick).filter((x): x is number => x !== null));
      // prettier-ignore
      rows.push(
        row(N, `${entry.name} (${entry.query}): first map paint`, 'ms', m((l) => l.firstMapPaint), home((l) => l.firstMapPaint), condition === 'slow4g' ? BUDGETS.firstPaintSlow4g : null),
        row(N, `${entry.name}: total blocking time before input`, 'ms', m((l) => l.tbtInteractive), home((l) => l.tbtInteractive)),
      );
    }
  }
  if (results.fileLoads.length)
    rows.push(
      row(
        'Your data, unthrottled',
        `load a ${FILE_ROWS.toLocaleString('en')}-row CSV (Data dialog → the map shows its zones)`,
        'ms',
        median(results.fileLoads),
        null,
      ),
    );
  loadRows('Load, 15 zones, unthrottled (peer: its first render)', 'real', 'unthrottled');
  loadRows('Load, 15 zones, Slow 4G + CPU ×4 (peer: its first render)', 'real', 'slow4g');
  loadRows(`Load, ${ZONES} zones, unthrottled (peer: its first render)`, 'synthetic', 'unthrottled');

  for (const data of ['real', 'synthetic'] as const) {
    const big = data === 'synthetic';
    const I = `Interactions, ${big ? ZONES : 15} zones, unthrottled`;
    const app = results.app[data];
    const filter = app.map((r) => r.filter);
    const peer = results.peer[data].map((r) => r.filter);
    const selection = app.map((r) => r.selection);
    const search = app.map((r) => r.search);
    // prettier-ignore
    rows.push(
      row(I, 'filter change: handler script', 'ms', medianOfRuns(filter, (t) => t.script), medianOfRuns(peer, (t) => t.script), big ? BUDGETS.filterHandler : null),
      row(I, 'filter change: click → next paint', 'ms', medianOfRuns(filter, (t) => t.paint), medianOfRuns(peer, (t) => t.paint)),
      row(I, 'filter change: click → map idle (peer: rendered)', 'ms', medianOfRuns(filter, (t) => t.idle), medianOfRuns(peer, (t) => t.rendered)),
      row(I, 'open filter drawer: click → paint', 'ms', median(app.map((r) => r.drawer.paint)), null, big ? BUDGETS.drawer : null),
      row(I, 'selection → panels rendered (click → paint)', 'ms', medianOfRuns(selection, (t) => t.paint), null, big ? BUDGETS.selection : null),
      row(I, 'selection: script', 'ms', medianOfRuns(selection, (t) => t.script)),
      row(I, 'search keystroke → results (paint)', 'ms', medianOfRuns(search, (t) => t.paint)),
      row(I, 'search keystroke: script', 'ms', medianOfRuns(search, (t) => t.script), null, big ? BUDGETS.searchScript : null),
    );
  }

  for (const data of ['synthetic', 'real'] as const) {
    const m = results.memory[data];
    if (!m) continue;
    const M = `Memory, ${data === 'synthetic' ? ZONES : 15} zones: per batch of ${m.selections} selections + ${m.filterChanges} filter changes, after forced GC`;
    // The heap budgets are for batches of 500; smaller batches are reported without them.
    const full = m.selections >= 500;
    const [base, b1, b2] = [m.baseline, m.batches[0], m.batches[1]];
    const delta = (
      a: MemorySnapshot | undefined,
      b: MemorySnapshot | undefined,
      key: 'heapUsed' | 'nodes' | 'listeners',
    ) => (a && b ? b[key] - a[key] : null);
    const heap = (a: MemorySnapshot | undefined, b: MemorySnapshot | undefined) => {
      const d = delta(a, b, 'heapUsed');
      return d === null ? null : mib(d);
    };
    rows.push(
      row(M, 'heap growth, batch 1', 'MiB', heap(base, b1), null, full ? BUDGETS.heapBatch1 : null),
      row(M, 'heap growth, batch 2', 'MiB', heap(b1, b2), null, full ? BUDGETS.heapBatch2 : null),
      row(M, 'DOM node delta, batch 1', 'count', delta(base, b1, 'nodes'), null, BUDGETS.zero),
      row(M, 'DOM node delta, batch 2', 'count', delta(b1, b2, 'nodes'), null, BUDGETS.zero),
      row(M, 'listener delta, batch 1', 'count', delta(base, b1, 'listeners'), null, BUDGETS.zero),
      row(M, 'listener delta, batch 2', 'count', delta(b1, b2, 'listeners'), null, BUDGETS.zero),
    );
  }
  return rows;
}

function zonesIn(site: SiteName): { zones: number; places: number } {
  const file = JSON.parse(readFileSync(join(sitePath(site), 'atlas-data/atlas.json'), 'utf8')) as {
    dataset: { places: { zones: unknown[] }[] };
  };
  const places = file.dataset.places;
  return { zones: places.reduce((n, p) => n + p.zones.length, 0), places: places.length };
}

async function main() {
  const started = new Date();
  if (!args['skip-build'] || !existsSync(sitePath('peer2543'))) buildSites(log);
  const bytes = {
    app: buildBytes(sitePath('app')),
    peer: buildBytes(sitePath('peer')),
    app2543: buildBytes(sitePath('app2543')),
    peer2543: buildBytes(sitePath('peer2543')),
  };
  const server = await serveStatic(SITE);
  const browser = await launch();
  const chromium = browser.version();
  log(`Chromium ${chromium}, serving ${SITE} at ${server.origin}`);
  try {
    const embedOnly = args['embed-only']!;
    for (let run = 1; run <= runs; run++) {
      log(`cold run ${run}/${runs}`);
      for (const data of embedOnly ? (['real'] as const) : (['real', 'synthetic'] as const))
        for (const kind of embedOnly ? (['app'] as const) : (['app', 'peer'] as const))
          await coldRun(browser, server.origin, kind, data, 'unthrottled', !embedOnly);
      await embedRun(browser, server.origin, 'unthrottled');
      if (!embedOnly) await entryRuns(browser, server.origin, 'unthrottled');
      if (!embedOnly) await fileLoadRun(browser, server.origin);
      if (!quick) {
        for (const kind of embedOnly ? (['app'] as const) : (['app', 'peer'] as const))
          await coldRun(browser, server.origin, kind, 'real', 'slow4g', false);
        await embedRun(browser, server.origin, 'slow4g');
        if (!embedOnly) await entryRuns(browser, server.origin, 'slow4g');
      }
    }
    for (const data of embedOnly ? [] : (['real', 'synthetic'] as const)) {
      const n = memoryN[data];
      log(`memory, ${data}: 2 batches of ${n} selections + ${n} filter changes`);
      await attempt(`memory ${data}`, async () => {
        const s = await openCold(browser, false);
        try {
          await coldLoad(s, `${server.origin}/${SITES[DATASETS[data].app]}/`, true);
          const memory = await appMemory(s, n);
          const { lastBatchRetained, ...rest } = memory;
          results.memory[data] = rest;
          const site = DATASETS[data].app;
          results.profiles[`memory still held after batch 2, ${data === 'synthetic' ? ZONES : 15} zones`] =
            summariseHeap(lastBatchRetained, `${server.origin}/${SITES[site]}/`, sitePath(site));
        } finally {
          await s.close();
        }
      });
    }
    if (profile && !embedOnly)
      for (const data of ['synthetic', 'real'] as const) {
        log(`CPU profiles, ${data}`);
        await profiles(browser, server.origin, data);
      }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const rows = tableRows(bytes);
  const renderers = [...new Set(Object.values(results.loads).flatMap((runs) => runs.map((m) => m.renderer)))];
  const renderer = renderers.join(' / ') || 'unknown';
  const report = {
    version: 1,
    date: started.toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium,
      webglRenderer: renderer,
    },
    settings: {
      runs,
      quick,
      interactionSamplesPerRun: samples,
      memoryIterationsPerBatch: memoryN,
      viewport: VIEWPORT,
      slow4g: SLOW_4G,
      serving:
        'Node http, text files gzip -9 precompressed (Content-Encoding: gzip), Cache-Control: no-store; cache disabled in DevTools; a new browser context per run',
    },
    data: { real: zonesIn('app'), synthetic: { ...zonesIn('app2543'), seed: 2018 } },
    table: rows,
    bytes,
    loads: results.loads,
    embeds: results.embeds,
    entries: results.entries,
    interactions: { app: results.app, peer: results.peer },
    memory: results.memory,
    profiles: results.profiles,
    errors: results.errors,
  };
  const dir = join(REPO, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = started
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `${stamp}.json`), json);
  writeFileSync(join(dir, 'latest.json'), json);

  console.log(
    `\nZone Reform Atlas benchmark — ${report.date}${quick ? ' (QUICK: 1 run, no Slow 4G; not for reporting)' : ''}`,
  );
  console.log(
    `${report.machine.cpu} × ${report.machine.cores}, Chromium ${report.machine.chromium}, WebGL: ${renderer}`,
  );
  console.log(`medians of ${runs} cold run(s); interactions: median of ${samples} samples per run\n`);
  console.log(args.markdown ? markdownTable(rows) : textTable(rows));
  const line = (f: ProfileSummary['top'][number], unit: string) =>
    `    ${f.value.toFixed(1).padStart(8)} ${unit.padEnd(3)} ${f.share.toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`;
  for (const [name, p] of Object.entries(results.profiles)) {
    const cpu = p.unit === 'ms';
    console.log(
      `\n${cpu ? 'CPU' : 'Heap'} profile: ${name} (${Math.round(p.total)} ${p.unit} ${cpu ? 'sampled' : 'live'})`,
    );
    console.log(cpu ? '  by self time:' : '  by allocating function:');
    p.top.slice(0, 6).forEach((f) => console.log(line(f, p.unit)));
    console.log('  by innermost app function on the stack (its own share plus the library and DOM work it calls):');
    p.byAppFunction.slice(0, 6).forEach((f) => console.log(line(f, p.unit)));
  }
  if (results.errors.length) console.log(`\n${results.errors.length} error(s):\n  ${results.errors.join('\n  ')}`);
  console.log(`\nreport: bench/results/${stamp}.json (and latest.json)`);
}

if (args.soak !== undefined) process.exit((await soak(Number(args.soak) || 10, log)) ? 0 : 1);
await main();
