// App state: the URL state, the session state and the dataset, with what follows from them (language, matches).
import { getContext, setContext } from 'svelte';
import type { Atlas, ZoneView } from '../data/atlas';
import { translate, type MessageKey } from '../i18n/messages';
import { browserLang, htmlLang, type Lang } from '../i18n/lang';
import { type Params } from '../i18n/format-message';

/** Messages that describe the data; each has a `…User` variant for a loaded file. */
export type DataMessage =
  | 'app.subtitle'
  | 'panel.overviewTitle'
  | 'panel.overviewIntro'
  | 'sources.intro'
  | 'present.overviewCaption'
  | 'embed.defaultSource';

/**
 * A sentence about the data: the built-in text, or — for a loaded file (`dataName`) — its `…User` variant naming the file,
 * its places and counts, so the header, overview, sources, tour and embed never speak of five reports the map does not show.
 */
export function describeData(atlas: Atlas, dataName: string | null, key: DataMessage, lang: Lang): string {
  const zones = atlas.zones.length;
  if (!dataName) return translate(lang, key, { places: atlas.data.places.length, zones });
  return translate(lang, `${key}User`, {
    file: dataName,
    count: zones,
    sources: atlas.data.sources.length,
    places: placeList(
      lang,
      atlas.data.places.map((p) => p.name[lang]),
    ),
  });
}

/** How many places a sentence names before it says "and n more". */
const LISTED_PLACES = 4;

/** 青岛、无锡和烟台 / Qingdao, Wuxi and Yantai (Intl.ListFormat); past four names, the rest are counted. */
export function placeList(lang: Lang, names: readonly string[]): string {
  const format = new Intl.ListFormat(lang === 'zh' ? 'zh-Hans' : 'en', { type: 'conjunction' });
  if (names.length <= LISTED_PLACES) return format.format(names);
  const list = names.slice(0, LISTED_PLACES - 1).join(lang === 'zh' ? '、' : ', ');
  return translate(lang, 'list.andMore', {
    list,
    count: lang === 'zh' ? names.length : names.length - LISTED_PLACES + 1,
  });
}
import { MAX_COMPARE, mergeIntoSearch, TOUR_VIEWS, type UrlState } from './url';
import { EMPTY_FILTERS, isEmpty, matches, fold, SearchIndex, type Facet, type Match, type PlaceHit } from './filters';
import { urlContextFor } from './url-context';
import { DEFER_FROM } from './deferred.svelte';
import { UrlStore } from './url-store.svelte';
import { SessionState, type Highlight } from './session.svelte';
import type { UrlContext } from './url';

/** Beyond this many zones the matrix shows a subset: a chart of thousands of columns helps no one and costs seconds. */
export const MATRIX_MAX = 40;

/** What the core needs to know of the presenter's tour (which lives in features/present). */
export interface StepIndex {
  /** How many steps the tour has. */
  count: number;
  /** The step (1-based) that shows this zone, or null. */
  stepOfZone(zoneId: string): number | null;
}

