// Presenter state: the tour and its current step; a step selects its zone and focuses its city on the map.
import { getContext, setContext } from 'svelte';
import type { AppState, StepIndex } from '../../core/state/app.svelte';
import { stepOfZone, type TourStepView } from './tour';
import { TOUR_VIEWS } from '../../core/state/url';

export class PresenterState {
  readonly tour: readonly TourStepView[];
  readonly #app: AppState;
  /**
   * The step the paging below belongs to, its page on screen (1-based) and its number of pages: a step too long for
   * its card (a comparison on a 1280 × 720 projector) is shown in pages, and Next and Previous go through them before
   * the next step (issue 34). Kept with its step, so a step reached any other way (a link, Back) starts at page 1 of 1.
   * Not in the URL: a link opens a step at its first page.
   */
  #paging = $state({ step: 0, page: 1, pages: 1 });
  /** The page of the step on screen (1-based, within `pages`). */
  get page(): number {
    return this.#paging.step === this.step ? Math.min(this.#paging.page, this.#paging.pages) : 1;
  }
  /** How many pages the step on screen has, once its card is laid out (StepCompare); 1 until then. */
  get pages(): number {
    return this.#paging.step === this.step ? this.#paging.pages : 1;
  }
  /** The step on screen while presenting or telling the story, else null. */
  current = $derived.by(() =>
    TOUR_VIEWS.has(this.#app.url.view) ? (this.tour[this.#app.url.step - 1] ?? null) : null,
  );

  constructor(app: AppState, tour: readonly TourStepView[]) {
    this.#app = app;
    this.tour = tour;
  }

  /** The step number (1-based) on screen. */
  get step(): number {
    return this.#app.url.step;
  }

  /** Next: the step's next page, else the next step. */
  next() {
    if (this.page < this.pages) this.#paging = { ...this.#paging, page: this.page + 1 };
    else this.goToStep(this.step + 1);
  }

  /** Previous: the step's page before, else the step before, at its last page (known once it is laid out). */
  prev() {
    if (this.page > 1) this.#paging = { ...this.#paging, page: this.page - 1 };
    else if (this.step > 1) {
      this.goToStep(this.step - 1);
      this.#paging = { step: this.step, page: Number.MAX_SAFE_INTEGER, pages: 1 };
    }
  }

  /** The step's card says how many pages it needs (≥ 1); the page on screen stays within them. */
  setPages(n: number) {
    const pages = Math.max(1, n);
    const wanted = this.#paging.step === this.step ? this.#paging.page : 1;
    this.#paging = { step: this.step, page: Math.min(wanted, pages), pages };
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
