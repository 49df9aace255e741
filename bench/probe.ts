// In-page probe for the benchmark, installed before any page script: paint and idle signals, LCP, long tasks, GL draws, timers.

/** Timings of one interaction, in ms from just before the synchronous click or input. */
export interface Timed {
  /** performance.now() at the start, for lining up other signals. */
  t0: number;
  /** The synchronous event dispatch (handlers). */
  sync: number;
  /** Handlers plus the microtasks they queue (Svelte 5 flushes its updates on a microtask). */
  script: number;
  /**
   * Until the frame that shows the change has been rendered: its animation-frame callbacks (MapLibre's drawing among
   * them), style and layout; raster runs off the main thread. Work an app defers until after that frame (a national
   * catalogue's list, map fading and matrix: src/lib/core/state/deferred.svelte.ts) is not in it, as the reader sees
   * the change before it.
   */
  paint: number;
  /** Whether the expected DOM change was there when the script part ended. */
  doneInScript: boolean;
}

export interface BenchProbe {
  lcp: number | null;
  longTasks: [start: number, duration: number][];
  /** WebGL draw and clear calls so far, and when the last one was made. */
  draws: number;
  lastDrawAt: number;
  /** After the first paint that shows the map: the SVG map with its zones (app) or the chart's first render (peer). */
  firstMapPaint: Promise<number>;
  /** When MapLibre has taken over after its first idle with the data (data-renderer="webgl"). */
  mapIdle: Promise<number>;
  afterPaint(): Promise<number>;
  timed(act: () => void, isDone: () => boolean): Promise<Timed>;
  /** Waits (frame by frame) for `cond`, up to `timeoutMs`; true when it held. */
  until(cond: () => boolean, timeoutMs: number): Promise<boolean>;
  /**
   * Waits until WebGL has drawn since `drawsBefore` and then stayed quiet for `quietFrames` frames: the end of the
   * render burst, i.e. when MapLibre goes idle. Returns the time of the burst's last draw call, or null on timeout.
   */
  glSettled(drawsBefore: number, quietFrames: number, timeoutMs: number): Promise<number | null>;
  webglRenderer(): string;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/** Installs window.__bench. Serialised into an init script, so it must not refer to anything outside itself. */
export function installProbe(): void {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  /** After the next frame has been painted: a task queued from inside requestAnimationFrame runs after the paint. */
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** In the next frame, after its earlier animation-frame callbacks, with its style and layout forced: when it is drawn. */
  const frameRendered = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        void document.body.getBoundingClientRect();
        resolve(performance.now());
      }),
    );

  let resolvePaint: (t: number) => void = () => {};
  let resolveIdle: (t: number) => void = () => {};
  const probe: BenchProbe = {
    lcp: null,
    longTasks: [],
    draws: 0,
    lastDrawAt: 0,
    firstMapPaint: new Promise<number>((r) => (resolvePaint = r)),
    mapIdle: new Promise<number>((r) => (resolveIdle = r)),
    afterPaint,
    async timed(act, isDone) {
      const t0 = performance.now();
      act();
      const sync = performance.now() - t0;
      for (let hops = 0; hops < 50 && !isDone(); hops++) await Promise.resolve();
      for (let hops = 0; hops < 5; hops++) await Promise.resolve();
      const script = performance.now() - t0;
      const doneInScript = isDone();
      if (!doneInScript) await probe.until(isDone, 30_000);
      const paint = (await frameRendered()) - t0;
      return { t0, sync, script, paint, doneInScript };
    },
    async until(cond, timeoutMs) {
      const end = performance.now() + timeoutMs;
      while (!cond()) {
        if (performance.now() > end) return false;
        await frame();
      }
      return true;
    },
    async glSettled(drawsBefore, quietFrames, timeoutMs) {
      const end = performance.now() + timeoutMs;
      let seen = probe.draws;
      let quiet = 0;
      while (performance.now() < end) {
        await frame();
        if (probe.draws !== seen) {
          seen = probe.draws;
          quiet = 0;
        } else if (seen > drawsBefore && ++quiet >= quietFrames) return probe.lastDrawAt;
      }
      return null;
    },
    webglRenderer() {
      const gl =
        document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return renderer;
    },
  };
  window.__bench = probe;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });

  type Draw = (this: unknown, ...args: unknown[]) => unknown;
  for (const ctor of [globalThis.WebGL2RenderingContext, globalThis.WebGLRenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype as unknown as Record<string, Draw | undefined>;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'clear']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        probe.draws += 1;
        probe.lastDrawAt = performance.now();
        return original.apply(this, args);
      };
    }
  }

  let painted = false;
  let idle = false;
  let peer = false;
  const observer = new MutationObserver(() => {
    if (!painted) {
      // The SVG map with its zones, as markers or (a national view) as clusters.
      // Not the prerendered default view that a visit it does not fit keeps hidden (data-client-render: a link, an
      // embed, English): that paint is the app's own, once it has mounted.
      const hidden = document.documentElement.hasAttribute('data-client-render');
      const svg = [...document.querySelectorAll('[data-testid="svg-map"] :is(circle.zone, g.cluster)')].find(
        (el) => !(hidden && el.closest('#app[data-prerendered]')),
      );
      peer = !!document.querySelector('[data-testid="peer-map"]:not([data-rendered="0"])');
      if (svg || peer) {
        painted = true;
        afterPaint().then(resolvePaint);
      }
    }
    if (!idle && document.querySelector('[data-renderer="webgl"]')) {
      idle = true;
      resolveIdle(performance.now());
    }
    if (painted && (idle || peer)) observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-renderer', 'data-rendered'],
  });
}

/** The init script: a shim for the `__name` helper that tsx adds to named functions, then the probe. */
export const PROBE_SCRIPT = `globalThis.__name ??= (f) => f;\n(${installProbe.toString()})();`;
