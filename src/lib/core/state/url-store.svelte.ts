// The URL state as runes: every value the query string carries, and nothing else (see url.ts and url-contract.md).
import type { Lang } from '../i18n/lang';
import { EMPTY_FILTERS, type Filters } from './filters';
import { fromParams, TOUR_VIEWS, type DroppedParam, type UrlContext, type UrlState, type View } from './url';

/**
 * The one source of the URL's values. `data` is owned by the data source (it names the file on screen), so it is
 * passed in by `snapshot` rather than held here.
 */
export class UrlStore {
  zone = $state<string | null>(null);
  /** The layout: the full app (null), the presenter, its notes window or the embed. */
  view = $state<View | null>(null);
  /** Presenter step, 1-based; written to the URL only with view=present. */
  step = $state(1);
  /** null: follow the browser's language. */
  lang = $state<Lang | null>(null);
  filters = $state<Filters>({ ...EMPTY_FILTERS });
  /** Search text, as typed. */
  q = $state('');
  /** Zones pinned for comparison (url.ts: MAX_COMPARE). */
  compare = $state<string[]>([]);

  /** Reads a query string; returns the malformed values it dropped. `step` stays null when the URL has none. */
  apply(search: string, ctx: UrlContext): { step: number | null; dropped: DroppedParam[] } {
    // Plain (non-reactive) values: they are read once here and never observed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const { state, dropped } = fromParams(new URLSearchParams(search), ctx);
    this.zone = state.zone;
    this.view = state.view;
    this.lang = state.lang;
    this.filters = state.filters;
    this.q = state.q;
    this.compare = state.compare;
    if (state.step !== null) this.step = state.step;
    return { step: state.step, dropped };
  }

  /** The plain values, as url.ts writes them. */
  snapshot(data: string | null): UrlState {
    return {
      zone: this.zone,
      view: this.view,
      step: TOUR_VIEWS.has(this.view) ? this.step : null,
      lang: this.lang,
      filters: this.filters,
      q: this.q.trim(),
      data,
      compare: this.compare,
    };
  }
}
