// Presenter state: the tour and its current step; a step selects its zone and focuses its city on the map.
import { getContext, setContext } from 'svelte';
import type { AppState, StepIndex } from '../../core/state/app.svelte';
import { stepOfZone, type TourStepView } from './tour';

export class PresenterState {
  readonly tour: readonly TourStepView[];
  readonly #app: AppState;
  /** The step on screen while presenting, else null. */
  current = $derived.by(() => (this.#app.url.view === 'present' ? (this.tour[this.#app.url.step - 1] ?? null) : null));

  constructor(app: AppState, tour: readonly TourStepView[]) {
    this.#app = app;
    this.tour = tour;
  }

  /** The step number (1-based) on screen. */
  get step(): number {
    return this.#app.url.step;
  }

  /**
   * Shows step n (clamped to 1…tour length): selects its zone (or none); a place step focuses its prefecture, whose
   * zones are drawn in front, and a compare step its zones. Clears hover and highlight, which belong to the previous step.
   */
  goToStep(n: number) {
    const app = this.#app;
    const step = Math.min(Math.max(1, Math.round(n)), this.tour.length);
    const s = this.tour[step - 1]!;
    app.url.step = step;
    app.session.highlight = null;
    app.session.hoveredId = null;
    app.url.zone = s.zone?.zone.id ?? null;
    app.session.focus =
      s.kind === 'place' && s.place
        ? { adcode: s.place.prefecture, zoneIds: s.place.zones.map((z) => z.id) }
        : s.kind === 'compare'
          ? { adcode: null, zoneIds: s.compare.map((z) => z.zone.id) }
          : null;
  }
}

/** The core's view of a tour: its length and where each zone is shown. */
export function stepIndex(tour: readonly TourStepView[]): StepIndex {
  return { count: tour.length, stepOfZone: (id) => stepOfZone(tour, id) };
}

const KEY = Symbol('presenter');

export function providePresenter(presenter: PresenterState): PresenterState {
  return setContext(KEY, presenter);
}

export function usePresenter(): PresenterState {
  return getContext<PresenterState>(KEY);
}
