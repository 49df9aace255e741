// Browser scenarios of the benchmark (playwright-core, system Chromium): cold loads, interactions, memory and CPU profiles.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.ts';
import { PROBE_SCRIPT, type Timed } from './probe.ts';

/** Lighthouse's mobile "Slow 4G" (devtools throttling values) with its 4× CPU slowdown. */
export const SLOW_4G = { latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpuSlowdown: 4 };
export const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 180_000;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Bytes on the wire per request, from the DevTools network events. */
  transfers: Map<string, { url: string; bytes: number }>;
  errors: string[];
  close(): Promise<void>;
}

/** A new browser context (empty cache and storage), cache disabled, optionally throttled to Slow 4G and CPU ×4. */
export async function openCold(
  browser: Browser,
  throttled: boolean,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<Session> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    // A Chinese reader: the visit index.html's prerendered first view is for (src/lib/core/first-view.ts).
    locale: 'zh-CN',
    // Each run is a first visit; the service worker's precache download would only add noise after it.
    serviceWorkers: 'block',
  });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const transfers = new Map<string, { url: string; bytes: number }>();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  cdp.on('Network.requestWillBeSent', (e) => transfers.set(e.requestId, { url: e.request.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const t = transfers.get(e.requestId);
    if (t) t.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_4G.latencyMs,
      downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
      uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
  }
  return { context, page, cdp, transfers, errors, close: () => context.close() };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadMetrics {
  /**
   * ms from navigation start. App: the SVG map with its zones painted; peer: the chart's first render painted. "Painted"
   * is the main thread's paint of that frame (a task queued from requestAnimationFrame); the GPU process presents it
   * later, which with SwiftShader on a small VM can add hundreds of ms (compare fcp with fcpPaintTime).
   */
  firstMapPaint: number;
  /** App only: MapLibre's first idle with the data (it takes over from the SVG map then). */
  mapIdle: number | null;
  /** First contentful paint as presented (its startTime), and when the main thread painted it (paintTime). */
  fcp: number | null;
  fcpPaintTime: number | null;
  lcp: number | null;
  /** Total blocking time up to mapIdle (app) or the first render (peer): Σ (long task − 50 ms). */
  tbt: number;
  /**
   * App: when the page answers input (the `atlas:interactive` User Timing mark: the atlas hydrated or mounted, its
   * handlers attached); peer: its first render. ms from navigation start.
   */
  interactive: number | null;
  /** Total blocking time of the long tasks that start before `interactive`: what delays the page's first answer. */
  tbtInteractive: number | null;
  longTasks: number;
  /** Bytes on the wire by then (DevTools encodedDataLength; the dedicated worker's script is included when reported). */
  transferBytes: number;
  requests: number;
  /** When each resource's last byte arrived (Resource Timing responseEnd, ms from navigation start). */
  resources: { name: string; responseEnd: number }[];
  /** The WebGL renderer string of this run's browser (UNMASKED_RENDERER_WEBGL), read after the measurements. */
  renderer?: string;
}

/** Navigates a cold session to `url` and waits for the map: the first paint, then (app, `waitForIdle`) MapLibre's idle. */
export async function coldLoad(s: Session, url: string, waitForIdle: boolean): Promise<LoadMetrics> {
  await s.page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  const firstMapPaint = await withTimeout(
    s.page.evaluate(() => window.__bench.firstMapPaint),
    LOAD_TIMEOUT_MS,
    `first map paint of ${url}`,
  );
  const mapIdle = waitForIdle
    ? await withTimeout(
        s.page.evaluate(() => window.__bench.mapIdle),
        LOAD_TIMEOUT_MS,
        `MapLibre idle of ${url}`,
      )
    : null;
  const end = mapIdle ?? firstMapPaint;
  // Paint entries arrive when the frame is presented (late with SwiftShader): wait for FCP before reading them.
  await s.page.evaluate(() =>
    window.__bench.until(() => performance.getEntriesByName('first-contentful-paint').length > 0, 10_000),
  );
  const page = await s.page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0] as
      (PerformanceEntry & { paintTime?: number }) | undefined;
    return {
      fcp: fcp?.startTime ?? null,
      fcpPaintTime: fcp?.paintTime ?? null,
      lcp: window.__bench.lcp,
      longTasks: window.__bench.longTasks,
      interactive: performance.getEntriesByName('atlas:interactive')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((e) => ({
        name: e.name.replace(location.origin, ''),
        responseEnd: (e as PerformanceResourceTiming).responseEnd,
      })),
    };
  });
  const blocking = page.longTasks.filter(([start]) => start < end);
  // The peer answers once it has rendered; the app marks the moment (src/Atlas.svelte).
  const interactive = page.interactive ?? (waitForIdle ? null : firstMapPaint);
  const tbtOf = (tasks: [number, number][]) => tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  const transfers = [...s.transfers.values()];
  return {
    firstMapPaint,
    mapIdle,
    fcp: page.fcp,
    fcpPaintTime: page.fcpPaintTime,
    lcp: page.lcp,
    tbt: tbtOf(blocking),
    interactive,
    tbtInteractive: interactive === null ? null : tbtOf(page.longTasks.filter(([start]) => start < interactive)),
    longTasks: blocking.length,
    transferBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    requests: transfers.length,
    resources: page.resources,
  };
}

