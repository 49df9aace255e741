// The map controller: the one way to move the camera (fit, centre, reset). The camera is a value; each command is
// also an event the live renderer answers with one move.
import { getContext, setContext } from 'svelte';
import { CAMERA, type CameraIntent } from './model';
import type { Bounds } from './geo/frame';

/**
 * Holds the camera the maps show (`camera`: a value, which a renderer starts from and the scene reads) and tells the
 * listening renderers each command as it is given, so repeating one (reset after the reader panned MapLibre) moves
 * the camera again. Reduced motion is applied here, once: `duration` is 0 ms.
 */
export class MapController {
  /** The camera the last command asked for; null until the map stage has its frame. */
  camera = $state.raw<CameraIntent | null>(null);
  // The listening renderers: told of each command, never read reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #listeners = new Set<(camera: CameraIntent) => void>();
  readonly #duration: number;
  /** While true, every move is a cut (0 ms): a walk through the steps to capture them (the deck). */
  instant = $state(false);
  /** The bounds "reset" fits: the data's frame, set by the map stage. */
  #frame: Bounds | null = null;

  constructor(reducedMotion: boolean) {
    this.#duration = reducedMotion ? 0 : CAMERA.duration;
  }

  /** ms for each move: CAMERA.duration, or 0 under `prefers-reduced-motion: reduce` or while `instant`. */
  get duration(): number {
    return this.instant ? 0 : this.#duration;
  }

  /** Sets the frame used by reset(); the first frame is also the first camera. */
  setFrame(frame: Bounds) {
    this.#frame = frame;
    if (!this.camera) this.reset();
  }

  /**
   * Calls `listener` with each camera commanded from now on (not the current one: start from `camera`).
   * Returns the function that stops it.
   */
  listen = (listener: (camera: CameraIntent) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Moves the camera to `camera`: the new value, and one event to each listener. */
  show(camera: CameraIntent) {
    this.camera = camera;
    for (const listener of this.#listeners) listener(camera);
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
