// Capturing every step's map for the deck: the presenter walks its own steps (cuts, no flights), waits for the map
// to rest, and takes each picture from the same renderer as the slide PNG; then it returns to the step it was on.
import { tick } from 'svelte';
import { captureMap, sizeOf } from './export-slide';
import type { DeckMap } from './deck';

/** How long one step's map may take to rest (MapLibre's `idle`) before it is taken as it is, ms. */
const REST_TIMEOUT = 8000;

export interface WalkOptions {
  /** Steps to capture, 1-based, in order. */
  steps: number;
  /** Shows step n (1-based). */
  goTo: (n: number) => void;
  /** The map stage showing the step. */
  stage: () => HTMLElement | null;
  /** Told before each step is captured (1-based). */
  onStep?: (n: number) => void;
  /** The sea's colour (CSS), laid under the map: the stage paints its sea as a background the capture leaves out. */
  sea: string;
}

/**
 * Shows each step in turn and captures its map as a PNG (`DeckMap`, the SVG map at twice its size). A step whose map
 * cannot be captured gives null; the walk goes on.
 */
export async function captureSteps(o: WalkOptions): Promise<(DeckMap | null)[]> {
  const out: (DeckMap | null)[] = [];
  for (let n = 1; n <= o.steps; n++) {
    o.onStep?.(n);
    o.goTo(n);
    const stage = o.stage();
    if (!stage) {
      out.push(null);
      continue;
    }
    await rest(stage);
    out.push(await picture(stage, o.sea));
  }
  return out;
}

/** Waits for the step's camera and drawing: Svelte's update, two frames, then MapLibre's `idle` if it draws. */
async function rest(stage: HTMLElement) {
  await tick();
  await frame();
  await frame();
  const gl = stage.querySelector<HTMLElement>('[data-testid="webgl-map"]');
  if (!gl) return;
  const start = performance.now();
  while (gl.dataset.state !== 'idle' && performance.now() - start < REST_TIMEOUT) await frame();
}

async function picture(stage: HTMLElement, sea: string): Promise<DeckMap | null> {
  try {
    const source = await captureMap(stage, 2);
    if (!source) return null;
    const { w, h } = sizeOf(source);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = sea;
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(source, 0, 0);
    return { data: canvas.toDataURL('image/png'), width: w, height: h };
  } catch {
    return null;
  }
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
