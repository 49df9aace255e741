// The URL as a view of the app state: pure toParams / fromParams (see ../shared/notes/url-contract.md).
import type { Lang } from '../i18n/lang';
import { EMPTY_FILTERS, FACETS, type Facet, type Filters } from './filters';
import { MAX_COMPARE } from '../data/rules';

/** The app's layouts besides the full app (null): the presenter view, its notes window, the compact embed, the scroll story. */
export type View = 'present' | 'notes' | 'embed' | 'story';

/** Views that tell the tour step by step (the presenter's slides, the scroll story): `step` belongs to them. */
export const TOUR_VIEWS: ReadonlySet<View | null> = new Set<View | null>(['present', 'story']);

export interface UrlState {
  zone: string | null;
  view: View | null;
  /** Tour step, 1-based (only with view=present or view=story). */
  step: number | null;
  /** null: follow the browser's language. */
  lang: Lang | null;
  filters: Filters;
  q: string;
  /** Same-origin URL of a user's zones file on screen; null: the built-in data. */
  data: string | null;
  /** Zones pinned for comparison, in pinning order, at most MAX_COMPARE; the compare view opens with two or more. */
  compare: string[];
}

export { MAX_COMPARE };

export interface DroppedParam {
  param: string;
  value: string;
}

export interface UrlContext {
  zoneIds: ReadonlySet<string>;
  /** The allowed values of each facet. */
  options: Record<Facet, ReadonlySet<string>>;
  years: readonly [number, number];
  /** How many steps the presenter tour has. */
  steps: number;
}

/** Parameters this version reads and writes; any other parameter is left alone. */
export const OWNED_PARAMS = [
  'zone',
  'view',
  'step',
  'lang',
  ...FACETS,
  'match',
  'from',
  'to',
  'q',
  'data',
  'compare',
] as const;

const MAX_Q = 80;

/** Reads the query string. Unknown parameters are ignored; malformed values are dropped and reported. */
export function fromParams(params: URLSearchParams, ctx: UrlContext): { state: UrlState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const drop = (param: string, value: string) => dropped.push({ param, value });
  const filters: Filters = { ...EMPTY_FILTERS };
  let zone: string | null = null;
  let lang: Lang | null = null;
  let view: View | null = null;
  let step: number | null = null;

  const z = params.get('zone');
  if (z) {
    if (ctx.zoneIds.has(z)) zone = z;
    else drop('zone', z);
  }
  const v = params.get('view');
  if (v) {
    if (v === 'present' || v === 'notes' || v === 'embed' || v === 'story') view = v;
    else drop('view', v);
  }
  const st = params.get('step');
  if (st) {
    const n = Number(st);
    if (TOUR_VIEWS.has(view) && /^\d{1,3}$/.test(st) && n >= 1 && n <= ctx.steps) step = n;
    else drop('step', st);
  }
  const l = params.get('lang');
  if (l) {
    if (l === 'zh' || l === 'en') lang = l;
    else drop('lang', l);
  }
  for (const facet of FACETS) {
    const raw = params.get(facet);
    if (!raw) continue;
    const values: string[] = [];
    for (const v of raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (ctx.options[facet].has(v)) {
        if (!values.includes(v)) values.push(v);
      } else drop(facet, v);
    }
    filters[facet] = values;
  }
  // `match` only means something with measures chosen; alone it is ignored quietly.
  const match = params.get('match');
  if (match && filters.measure.length) {
    if (match === 'any' || match === 'all') filters.match = match;
    else drop('match', match);
  }
  const year = (param: 'from' | 'to') => {
    const raw = params.get(param);
    if (!raw) return null;
    // Chat apps add their own `from` (WeChat: from=singlemessage, timeline, groupmessage): a value that is not a
    // number is theirs, not a year, and is ignored quietly.
    if (param === 'from' && !/^\d+$/.test(raw)) return null;
    const n = Number(raw);
    if (/^\d{4}$/.test(raw) && n >= ctx.years[0] && n <= ctx.years[1]) return n;
    drop(param, raw);
    return null;
  };
  filters.from = year('from');
  filters.to = year('to');
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    drop('to', String(filters.to));
    filters.to = null;
  }
  let q = params.get('q') ?? '';
  if (q.length > MAX_Q) {
    drop('q', `${q.slice(0, 20)}…`);
    q = '';
  }
  const data = params.get('data') || null;
  // compare=a,b: known zone ids, each once, at most MAX_COMPARE; unknown ids and extras are dropped and reported.
  const compare: string[] = [];
  for (const id of (params.get('compare') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!ctx.zoneIds.has(id) || compare.length >= MAX_COMPARE) drop('compare', id);
    else if (!compare.includes(id)) compare.push(id);
  }
  return { state: { zone, view, step, lang, filters, q, data, compare }, dropped };
}