/** The WebGL renderer string (creating a context in SwiftShader takes a while, so call it after measuring). */
export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => window.__bench.webglRenderer());
}

/** Waits until the app's map is idle and WebGL has been quiet for a few frames. */
export async function settleApp(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const b = window.__bench;
    await b.until(
      () => document.querySelector('[data-testid="webgl-map"]')?.getAttribute('data-state') === 'idle',
      20_000,
    );
    await b.glSettled(-1, 5, 10_000);
  });
}

/** Selects the first zone of the list (the baseline for "Next"). */
export async function selectFirstZone(page: Page): Promise<Timed> {
  return page.evaluate(() => {
    const first = document.querySelector<HTMLButtonElement>('nav [data-testid="zone-item"]')!;
    const id = first.dataset.zone;
    return window.__bench.timed(
      () => first.click(),
      () => document.querySelector('[data-testid="zone-header"]')?.getAttribute('data-zone') === id,
    );
  });
}

/** "Next zone" in the zone header → the header and panels show the next zone. */
export async function selectNextZone(page: Page): Promise<Timed> {
  return page.evaluate(() => {
    const header = () => document.querySelector('[data-testid="zone-header"]');
    const before = header()?.getAttribute('data-zone');
    const next = header()!.querySelector<HTMLButtonElement>('[data-testid="zone-next"]')!;
    return window.__bench.timed(
      () => next.click(),
      () => !!header() && header()!.getAttribute('data-zone') !== before,
    );
  });
}

/** Sets the search box to `text` as one keystroke would (an input event) → the result list. */
export async function searchKeystroke(page: Page, text: string): Promise<Timed & { results: number }> {
  return page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    input.focus();
    const options = () => document.querySelectorAll('[role="listbox"] [role="option"]').length;
    return window.__bench
      .timed(
        () => {
          input.value = text;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1) }));
        },
        () => options() > 0,
      )
      .then((t) => ({ ...t, results: options() }));
  }, text);
}

export async function clearSearch(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    input.blur();
    await window.__bench.afterPaint();
  });
}

export async function openFilterDrawer(page: Page): Promise<Timed> {
  return page.evaluate(() =>
    window.__bench.timed(
      () => document.querySelector<HTMLButtonElement>('button[aria-controls="filter-panel"]')!.click(),
      () => !!document.querySelector('[data-testid="filter-panel"]'),
    ),
  );
}

/** Ticks or unticks the first enabled model checkbox; idle: until the map's render burst has ended (MapLibre idle). */
export async function toggleModelFilter(page: Page): Promise<Timed & { idle: number | null }> {
  return page.evaluate(async () => {
    const b = window.__bench;
    const count = () => document.querySelector('[data-testid="match-count"]')?.textContent ?? '';
    const box = document.querySelector<HTMLInputElement>(
      '[data-testid="filter-panel"] [data-facet="model"] input[type="checkbox"]:not(:disabled)',
    )!;
    const before = count();
    const draws = b.draws;
    const t = await b.timed(
      () => box.click(),
      () => count() !== before,
    );
    const last = await b.glSettled(draws, 5, 20_000);
    return { ...t, idle: last === null ? null : last - t.t0 };
  });
}

export const SEARCH_WORD = 'kai';

export interface AppInteractions {
  /** "Next zone" → the header and panels show the next zone. */
  selection: Timed[];
  /** One keystroke in the search box → the result list. */
  search: (Timed & { results: number })[];
  /** Opening the filter drawer (every facet computes its option counts). */
  drawer: Timed;
  /** Ticking or unticking a model checkbox (in turn). */
  filter: (Timed & { idle: number | null })[];
}

