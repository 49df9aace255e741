// The embed code an editor pastes into an article: an iframe for the current view, plus the optional resize script.
import { EMBED_ONLY_PARAMS, EMBED_PAGE } from './captions';

export interface EmbedOptions {
  /** auto: the iframe follows its content (embed.js, or the host's pym.js / Datawrapper resizer); fixed: a set height. */
  height: 'auto' | 'fixed';
  fixedHeight: number;
  /** null: the reader's browser language. */
  lang: 'zh' | 'en' | null;
  /** The embed's colour scheme: the reader's system (auto), or fixed for a host page that does not follow it. */
  theme: 'auto' | 'light' | 'dark';
  title: string;
  subtitle: string;
  source: string;
}

/**
 * The address an embed loads for the app at `appHref`: its folder's EMBED_PAGE when `appHref` is the hosted app's page
 * (the folder itself, or its index.html), which costs a reader about 25 KiB less than the page with the prerendered
 * first view; any other page (a published file) as it is. Query and hash are kept.
 */
export function embedPage(appHref: string): string {
  const url = new URL(appHref);
  if (!/\/(index\.html)?$/.test(url.pathname)) return appHref;
  url.pathname = url.pathname.replace(/(index\.html)?$/, EMBED_PAGE);
  return url.toString();
}

/** The embed URL: the app's address with the current view's state, view=embed and the captions. */
export function embedUrl(appHref: string, options: EmbedOptions): string {
  const url = new URL(appHref);
  for (const key of [...EMBED_ONLY_PARAMS, 'lang', 'theme', 'step', 'q']) url.searchParams.delete(key);
  url.hash = '';
  const params = new URLSearchParams();
  params.set('view', 'embed');
  for (const [key, value] of url.searchParams) params.set(key, value);
  if (options.lang) params.set('lang', options.lang);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  for (const key of ['title', 'subtitle', 'source'] as const) {
    const text = options[key].trim();
    if (text) params.set(key, text);
  }
  url.search = params.toString().replace(/%2C/g, ',');
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The height an auto-height snippet starts at before embed.js sizes it (and keeps without it), px. */
export const DEFAULT_HEIGHT = 560;
/**
 * Added to the measured height, px: a column narrower than the preview wraps the card's text onto more lines (a
 * reader's trial lost 27–50 px at 680 px against a 600 px preview); embed.js, where it runs, sets the exact height.
 */
export const HEIGHT_RESERVE = 40;

/**
 * The HTML snippet; every value is attribute-escaped. Sized by attributes only (`width="100%"`, `height`,
 * `frameborder="0"`), never a `style` attribute, which a page whose policy is `style-src 'self'` drops (issue 32).
 * `measuredHeight` (px): the chosen view's height as the preview measured it, the auto snippet's starting height (and
 * its height where embed.js cannot run), plus HEIGHT_RESERVE; else DEFAULT_HEIGHT.
 */
export function embedSnippet(
  appHref: string,
  options: EmbedOptions,
  frameTitle: string,
  measuredHeight: number = DEFAULT_HEIGHT,
): string {
  const measured = measuredHeight !== DEFAULT_HEIGHT;
  const src = embedUrl(appHref, options);
  const height = Math.max(
    300,
    Math.min(
      2000,
      Math.round(options.height === 'fixed' ? options.fixedHeight : measuredHeight + (measured ? HEIGHT_RESERVE : 0)),
    ),
  );
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(options.title.trim() || frameTitle)}"` +
    ` width="100%" height="${height}" frameborder="0" loading="lazy" referrerpolicy="no-referrer"` +
    ` data-zone-reform-atlas></iframe>`;
  if (options.height === 'fixed') return iframe;
  const script = new URL('./embed.js', new URL('./', appHref)).toString();
  return `${iframe}\n<script src="${escapeAttr(script)}" async></script>`;
}