/**
 * Writes the state; defaults (no zone, browser language, no filter, "any", step 1) are left out so links stay short.
 * In the tour's views (presenter, story) the step names the zone, so `zone` is not written.
 */
export function toParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (TOUR_VIEWS.has(state.view) && state.step && state.step > 1) params.set('step', String(state.step));
  if (state.zone && !TOUR_VIEWS.has(state.view)) params.set('zone', state.zone);
  for (const facet of FACETS) if (state.filters[facet].length) params.set(facet, state.filters[facet].join(','));
  if (state.filters.match === 'all' && state.filters.measure.length) params.set('match', 'all');
  if (state.filters.from !== null) params.set('from', String(state.filters.from));
  if (state.filters.to !== null) params.set('to', String(state.filters.to));
  if (state.q) params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  if (state.data) params.set('data', state.data);
  if (state.compare.length) params.set('compare', state.compare.join(','));
  return params;
}

/**
 * Parameters that chat apps, share sheets and trackers append (WeChat: from, isappinstalled, scene, clicktime,
 * enterid, nsukey, wxshare_count; UTM: utm_*; Alibaba: spm; Facebook: fbclid; Google: gclid, gbraid, wbraid;
 * Microsoft: msclkid; Baidu: bd_vid; share_*). They say nothing about the view: they are ignored without a notice and
 * left out of the links the app writes, so they do not spread when a reader copies the link on.
 */
export const FOREIGN_PARAM =
  /^(?:isappinstalled|scene|clicktime|enterid|nsukey|wxshare_count|from_?source|spm|fbclid|gclid|gbraid|wbraid|msclkid|bd_vid|utm_\w+|share_\w+)$/i;

/**
 * Keeps parameters this version does not own (e.g. embed captions), replacing the ones it does and dropping the
 * chat-app and tracker parameters (FOREIGN_PARAM).
 */
export function mergeIntoSearch(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of OWNED_PARAMS) params.delete(key);
  for (const key of [...params.keys()]) if (FOREIGN_PARAM.test(key)) params.delete(key);
  for (const [key, value] of toParams(state)) params.set(key, value);
  // Commas, slashes and colons are legal in a query value (RFC 3986 §3.4): left readable in shared links.
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/**
 * Whether going from one query string to another replaces the history entry rather than pushing one:
 * search keystrokes, steps within one presentation or story (Back then leaves the talk or the story, not one step),
 * and anything inside an embed (an iframe's entries would join the host page's history: the article's Back button
 * would undo the reader's picks before leaving the article).
 */
export function replacesEntry(a: string, b: string): boolean {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  if (pa.get('view') === 'embed' && pb.get('view') === 'embed') return true;
  const tour = (p: URLSearchParams) => TOUR_VIEWS.has(p.get('view') as View);
  const minor = tour(pa) && pa.get('view') === pb.get('view') ? ['q', 'step'] : ['q'];
  for (const key of minor) {
    pa.delete(key);
    pb.delete(key);
  }
  return pa.toString() === pb.toString();
}

/**
 * A link to share: `href` with the language on screen written in (`lang=zh|en`, the URL contract's), so a link copied
 * from the Chinese view opens in Chinese for a reader whose browser is English (issue 32). Other parameters are kept.
 */
export function shareLink(href: string, lang: 'zh' | 'en'): string {
  const url = new URL(href);
  url.searchParams.set('lang', lang);
  return url.toString().replace(/%2C/g, ',');
}