/** Selection, search and filter interactions on a loaded app page, `samples` of each, the map settled in between. */
export async function appInteractions(page: Page, samples: number): Promise<AppInteractions> {
  await settleApp(page);
  await selectFirstZone(page);
  const selection: Timed[] = [];
  for (let i = 0; i < samples; i++) {
    await settleApp(page);
    selection.push(await selectNextZone(page));
  }
  await settleApp(page);
  await page.keyboard.press('Escape');
  await settleApp(page);

  const search: AppInteractions['search'] = [];
  for (let r = 0; r < Math.max(1, Math.ceil(samples / SEARCH_WORD.length)); r++) {
    for (let i = 1; i <= SEARCH_WORD.length; i++) search.push(await searchKeystroke(page, SEARCH_WORD.slice(0, i)));
    await clearSearch(page);
    await settleApp(page);
  }

  const drawer = await openFilterDrawer(page);
  await settleApp(page);
  const filter: AppInteractions['filter'] = [];
  for (let i = 0; i < samples; i++) {
    filter.push(await toggleModelFilter(page));
    await settleApp(page);
  }
  return { selection, search, drawer, filter };
}

export interface PeerInteractions {
  /** Ticking or unticking a model checkbox; rendered: until the chart's next "finished" event has been painted. */
  filter: (Timed & { rendered: number })[];
}

export async function peerInteractions(page: Page, samples: number): Promise<PeerInteractions> {
  const filter: PeerInteractions['filter'] = [];
  for (let i = 0; i < samples; i++) {
    await page.evaluate(() => window.__bench.afterPaint());
    filter.push(
      await page.evaluate(async () => {
        const b = window.__bench;
        const map = document.querySelector<HTMLElement>('[data-testid="peer-map"]')!;
        const box = document.querySelector<HTMLInputElement>('[data-testid="peer-filter"] input:not(:disabled)')!;
        const before = map.dataset.rendered;
        const t = await b.timed(
          () => box.click(),
          () => true,
        );
        await b.until(() => map.dataset.rendered !== before, 20_000);
        const rendered = (await b.afterPaint()) - t.t0;
        return { ...t, rendered };
      }),
    );
  }
  return { filter };
}

export interface MemorySnapshot {
  /** V8 heap in use after forced garbage collection (Runtime.getHeapUsage), bytes. */
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
  /** Elements in the document by tag name, to see what a node delta is made of. */
  elements: Record<string, number>;
}

export interface MemoryResult {
  selections: number;
  filterChanges: number;
  baseline: MemorySnapshot;
  batches: MemorySnapshot[];
  /** Median click → painted of the selections and filter changes in the batches (a by-product), ms. */
  selectionPaintMedian: number;
  filterPaintMedian: number;
  /** Sampling heap profile over the last batch, taken after GC: what the batch allocated and is still alive. */
  lastBatchRetained: HeapSamplingProfile;
}

export interface HeapSamplingNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: HeapSamplingNode[];
}

export interface HeapSamplingProfile {
  head: HeapSamplingNode;
}