export class AppState {
  readonly atlas: Atlas;
  readonly url = new UrlStore();
  readonly session = new SessionState();
  readonly defaultLang: Lang;
  /** The URL's language, else the browser's (the one rule; the loading screen uses the same functions). */
  lang = $derived.by<Lang>(() => this.url.lang ?? this.defaultLang);
  selected = $derived.by(() => (this.url.zone ? (this.atlas.byId.get(this.url.zone) ?? null) : null));
  /** Zones that pass the filters and the search, in list order. */
  visible = $derived.by(() => {
    // One plain copy of the filters, so thousands of zone checks do not each read through the state proxy.
    const filters = $state.snapshot(this.url.filters);
    const q = fold(this.url.q);
    const index = q ? this.searchIndex : null;
    return this.atlas.zones.filter((z) => matches(z, filters) && (!index || index.matchesFolded(z, q)));
  });
  filtering = $derived.by(() => !isEmpty(this.url.filters) || this.url.q.trim() !== '');
  /**
   * What a tour step frames and fronts, only while presenting: a talk left by a link or by Back (not only by Esc) leaves
   * no step's focus behind to pull the map's camera (session.focus is the presenter's to set).
   */
  focus = $derived(TOUR_VIEWS.has(this.url.view) || this.url.view === 'embed' ? this.session.focus : null);
  /** Zones drawn at full strength on the map (null: all): the filtered ones, narrowed by a highlight. */
  highlightedIds = $derived.by((): readonly string[] | null => {
    // The tour shows every zone, with a place step's zones in front; filters return when the talk ends.
    if (TOUR_VIEWS.has(this.url.view)) return this.focus?.zoneIds ?? null;
    // An embed driven by its host page's story: the step's zones in front (embed.js, features/embed/host-steps.ts).
    if (this.focus) return this.focus.zoneIds;
    // Comparing: the compared zones stand out, whatever the filters.
    if (this.comparing) return this.compareZones.map((z) => z.zone.id);
    const visibleIds = this.visible.map((z) => z.zone.id);
    const highlight = this.session.highlight;
    if (highlight) {
      // A plain lookup built and read within this derivation: nothing observes it.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const shown = new Set(visibleIds);
      return highlight.ids.filter((id) => shown.has(id));
    }
    return this.filtering ? visibleIds : null;
  });
  /**
   * The zones the measures matrix compares: those the filters leave (all without filters) when they are up to
   * MATRIX_MAX; for more (a user's province, the national catalogue) the selected zone's place, else the first
   * MATRIX_MAX of them.
   */
  matrixZones = $derived.by(() => {
    // With filters on, the panels follow them: only the matching zones are compared.
    const base = this.filtering ? this.visible : this.atlas.zones;
    if (base.length <= MATRIX_MAX) return base;
    const place = this.selected?.place.id;
    return place ? base.filter((z) => z.place.id === place) : base.slice(0, MATRIX_MAX);
  });
  /** The zones pinned for comparison (URL `compare`), in pinning order; the compare view shows two or more. */
  compareZones = $derived(
    this.url.compare.map((id) => this.atlas.byId.get(id)).filter((z): z is ZoneView => z !== undefined),
  );
  /**
   * The compare view is on screen (side panel, embed) and the map shows the compared zones: two or more are pinned,
   * outside the presenter, and the reader has not selected a zone outside them (to pin it, say).
   */
  comparing = $derived(
    this.url.view !== 'present' &&
      this.compareZones.length >= 2 &&
      (this.url.zone === null || this.url.compare.includes(this.url.zone)),
  );
  readonly urlContext: UrlContext;
  readonly steps: StepIndex;
  /**
   * A national catalogue (DEFER_FROM zones or more): the heavy views — list, map fading, matrix, overview — follow the
   * filters and search one painted frame late (`Deferred`), so a keystroke or a tick is answered at once.
   */
  get deferViews(): boolean {
    return this.atlas.zones.length >= DEFER_FROM;
  }
  #searchIndex: SearchIndex | null = null;
  /** The dataset's search index, built on the first search (not while the page hydrates). */
  get searchIndex(): SearchIndex {
    return (this.#searchIndex ??= new SearchIndex(this.atlas.zones, this.atlas.search, this.regionNames));
  }
  /** The `data` URL parameter: the user's file on screen, when it came from a URL. */
  readonly dataUrl: string | null;
  /** The name of the user's file on screen, or null for the built-in data. */
  readonly dataName: string | null;

  /** Province and prefecture names by adcode, from the basemap. */
  readonly regionNames: ReadonlyMap<string, { zh: string; en: string }>;
  /** Cities and provinces the search text names, with their zone counts (filters.placeHits). */
  get placeHits(): PlaceHit[] {
    return this.searchIndex.placeHits(this.url.q, this.visible);
  }

  constructor(opts: {
    atlas: Atlas;
    languages: readonly string[];
    regionNames: ReadonlyMap<string, { zh: string; en: string }>;
    steps: StepIndex;
    dataUrl: string | null;
    dataName?: string | null;
  }) {
    this.atlas = opts.atlas;
    this.regionNames = opts.regionNames;
    this.defaultLang = browserLang(opts.languages);
    this.steps = opts.steps;
    this.dataUrl = opts.dataUrl;
    this.dataName = opts.dataName ?? null;
    this.urlContext = urlContextFor(opts.atlas, opts.steps.count);
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

  /** The notices on screen in the current language, for the props-only `ui/Notices.svelte`. */
  get noticeTexts(): { id: number; text: string }[] {
    return this.session.notices.map((n) => ({ id: n.id, text: this.t(n.key, n.params) }));
  }

  /** What a lazily loaded part says when its code cannot be fetched (`ui/LazyPart.svelte`'s labels). */
  get lazyLabels(): { failed: string; retry: string } {
    return { failed: this.t('lazy.failed'), retry: this.t('lazy.retry') };
  }

  /** A sentence about the data on screen (describeData), in the current language. */
  describeData(key: DataMessage): string {
    return describeData(this.atlas, this.dataName, key, this.lang);
  }

  /**
   * The credit line of an embed or story: the built-in articles' line; for a user's file, its sources as its own
   * source fields name them (publisher, else title; issue 32), never the file's name, which is the editor's business.
   */
  creditLine(): string {
    if (!this.dataName) return this.describeData('embed.defaultSource');
    const all = this.atlas.data.sources.map((s) => (s.publisher ?? s.title ?? s.description[this.lang]).trim());
    const names = all.filter((n, i) => n && all.indexOf(n) === i);
    if (!names.length) return this.describeData('embed.defaultSource');
    const SHOWN = 3;
    const format = new Intl.ListFormat(this.lang === 'zh' ? 'zh-Hans' : 'en', { type: 'conjunction' });
    if (names.length <= SHOWN) return this.t('embed.sourcesUser', { count: names.length, list: format.format(names) });
    return this.t('embed.sourcesUserMore', {
      count: names.length - SHOWN,
      list: names.slice(0, SHOWN).join(this.lang === 'zh' ? '、' : ', '),
    });
  }

  /** The label of a highlight in the current language (taxonomy label by id). */
  highlightLabel(h: Highlight): string {
    const list = h.kind === 'measure' ? this.atlas.data.taxonomy.measures : this.atlas.data.taxonomy.sectors;
    return list.find((c) => c.id === h.id)?.label[this.lang] ?? h.id;
  }

  /** Applies a query string (on load and on Back/Forward); bad values become notices. */
  applySearch(search: string) {
    const { step, dropped } = this.url.apply(search, this.urlContext);
    if (TOUR_VIEWS.has(this.url.view) && step === null)
      this.url.step = (this.url.zone ? this.steps.stepOfZone(this.url.zone) : null) ?? 1;
    // One notice however many values were dropped: a link with five bad values is one problem to the reader.
    const [first] = dropped;
    if (dropped.length === 1 && first)
      this.session.notify('notice.dropped', { param: first.param, value: first.value });
    else if (dropped.length > 1)
      this.session.notify('notice.droppedMany', {
        count: dropped.length,
        list: dropped.map((d) => `${d.param}=“${d.value}”`).join(this.lang === 'zh' ? '、' : ', '),
      });
  }

  get urlState(): UrlState {
    return this.url.snapshot(this.dataUrl);
  }

  /** Starts the tour at the selected zone's step, or at the beginning. */
  present() {
    const at = this.url.zone ? this.steps.stepOfZone(this.url.zone) : null;
    this.url.step = at ?? 1;
    this.url.view = 'present';
  }

  /** Leaves the tour; the zone on screen stays selected. */
  leavePresent() {
    this.url.view = null;
    this.session.focus = null;
  }

  select(id: string | null) {
    if (!this.session.highlight?.pinned) this.session.highlight = null;
    this.url.zone = id;
  }

  /** Chooses a place the search named: filters to it (replacing that facet's choice) and clears the search. */
  choosePlace(hit: PlaceHit) {
    this.url.filters = { ...this.url.filters, [hit.facet]: [hit.value] };
    this.url.q = '';
  }

  /** Pins a zone for comparison, or unpins it; a fifth is refused (MAX_COMPARE), returning false. */
  togglePin(id: string): boolean {
    const pins = this.url.compare;
    if (pins.includes(id)) this.url.compare = pins.filter((p) => p !== id);
    else if (pins.length >= MAX_COMPARE) return false;
    else this.url.compare = [...pins, id];
    return true;
  }

  clearCompare() {
    this.url.compare = [];
  }

  toggleOption(facet: Facet, value: string) {
    const current = this.url.filters[facet];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    // Without measures "all" means nothing: it goes back to the default with the last measure.
    const match = facet === 'measure' && !next.length ? 'any' : this.url.filters.match;
    this.url.filters = { ...this.url.filters, [facet]: next, match };
  }

  setMatch(match: Match) {
    this.url.filters = { ...this.url.filters, match };
  }

  setYears(from: number | null, to: number | null) {
    this.url.filters = { ...this.url.filters, from, to };
  }

  clearFilters() {
    this.url.filters = { ...EMPTY_FILTERS };
    this.url.q = '';
  }

  /** Previous / next zone in list order among those the filters leave, wrapping around. */
  neighbour(step: 1 | -1): string | null {
    const zones = this.visible.length ? this.visible : this.atlas.zones;
    if (!zones.length) return null;
    const i = this.url.zone ? zones.findIndex((z) => z.zone.id === this.url.zone) : -1;
    return zones[(i + step + zones.length) % zones.length]!.zone.id;
  }

  setLang(lang: Lang) {
    this.url.lang = lang === this.defaultLang ? null : lang;
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
