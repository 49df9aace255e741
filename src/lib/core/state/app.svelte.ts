// App state: language, selection, hover, renderer and notices as runes, kept in step with the URL.
import { getContext, setContext } from 'svelte';
import type { Atlas } from '../data/atlas';
import { browserLang, htmlLang, translate, type Lang, type MessageKey, type Params } from '../i18n/messages';
import { fromParams, mergeIntoSearch, type UrlContext, type UrlState, type View } from './url';
import { buildTour, stepOfZone, type TourStepView } from '../../features/present/tour';
import { EMPTY_FILTERS, isEmpty, matches, matchesQuery, type Facet, type Filters, type Match } from './filters';
import { urlContextFor } from './url-context';

export interface Notice {
  id: number;
  key: MessageKey;
  params: Params;
}

export type Renderer = 'svg' | 'webgl';

export interface Highlight {
  label: string;
  ids: string[];
  /** Kept after the pointer or focus leaves (set by Enter or a click). */
  pinned: boolean;
}

/** Beyond this many zones the matrix shows a subset: a chart of thousands of columns helps no one and costs seconds. */
export const MATRIX_MAX = 40;

export class AppState {
  readonly atlas: Atlas;
  /** The language the URL asks for; null follows the browser. */
  urlLang = $state<Lang | null>(null);
  readonly defaultLang: Lang;
  lang = $derived.by<Lang>(() => this.urlLang ?? this.defaultLang);
  selectedId = $state<string | null>(null);
  /** The layout: the full app (null), the presenter view or the embed. */
  view = $state<View | null>(null);
  /** The presenter tour's current step (1-based); meaningful while presenting. */
  step = $state(1);
  readonly tour: TourStepView[];
  /** The step on screen while presenting, else null. */
  currentStep = $derived.by(() => (this.view === 'present' ? (this.tour[this.step - 1] ?? null) : null));
  /** A place step frames this prefecture (adcode) on the map. */
  focusAdcode = $derived.by(() => (this.currentStep?.kind === 'place' ? this.currentStep.place!.prefecture : null));
  hoveredId = $state<string | null>(null);
  renderer = $state<Renderer>('svg');
  notices = $state<Notice[]>([]);
  /** Zones to emphasise on the map (a measure row or an industry being explored); the rest fade. */
  highlight = $state<Highlight | null>(null);
  /** Bumped to ask the map to frame the five cities again. */
  resetCount = $state(0);
  selected = $derived.by(() => (this.selectedId ? (this.atlas.byId.get(this.selectedId) ?? null) : null));
  filters = $state<Filters>({ ...EMPTY_FILTERS });
  /** Search text: finds zones by Chinese name, English name or pinyin. */
  query = $state('');
  /** Zones that pass the filters and the search, in list order. */
  visible = $derived.by(() => {
    // One plain copy of the filters, so thousands of zone checks do not each read through the state proxy.
    const filters = $state.snapshot(this.filters);
    return this.atlas.zones.filter(
      (z) => matches(z, filters) && matchesQuery(z, this.query, this.atlas.search.get(z.zone.id)),
    );
  });
  filtering = $derived.by(() => !isEmpty(this.filters) || this.query.trim() !== '');
  /** Zones drawn at full strength on the map (null: all): the filtered ones, narrowed by a highlight. */
  emphasis = $derived.by(() => {
    // The tour shows every zone, with a place step's zones in front; filters return when the talk ends.
    if (this.view === 'present') {
      const place = this.currentStep?.kind === 'place' ? this.currentStep.place : null;
      return place ? place.zones.map((z) => z.id) : null;
    }
    const visibleIds = this.visible.map((z) => z.zone.id);
    if (this.highlight) {
      const shown = Object.fromEntries(visibleIds.map((id) => [id, true]));
      return this.highlight.ids.filter((id) => shown[id]);
    }
    return this.filtering ? visibleIds : null;
  });
  /**
   * The zones the measures matrix compares: all of them for a dataset of up to MATRIX_MAX zones; for bigger ones
   * (a user's province, the national catalogue) the selected zone's place, else the first zones the filters leave.
   */
  matrixZones = $derived.by(() => {
    if (this.atlas.zones.length <= MATRIX_MAX) return this.atlas.zones;
    const place = this.selected?.place.id;
    return place ? this.atlas.zones.filter((z) => z.place.id === place) : this.visible.slice(0, MATRIX_MAX);
  });
  readonly urlContext: UrlContext;
  #noticeId = 0;

  /** Province and prefecture names by adcode, from the basemap. */
  readonly regionNames: ReadonlyMap<string, { zh: string; en: string }>;

