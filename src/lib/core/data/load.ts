// Fetches and validates the compact dataset and the basemap; a broken file becomes a clear, user-facing error.
import type { Topology } from 'topojson-specification';
import type { AtlasFile } from './schema';
import { isNationalTopology, type NationalTopology } from './national';

/** Where the built-in dataset and basemap are served, relative to the page (npm run build:data writes them). */
export const DATA_URL = './atlas-data/atlas.json';
export const BASEMAP_URL = './atlas-data/basemap.topo.json';
/**
 * The embed's basemap (scripts/lib/embed-basemap.ts): full detail around the built-in zones' cities, the national
 * view's elsewhere, at about a third of the bytes. Only an embed of the built-in data uses it.
 */
export const EMBED_BASEMAP_URL = './atlas-data/basemap-embed.topo.json';
/** The national layer (map/geo/national.ts): fetched only for user data outside the basemap's detail. */
export const NATIONAL_URL = './atlas-data/national.topo.json';

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url}: ${detail}`);
  }
}

async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new DataLoadError(url, 'network error');
  }
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(url, 'not valid JSON');
  }
}

/**
 * The built-in dataset (./atlas-data/atlas.json). It is validated when it is built (scripts/build-data.ts writes it as
 * AtlasFile parsed it, defaults included; a unit test holds the file to that), so the browser checks only that it is
 * the atlas's file, and loads no schema library for it. Throws DataLoadError when it is not.
 */
export async function loadDataset(url: string, fetcher: typeof fetch = fetch): Promise<AtlasFile> {
  const raw = (await fetchJson(url, fetcher)) as Partial<AtlasFile> | null;
  const places = raw?.dataset?.places;
  if (!raw || !Array.isArray(places) || !raw.dataset?.taxonomy || typeof raw.search !== 'object')
    throw new DataLoadError(url, 'not the atlas dataset');
  return raw as AtlasFile;
}

export async function loadBasemap(url: string, fetcher: typeof fetch = fetch): Promise<Topology> {
  const raw = await fetchJson(url, fetcher);
  const topo = raw as Partial<Topology> | null;
  if (!topo || topo.type !== 'Topology' || !Array.isArray(topo.arcs) || typeof topo.objects !== 'object')
    throw new DataLoadError(url, 'not a TopoJSON topology');
  return topo as Topology;
}

/**
 * The national layer (data/national.topo.json). Throws DataLoadError when it cannot be fetched (offline before it was
 * ever loaded, or a one-file copy that does not carry it) or is not that file.
 */
export async function loadNational(url: string, fetcher: typeof fetch = fetch): Promise<NationalTopology> {
  const raw = await fetchJson(url, fetcher);
  if (!isNationalTopology(raw)) throw new DataLoadError(url, 'not the national layer');
  return raw;
}

/**
 * A `fetch` that answers from files held in memory (URL → text, e.g. the one-file offline copy's inlined dataset and
 * basemap): 200 with the text, or 404 for any other URL. Never touches the network.
 */
export function inlineFetch(files: Readonly<Record<string, string>>): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = files[url];
    return text === undefined
      ? new Response(null, { status: 404 })
      : new Response(text, { headers: { 'content-type': 'application/json' } });
  };
}
