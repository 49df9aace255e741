// The embed code an editor pastes into an article: an iframe for the current view, plus the optional resize script.
import { EMBED_ONLY_PARAMS } from './captions';

export interface EmbedOptions {
  /** auto: the iframe follows its content (embed.js, or the host's pym.js / Datawrapper resizer); fixed: a set height. */
  height: 'auto' | 'fixed';
  fixedHeight: number;
  /** null: the reader's browser language. */
  lang: 'zh' | 'en' | null;
  title: string;
  subtitle: string;
  source: string;
}

/** The embed URL: the app's address with the current view's state, view=embed and the captions. */
export function embedUrl(appHref: string, options: EmbedOptions): string {
  const url = new URL(appHref);
  for (const key of [...EMBED_ONLY_PARAMS, 'lang', 'step', 'q']) url.searchParams.delete(key);
  url.hash = '';
  const params = new URLSearchParams();
  params.set('view', 'embed');
  for (const [key, value] of url.searchParams) params.set(key, value);
  if (options.lang) params.set('lang', options.lang);
  for (const key of ['title', 'subtitle', 'source'] as const) {
    const text = options[key].trim();
    if (text) params.set(key, text);
  }
  url.search = params.toString().replace(/%2C/g, ',');
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML snippet; every value is attribute-escaped. */
export function embedSnippet(appHref: string, options: EmbedOptions, frameTitle: string): string {
  const src = embedUrl(appHref, options);
  const height = options.height === 'fixed' ? Math.max(300, Math.min(2000, Math.round(options.fixedHeight))) : 560;
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(options.title.trim() || frameTitle)}"` +
    ` style="width:100%;height:${height}px;border:0" loading="lazy" referrerpolicy="no-referrer"` +
    ` data-zone-reform-atlas></iframe>`;
  if (options.height === 'fixed') return iframe;
  const script = new URL('./embed.js', new URL('./', appHref)).toString();
  return `${iframe}\n<script src="${escapeAttr(script)}" async></script>`;
}
