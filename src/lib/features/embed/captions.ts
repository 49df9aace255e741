// The embed's captions from the URL (plain text, trimmed and capped) and the link back to the full map.
export interface EmbedCaptions {
  title: string | null;
  subtitle: string | null;
  source: string | null;
}

const MAX = 160;
// Control and bidi-override characters would let a caption reorder or hide the text around it.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function clean(value: string | null): string | null {
  const text = value?.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return [...text].length > MAX ? `${[...text].slice(0, MAX - 1).join('')}…` : text;
}

export function embedCaptions(params: URLSearchParams): EmbedCaptions {
  return {
    title: clean(params.get('title')),
    subtitle: clean(params.get('subtitle')),
    source: clean(params.get('source')),
  };
}

/** Parameters that belong to the embed or its host script, not to the view itself. */
export const EMBED_ONLY_PARAMS = [
  'view',
  'title',
  'subtitle',
  'source',
  'embedId',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
] as const;

/** The page the hosted build writes for embeds (scripts/lib/prerender.ts): index.html without the first view's markup. */
export const EMBED_PAGE = 'embed.html';

/**
 * The same view in the full app: the embed's own parameters removed, the state (zone, filters) kept and the language on
 * screen written in, so the full map speaks the embed's language and its address is never bare (a published page's
 * bare address opens its first view, the embed: core/data/published.ts).
 */
export function fullMapUrl(href: string, lang: 'zh' | 'en'): string {
  const url = new URL(href);
  // From the embed's own page (snippet.ts EMBED_PAGE) to the app's: its folder, whose index.html has the first view.
  if (url.pathname.endsWith(`/${EMBED_PAGE}`)) url.pathname = url.pathname.slice(0, -EMBED_PAGE.length);
  for (const key of EMBED_ONLY_PARAMS) url.searchParams.delete(key);
  url.searchParams.set('lang', lang);
  url.search = url.searchParams.toString().replace(/%2C/g, ',');
  return url.toString();
}