async function snapshot(s: Session): Promise<MemorySnapshot> {
  await settleApp(s.page);
  for (let i = 0; i < 3; i++) await s.cdp.send('HeapProfiler.collectGarbage');
  const heap = await s.cdp.send('Runtime.getHeapUsage');
  await s.cdp.send('Performance.enable');
  const { metrics } = await s.cdp.send('Performance.getMetrics');
  await s.cdp.send('Performance.disable');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const elements = await s.page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('*')) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
    return counts;
  });
  return {
    elements,
    heapUsed: heap.usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    documents: metric('Documents'),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Heap, DOM nodes and listeners after forced GC: at a baseline (first zone selected, filter drawer open), then after
 * each of `batches` batches of `n` selections (zone list clicks ending on the first zone again) and `n` filter changes
 * (one model checkbox ticked and unticked), so every batch ends in the baseline state.
 */
export async function appMemory(s: Session, count: number, batches = 2): Promise<MemoryResult> {
  const { page } = s;
  // An even number, so the checkbox ends each batch as it started.
  const n = count + (count % 2);
  await settleApp(page);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav [data-testid="zone-item"]')].map((b) => b.dataset.zone!),
  );
  // Cycle through m zones, m dividing n, so the last selection is the first zone again.
  let m = Math.min(ids.length, n);
  while (n % m) m--;
  const cycle = ids.slice(0, m);
  await page.evaluate(async (first) => {
    const b = window.__bench;
    document.querySelector<HTMLButtonElement>(`nav [data-testid="zone-item"][data-zone="${first}"]`)!.click();
    document.querySelector<HTMLButtonElement>('button[aria-controls="filter-panel"]')!.click();
    await b.afterPaint();
  }, cycle[0]!);
  const baseline = await snapshot(s);
  const out: MemorySnapshot[] = [];
  const selectionTimes: number[] = [];
  const filterTimes: number[] = [];
  let lastBatchRetained: HeapSamplingProfile | null = null;
  for (let batch = 0; batch < batches; batch++) {
    const last = batch === batches - 1;
    if (last) await s.cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    selectionTimes.push(
      ...(await page.evaluate(
        async ({ cycle, n }) => {
          const b = window.__bench;
          const times: number[] = [];
          for (let i = 1; i <= n; i++) {
            const id = cycle[i % cycle.length]!;
            const button = document.querySelector<HTMLButtonElement>(
              `nav [data-testid="zone-item"][data-zone="${id}"]`,
            )!;
            const t = await b.timed(
              () => button.click(),
              () => document.querySelector('[data-testid="zone-header"]')?.getAttribute('data-zone') === id,
            );
            times.push(t.paint);
          }
          return times;
        },
        { cycle, n },
      )),
    );
    await settleApp(page);
    filterTimes.push(
      ...(await page.evaluate(async (n) => {
        const b = window.__bench;
        const count = () => document.querySelector('[data-testid="match-count"]')?.textContent ?? '';
        const box = document.querySelector<HTMLInputElement>(
          '[data-testid="filter-panel"] [data-facet="model"] input[type="checkbox"]:not(:disabled)',
        )!;
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const before = count();
          const t = await b.timed(
            () => box.click(),
            () => count() !== before,
          );
          times.push(t.paint);
        }
        return times;
      }, n)),
    );
    out.push(await snapshot(s));
    if (last) {
      const { profile } = await s.cdp.send('HeapProfiler.getSamplingProfile');
      await s.cdp.send('HeapProfiler.stopSampling');
      lastBatchRetained = profile as HeapSamplingProfile;
    }
  }
  return {
    selections: n,
    filterChanges: n,
    baseline,
    batches: out,
    selectionPaintMedian: median(selectionTimes),
    filterPaintMedian: median(filterTimes),
    lastBatchRetained: lastBatchRetained!,
  };
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Records a sampling CPU profile of the page's main thread while `action` runs. */
export async function cpuProfile(s: Session, action: () => Promise<void>): Promise<CpuProfile> {
  await s.cdp.send('Profiler.enable');
  await s.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await s.cdp.send('Profiler.start');
  await action();
  const { profile } = await s.cdp.send('Profiler.stop');
  await s.cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

/** An embed at a phone's width (issue 32): `?view=embed&zone=…` in a 375 × 740 frame, as a reader of an article. */
export const EMBED_VIEWPORT = { width: 375, height: 740 };

/** What an embed costs its reader before and after the first pan or zoom (issue 32: MapLibre on first gesture). */
export interface EmbedMetrics {
  load: LoadMetrics;
  /** Bytes on the wire once the embed has painted and answers input, before any gesture. */
  bytesBeforeGesture: number;
  /** Whether any MapLibre code was fetched before the gesture (it must not be). */
  maplibreBeforeGesture: boolean;
  /** From the first gesture (a zoom key on the map) until MapLibre has drawn and taken over, ms. */
  maplibreAfterGesture: number | null;
  /** Bytes on the wire after MapLibre took over. */
  bytesAfterGesture: number;
}

/** A cold load of an embed, then the reader's first zoom: what it fetched before and how long MapLibre took after. */
export async function embedLoad(s: Session, url: string): Promise<EmbedMetrics> {
  const load = await coldLoad(s, url, false);
  // Whatever the embed fetches on its own after it answers input (late parts) counts as before the gesture.
  await s.page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
  const bytes = () => [...s.transfers.values()].reduce((sum, t) => sum + t.bytes, 0);
  const bytesBeforeGesture = bytes();
  const maplibreBeforeGesture = [...s.transfers.values()].some((t) => /maplibre|MapLibreMap/i.test(t.url));
  const maplibreAfterGesture = await s.page.evaluate(async () => {
    const stage = document.querySelector<HTMLElement>('.map-stage')!;
    const t0 = performance.now();
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: '=', bubbles: true }));
    const ok = await window.__bench.until(() => stage.dataset.renderer === 'webgl', 180_000);
    return ok ? performance.now() - t0 : null;
  });
  return { load, bytesBeforeGesture, maplibreBeforeGesture, maplibreAfterGesture, bytesAfterGesture: bytes() };
}
