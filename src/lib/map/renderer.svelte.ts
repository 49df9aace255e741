// Which renderer a map stage shows: SVG first, MapLibre once it has loaded and drawn, SVG again if WebGL is lost.
import type { Component } from 'svelte';
import { hasWebGL2 } from './webgl';

/** Why the SVG map is the map: no WebGL, a lost context, or MapLibre failed to start (each says so in the notes). */
export type Fallback = 'none' | 'no-webgl' | 'lost' | 'failed';

/** The longest wait (ms) for an idle moment before MapLibre starts anyway. */
const WEBGL_IDLE_TIMEOUT = 2000;
/** How near the viewport (px, CSS margin) a deferred map starts MapLibre. */
const NEAR_VIEWPORT = '300px';
/** How far (px) a pressed pointer moves before it is a drag (a pan), not a click on a zone. */
const DRAG_PX = 6;

/**
 * When MapLibre starts: after the first paint (`idle`, the full app), once the map nears the viewport (`visible`), or
 * at the reader's first pan or zoom on the map (`gesture`, embeds: issue 32 — most readers of an article never move
 * the map, and the SVG map answers clicks and draws every zone; MapLibre's ~250 KiB gzip loads only for those who do).
 */
export type StartOn = 'idle' | 'visible' | 'gesture';

/**
 * Calls `start` once at the first pan or zoom gesture on `el`: a pointer drag, a Ctrl/⌘ + wheel (the cooperative
 * zoom), a two-finger touch, a double click, or +, −, = or an arrow key while the map has the focus. A plain wheel
 * or a one-finger swipe scroll the page and are not gestures. Returns the canceller.
 */
export function onFirstGesture(el: HTMLElement, start: () => void): () => void {
  let down: { x: number; y: number } | null = null;
  const fire = () => {
    stop();
    start();
  };
  const handlers: [string, (e: Event) => void][] = [
    ['pointerdown', (e) => ((e as PointerEvent).pointerType === 'mouse' ? (down = pointAt(e as PointerEvent)) : null)],
    ['pointerup', () => (down = null)],
    [
      'pointermove',
      (e) => {
        const p = pointAt(e as PointerEvent);
        if (down && Math.hypot(p.x - down.x, p.y - down.y) >= DRAG_PX) fire();
      },
    ],
    ['wheel', (e) => ((e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey ? fire() : null)],
    ['touchstart', (e) => ((e as TouchEvent).touches.length >= 2 ? fire() : null)],
    ['dblclick', fire],
    ['keydown', (e) => (/^(\+|-|=|Arrow(Up|Down|Left|Right))$/.test((e as KeyboardEvent).key) ? fire() : null)],
  ];
  for (const [type, h] of handlers) el.addEventListener(type, h, { passive: true });
  function stop() {
    for (const [type, h] of handlers) el.removeEventListener(type, h);
  }
  return stop;
}

const pointAt = (e: PointerEvent) => ({ x: e.clientX, y: e.clientY });

/**
 * Runs `start` once the frame showing the SVG map is painted and the main thread is idle (requestIdleCallback,
 * at most WEBGL_IDLE_TIMEOUT ms later): parsing MapLibre (~1 MB) and compiling its shaders must hold back neither
 * the first paint nor the page's first answer to input (issue 20, docs/performance.md). Returns the canceller.
 */
function afterFirstPaint(start: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: WEBGL_IDLE_TIMEOUT });
    else timer = setTimeout(start, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/** The renderer's lifecycle of one map stage (each stage has its own: the presenter's starts on SVG). */
export class RendererLifecycle {
  /** MapLibre's component once its code has loaded; null before, and after giving up. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lazily loaded component's props are checked where it is defined
  webgl = $state<Component<any> | null>(null);
  fallback = $state<Fallback>('none');
  /**
   * Where MapLibre is, published on the stage as `data-maplibre` for tests and the bench to wait on: `deferred` (not
   * asked for yet: waiting for idle time, for the map to near the viewport or for the reader's first gesture), `loading`, `ready` (drawn, idle), `off`
   * (no WebGL, the one-file copy, or given up).
   */
  maplibre = $state<'deferred' | 'loading' | 'ready' | 'off'>('deferred');
  /** The map on screen: SVG until MapLibre is idle, and again after a lost context. */
  renderer = $state<'svg' | 'webgl'>('svg');

  /**
   * Starts loading MapLibre as `on` says (StartOn). The one-file offline copy carries no MapLibre (docs/offline.md): its
   * SVG map is the map, with no fallback note. Returns the canceller (an effect's teardown).
   */
  start(stage: HTMLElement | undefined, on: StartOn): (() => void) | undefined {
    if (import.meta.env.MODE === 'offline-file') {
      this.maplibre = 'off';
      return;
    }
    if (on === 'gesture') return stage ? onFirstGesture(stage, this.#load) : undefined;
    if (on === 'idle' || typeof IntersectionObserver !== 'function') return afterFirstPaint(this.#load);
    if (!stage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        this.#load();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(stage);
    return () => observer.disconnect();
  }

  /** MapLibre has drawn the data and is idle: it becomes the map (the SVG map is unmounted). */
  ready() {
    this.renderer = 'webgl';
    this.maplibre = 'ready';
  }

  /** WebGL was lost or MapLibre failed: the SVG map comes back from the same model, and says why. */
  giveUp(reason: 'lost' | 'failed') {
    this.renderer = 'svg';
    this.webgl = null;
    this.#off(reason);
  }

  #off(reason: Fallback) {
    this.fallback = reason;
    this.maplibre = 'off';
  }

  #load = () => {
    // Asked here, when MapLibre is wanted, not as the stage mounts: a trial WebGL2 context costs 5–90 ms (90 under
    // SwiftShader, the bench's), which sat in the hydration's task before the page could answer input.
    if (!hasWebGL2()) return void this.#off('no-webgl');
    this.maplibre = 'loading';
    return import('./MapLibreMap.svelte').then((m) => (this.webgl = m.default)).catch(() => this.#off('no-webgl'));
  };
}
