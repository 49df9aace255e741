// A published atlas (issue 32): the one-file copy with a user's dataset and first view written into it, as one
// `<script type="application/json">` element that the page reads instead of the built-in data.
import type { AtlasFile } from './schema';

/** The id of the element that carries a published atlas's data in its page. */
export const PUBLISHED_ID = 'atlas-published';
/**
 * The id of the element that carries the national layer (data/national.topo.json, cut to the data's provinces) in a
 * published page whose zones lie beyond the basemap's cities: the page reads it as it reads its inlined basemap.
 */
export const NATIONAL_ID = 'atlas-national';

/** What a published file carries: the dataset (validated as the app's own), its name, and the view it opens on. */
export interface Published {
  /** The dataset's name, as its notices and credit say it (the user's file name). */
  name: string;
  /** The query string (without `?`) the file opens on when its address has none, e.g. `view=embed&lang=en`. */
  search: string;
  file: AtlasFile;
}

/** A published element that is there but cannot be read (edited by hand, cut short): said, never half-used. */
export class PublishedError extends Error {}

/** A published page's element as read, before its dataset is validated (validatePublished). */
export interface PublishedRaw {
  name: string;
  search: string;
  file: unknown;
}

/**
 * The published atlas in `doc`, read at once (its first view must apply before anything reads the URL); null in any
 * other page. Throws PublishedError when the element is there but is not valid JSON with a name and a view.
 */
export function readPublished(doc: Document): PublishedRaw | null {
  const el = doc.getElementById(PUBLISHED_ID);
  if (!el) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(el.textContent ?? '');
  } catch {
    throw new PublishedError('not valid JSON');
  }
  const { name, search, file } = (raw ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || typeof search !== 'string') throw new PublishedError('no name or view');
  return { name: name.slice(0, 200), search: search.replace(/^\?/, '').slice(0, 2000), file };
}

/**
 * The dataset validated like a user's file (the schema, loaded only here: a page without published data never loads
 * it). Throws PublishedError naming the first problem.
 */
export async function validatePublished(raw: PublishedRaw): Promise<Published> {
  const { PublishedFile } = await import('./schema');
  const result = PublishedFile.safeParse(raw.file);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new PublishedError(`${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return { ...raw, file: result.data as AtlasFile };
}

/**
 * JSON that is safe inside a `<script>` element: `<` (so `</script>` or `<!--` in a zone's name cannot end or change
 * the element; HTML spec §4.12.1.3), and U+2028/2029 escaped; the parser reads the same value back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The one-file copy's HTML (`template`, dist/atlas-offline.html) with `published` written in, just before `</head>`,
 * and the national layer (`national`, any JSON value) where the data needs it; a page already published has both
 * replaced. The document title names the dataset. Throws when the template is not the atlas's page (no `</head>`).
 */
export function publishHtml(template: string, published: Published, title: string, national?: unknown): string {
  // The page's own </head> is the last one before <body> (the inlined scripts may hold the text "</head>" in strings).
  const ends = [...template.matchAll(/<\/head>\s*<body/g)];
  const at = ends.at(-1)?.index;
  if (at === undefined) throw new Error('not the atlas page');
  const element =
    (national === undefined
      ? ''
      : `<script type="application/json" id="${NATIONAL_ID}">${scriptJson(national)}</script>\n  `) +
    `<script type="application/json" id="${PUBLISHED_ID}">${scriptJson(published)}</script>`;
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // A page published before has its element right there, with no "<" inside (scriptJson): it is replaced, so a file
  // holds one dataset.
  const head = template
    .slice(0, at)
    .replace(new RegExp(`<script type="application/json" id="${PUBLISHED_ID}">[^<]*</script>\\s*$`), '')
    .replace(new RegExp(`<script type="application/json" id="${NATIONAL_ID}">[^<]*</script>\\s*$`), '')
    // The first <title> is the page's (it comes before the inlined scripts).
    .replace(/<title>[^<]*<\/title>/, `<title>${text(title)}</title>`);
  return `${head}${element}\n  ${template.slice(at)}`;
}

/** The `name` of the Embed dialog's preview frame: a page in it may show the dialog's page's own data (below). */
export const PREVIEW_FRAME = 'atlas-embed-preview';
/** The property of the dialog's window that holds the data on screen, for its preview (`Published` or undefined). */
export const PREVIEW_DATA = '__atlasPreviewData';

/**
 * The data the Embed dialog's page has on screen, for its preview frame (a file from the editor's computer cannot
 * travel in the preview's URL): read from the parent window only when this frame is that preview and the parent is
 * this app's own page; validated like any published page's (validatePublished). Null otherwise.
 */
export function previewPublished(win: Window): PublishedRaw | null {
  if (win.name !== PREVIEW_FRAME || win.parent === win) return null;
  let given: unknown;
  try {
    if (win.parent.location.origin !== win.location.origin) return null;
    given = (win.parent as unknown as Record<string, unknown>)[PREVIEW_DATA];
  } catch {
    return null;
  }
  const { name, file } = (given ?? {}) as Record<string, unknown>;
  return typeof name === 'string' && file ? { name, search: '', file } : null;
}
