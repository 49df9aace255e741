// The prerendered first view (issue 20): which visits it fits, and the size its SVG map is drawn at.
import { getContext, setContext } from 'svelte';

/**
 * The map stage the prerendered SVG map is drawn for: its size (px) and its overlays' boxes (px from the stage's top
 * left: the open legend, the attribution), in each language, in a 1280 × 800 window (the bench's viewport, a common laptop), as the app
 * measures them there (a browser test holds them to it). The SVG carries a viewBox, so another window sees it scaled
 * until the app hydrates and measures the stage.
 */
export const FIRST_VIEW_STAGE = {
  width: 896,
  height: 673,
  /** By language: the English legend's longer names make it wider. */
  overlays: {
    zh: [
      { x: 12, y: 12, width: 196, height: 216 },
      { x: 320, y: 636, width: 576, height: 37 },
    ],
    en: [
      { x: 12, y: 12, width: 272, height: 231 },
      { x: 320, y: 636, width: 576, height: 37 },
    ],
  },
} as const;

/**
 * Which prerendered view a visit sees, or null for none: the default view (no parameter the URL contract owns — no
 * zone, view, filter, search, data or comparison — but a language), in the language the link names (`lang=zh|en`) or
 * else the browser's first zh/en language (as `browserLang` picks it), in either scheme: the map draws with the
 * scheme's custom properties until hydrated (map/theme.ts `CSS_VAR_TOKENS`), and the head script sets the scheme first.
 * Anything else renders on the client, behind the loading skeleton (issue 36: the English first view too).
 *
 * Self-contained (no imports, no closures): the prerender inlines its source into index.html's head, where it runs
 * before the first paint; `pickLang` is `browserLang`, passed in so the rule has one source.
 */
export function firstViewLang(
  search: string,
  languages: readonly string[],
  owned: readonly string[],
  pickLang: (languages: readonly string[]) => 'zh' | 'en',
): 'zh' | 'en' | null {
  const params = new URLSearchParams(search);
  for (const key of owned) if (key !== 'lang' && params.has(key)) return null;
  const lang = params.get('lang');
  if (lang === null) return pickLang(languages);
  return lang === 'zh' || lang === 'en' ? lang : null;
}

const KEY = Symbol('first-view');

/** Marks the tree as the prerendered first view (the prerender and the hydrating client set it on App). */
export function provideFirstView(on: boolean): void {
  setContext(KEY, on);
}

/** True while rendering or hydrating the prerendered first view: components start from FIRST_VIEW_STAGE. */
export function isFirstView(): boolean {
  return getContext<boolean | undefined>(KEY) ?? false;
}
