// The URL as a view of the app state: pure toParams / fromParams (see ../shared/notes/url-contract.md).
import type { Lang } from '../i18n/messages';

export interface UrlState {
  zone: string | null;
  /** null: follow the browser's language. */
  lang: Lang | null;
}

export interface DroppedParam {
  param: string;
  value: string;
  reason: 'unknown-zone' | 'bad-lang';
}

export interface UrlContext {
  zoneIds: ReadonlySet<string>;
}

export const EMPTY_URL_STATE: UrlState = { zone: null, lang: null };

/** Reads the query string. Unknown parameters are ignored; malformed values are dropped and reported. */
export function fromParams(params: URLSearchParams, ctx: UrlContext): { state: UrlState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const state: UrlState = { ...EMPTY_URL_STATE };

  const zone = params.get('zone');
  if (zone !== null && zone !== '') {
    if (ctx.zoneIds.has(zone)) state.zone = zone;
    else dropped.push({ param: 'zone', value: zone, reason: 'unknown-zone' });
  }

  const lang = params.get('lang');
  if (lang !== null && lang !== '') {
    if (lang === 'zh' || lang === 'en') state.lang = lang;
    else dropped.push({ param: 'lang', value: lang, reason: 'bad-lang' });
  }
  return { state, dropped };
}

/** Writes the state; defaults (no zone, browser language) are left out so links stay short. */
export function toParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.zone) params.set('zone', state.zone);
  if (state.lang) params.set('lang', state.lang);
  return params;
}

/** Keeps parameters this version does not own (e.g. embed captions), replacing the ones it does. */
export function mergeIntoSearch(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of ['zone', 'lang']) params.delete(key);
  for (const [key, value] of toParams(state)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
