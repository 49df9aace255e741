// Fetches and validates the compact dataset and the basemap; a broken file becomes a clear, user-facing error.
import type { Topology } from 'topojson-specification';
import { AtlasFile } from './schema';

/** Where the built-in dataset and basemap are served, relative to the page (npm run build:data writes them). */
export const DATA_URL = './atlas-data/atlas.json';
export const BASEMAP_URL = './atlas-data/basemap.topo.json';

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

export async function loadDataset(url: string, fetcher: typeof fetch = fetch): Promise<AtlasFile> {
  const raw = await fetchJson(url, fetcher);
  const result = AtlasFile.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new DataLoadError(url, first.join('; '));
}

export async function loadBasemap(url: string, fetcher: typeof fetch = fetch): Promise<Topology> {
  const raw = await fetchJson(url, fetcher);
  const topo = raw as Partial<Topology> | null;
  if (!topo || topo.type !== 'Topology' || !Array.isArray(topo.arcs) || typeof topo.objects !== 'object')
    throw new DataLoadError(url, 'not a TopoJSON topology');
  return topo as Topology;
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
