// Entry points for the UI: a picked or dropped file, or the ?data= address (same origin only); each gives an ImportResult.
import type { Topology } from 'topojson-specification';
import divisions from '../../../../../data/divisions.json';
import { loadBasemapFeatures, type BasemapTopology } from '../../../map/geo/regions';
import type { Crs } from './coords';
import { sizeError } from './decode';
import { failed, issue, type ImportResult } from './errors';
import { importUserData, type ImportOptions } from './import';
import { Gazetteer, type DivisionsFile } from './places';
import type { NationalTopology } from '../../../core/data/national';
// The national layer's code travels with the importer (one lazy chunk: the first visit loads none of it, and the
// bundler keeps the modules the app shares with it in the entry).
export { basemapCoverage, nationalLayer, nationalSubset } from '../../../map/geo/national';

const gazetteers = new WeakMap<Topology, Gazetteer>();

/** The gazetteer over this basemap (built once per basemap: its features are converted from TopoJSON once). */
function gazetteerOf(basemap: Topology): Gazetteer {
  let g = gazetteers.get(basemap);
  if (!g) {
    g = new Gazetteer(divisions as unknown as DivisionsFile, loadBasemapFeatures(basemap as BasemapTopology));
    gazetteers.set(basemap, g);
  }
  return g;
}

export interface LoadOptions extends Pick<ImportOptions, 'taxonomy'> {
  /** The app's basemap: places are found from coordinates in it. */
  basemap: Topology;
  /** Fetches the national layer, for files with zones outside the basemap's cities or without coordinates. */
  loadNational?: () => Promise<NationalTopology>;
  /** The coordinate system of rows that name none. */
  crs?: Crs;
}

/** A picked or dropped file; one over the size limit is refused before it is read. */
export async function importFile(
  file: File,
  { taxonomy, basemap, crs, loadNational }: LoadOptions,
): Promise<ImportResult> {
  const tooLarge = sizeError(file.size);
  if (tooLarge) return failed([tooLarge]);
  return importUserData(new Uint8Array(await file.arrayBuffer()), {
    taxonomy,
    fileName: file.name,
    gazetteer: gazetteerOf(basemap),
    crs,
    ...(loadNational ? { national: { basemap, load: loadNational } } : {}),
  });
}

export interface UrlImportOptions extends LoadOptions {
  /** The page's address (location.href): the file must be on its origin. */
  pageHref: string;
  fetcher?: typeof fetch;
}

/** The file named by ?data=, resolved against the page: http(s) on the page's own origin only, redirects included. */
/** Whether bytes begin (after a BOM and white space) as an HTML page does: `<!doctype html` or `<html`. */
function looksLikeHtmlPage(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export async function importFromUrl(value: string, options: UrlImportOptions): Promise<ImportResult> {
  const { taxonomy, basemap, crs, pageHref, fetcher = fetch, loadNational } = options;
  const origin = new URL(pageHref).origin;
  let url: URL;
  try {
    url = new URL(value, pageHref);
  } catch {
    return failed([issue('bad-data-url', {}, {}, value)]);
  }
  if (!value.trim() || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return failed([issue('bad-data-url', {}, {}, value)]);
  if (url.origin !== origin) return failed([issue('cross-origin', {}, {}, value)]);
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'same-origin' });
  } catch {
    return failed([issue('network', {}, {}, value)]);
  }
  if (response.url && new URL(response.url).origin !== origin) return failed([issue('cross-origin', {}, {}, value)]);
  if (!response.ok) return failed([issue('fetch-failed', {}, { status: response.status }, value)]);
  const tooLarge = sizeError(Number(response.headers.get('content-length') ?? 0));
  if (tooLarge) return failed([tooLarge]);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A wrong path on a site that answers every path with its app page (an SPA fallback) gives a web page, not a file:
  // said as "not found", never parsed as a CSV (issue 35 trial).
  if (/text\/html/i.test(response.headers.get('content-type') ?? '') || looksLikeHtmlPage(bytes))
    return failed([issue('data-not-found', {}, {}, value)]);
  return importUserData(bytes, {
    taxonomy,
    fileName: url.pathname,
    gazetteer: gazetteerOf(basemap),
    crs,
    ...(loadNational ? { national: { basemap, load: loadNational } } : {}),
  });
}