  constructor(
    atlas: Atlas,
    languages: readonly string[],
    regionNames: ReadonlyMap<string, { zh: string; en: string }>,
  ) {
    this.atlas = atlas;
    this.regionNames = regionNames;
    this.defaultLang = browserLang(languages);
    this.tour = buildTour(atlas, {
      zh: translate('zh', 'present.overviewCaption'),
      en: translate('en', 'present.overviewCaption'),
    });
    this.urlContext = urlContextFor(atlas, this.tour.length);
  }

  regionName(adcode: string): string {
    return this.regionNames.get(adcode)?.[this.lang] ?? adcode;
  }

  /** District names exist in Chinese only: English shows none rather than mixing scripts. */
  districtName(adcode: string): string | null {
    const names = this.regionNames.get(adcode);
    if (!names) return null;
    return this.lang === 'en' && names.en === names.zh ? null : names[this.lang];
  }

  t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);

  notify(key: MessageKey, params: Params = {}) {
    this.notices.push({ id: ++this.#noticeId, key, params });
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Applies a query string (on load and on Back/Forward); bad values become notices. */
  applySearch(search: string) {
    // Plain (non-reactive) values: they are read once here and never observed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const params = new URLSearchParams(search);
    const { state, dropped } = fromParams(params, this.urlContext);
    this.selectedId = state.zone;
    this.view = state.view;
    if (state.view === 'present')
      this.goToStep(state.step ?? (state.zone ? stepOfZone(this.tour, state.zone) : null) ?? 1);
    this.urlLang = state.lang;
    this.filters = state.filters;
    this.query = state.q;
    for (const d of dropped) this.notify('notice.dropped', { param: d.param, value: d.value });
  }

  get urlState(): UrlState {
    return {
      zone: this.selectedId,
      view: this.view,
      step: this.view === 'present' ? this.step : null,
      lang: this.urlLang,
      filters: this.filters,
      q: this.query.trim(),
    };
  }

  /** Starts the tour at the selected zone's step, or at the beginning. */
  present() {
    const at = this.selectedId ? stepOfZone(this.tour, this.selectedId) : null;
    this.view = 'present';
    this.goToStep(at ?? 1);
  }

  /** Leaves the tour; the zone on screen stays selected. */
  leavePresent() {
    this.view = null;
  }

  /** Shows a tour step: selects its zone (or none) and, for the overview, frames the five places again. */
  goToStep(n: number) {
    const step = Math.min(Math.max(1, Math.round(n)), this.tour.length);
    const view = this.tour[step - 1]!;
    this.step = step;
    this.highlight = null;
    this.hoveredId = null;
    this.selectedId = view.zone?.zone.id ?? null;
    if (view.kind === 'overview') this.resetCount++;
  }

  select(id: string | null) {
    if (!this.highlight?.pinned) this.highlight = null;
    this.selectedId = id;
  }

  /** Shows a highlight while hovering or focusing; a pinned one stays until cleared or replaced. */
  previewHighlight(label: string, ids: string[]) {
    if (!this.highlight?.pinned) this.highlight = { label, ids, pinned: false };
  }

  endPreview() {
    if (this.highlight && !this.highlight.pinned) this.highlight = null;
  }

  togglePinnedHighlight(label: string, ids: string[]) {
    this.highlight = this.highlight?.pinned && this.highlight.label === label ? null : { label, ids, pinned: true };
  }

  toggleOption(facet: Facet, value: string) {
    const current = this.filters[facet];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.filters = { ...this.filters, [facet]: next };
  }

  setMatch(match: Match) {
    this.filters = { ...this.filters, match };
  }

  setYears(from: number | null, to: number | null) {
    this.filters = { ...this.filters, from, to };
  }

  clearFilters() {
    this.filters = { ...EMPTY_FILTERS };
    this.query = '';
  }

  /** Previous / next zone in list order among those the filters leave, wrapping around. */
  neighbour(step: 1 | -1): string | null {
    const zones = this.visible.length ? this.visible : this.atlas.zones;
    if (!zones.length) return null;
    const i = this.selectedId ? zones.findIndex((z) => z.zone.id === this.selectedId) : -1;
    return zones[(i + step + zones.length) % zones.length]!.zone.id;
  }

  setLang(lang: Lang) {
    this.urlLang = lang === this.defaultLang ? null : lang;
  }

  searchFor(currentSearch: string): string {
    return mergeIntoSearch(currentSearch, this.urlState);
  }

  get htmlLang(): string {
    return htmlLang[this.lang];
  }
}

const KEY = Symbol('app-state');

export function provideAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  return getContext<AppState>(KEY);
}
