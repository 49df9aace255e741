// The map controller: the one way to move the camera (fit, centre, reset); both renderers follow its intent.
import { getContext, setContext } from 'svelte';
import { CAMERA, type CameraIntent } from './model';
import type { Bounds } from './geo/frame';

/**
 * Holds the camera intent the renderers show. Each command makes a new intent object, so repeating a command (reset
 * after the reader panned MapLibre) moves the camera again. Reduced motion is applied here, once: `duration` is 0 ms.
 */
export class MapController {
  /** The latest intent; null until the map stage has its frame. */
  intent = $state.raw<CameraIntent | null>(null);
  /** ms for each move: CAMERA.duration, or 0 under `prefers-reduced-motion: reduce`. */
  readonly duration: number;
  /** The bounds "reset" fits: the data's frame, set by the map stage. */
  #frame: Bounds | null = null;

  constructor(reducedMotion: boolean) {
    this.duration = reducedMotion ? 0 : CAMERA.duration;
  }

  /** Sets the frame used by reset(); the first frame is also the first camera. */
  setFrame(frame: Bounds) {
    this.#frame = frame;
    if (!this.intent) this.reset();
  }

  show(intent: CameraIntent) {
    this.intent = intent;
  }

  /** Fits bounds ([[west, south], [east, north]], degrees), never closer than CAMERA.fitMaxZoom. */
  fit(bounds: Bounds) {
    this.show({ kind: 'fit', bounds, maxZoom: CAMERA.fitMaxZoom });
  }

  /** Centres [lng, lat] (degrees) at a Web Mercator zoom. */
  centerOn(center: [number, number], zoom: number = CAMERA.selectZoom) {
    this.show({ kind: 'center', center, zoom });
  }

  /** Frames the whole dataset again. */
  reset() {
    if (this.#frame) this.fit(this.#frame);
  }
}

const KEY = Symbol('map-controller');

export function provideMapController(controller: MapController): MapController {
  return setContext(KEY, controller);
}

export function useMapController(): MapController {
  return getContext<MapController>(KEY);
}
