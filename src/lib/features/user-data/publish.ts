// Publish (issue 32): the user's dataset and a first view written into the one-file copy, as one HTML file a newsroom
// uploads to any static host and embeds from there; no server, no network (core/data/published.ts is the format).
import { publishHtml } from '../../core/data/published';
import type { AtlasFile } from '../../core/data/schema';
import type { NationalTopology } from '../../core/data/national';

/** The one-file copy the build writes next to index.html (scripts/lib/offline-file.ts: OFFLINE_FILE_NAME). */
export const TEMPLATE_URL = './atlas-offline.html';

/** Why a page could not be published: the one-file copy is not served here (dev, or offline before it was cached). */
export class PublishUnavailable extends Error {}

/**
 * The published page as a Blob (text/html): `file` (the user's dataset, as the app's file format) named `name`,
 * opening on `search` (a query string of the URL contract, without `?`) when its address names no view; `title` is the
 * page's title. Fetches the template from `base` (the page's own address). Throws PublishUnavailable when the template
 * cannot be fetched or is not the atlas's page. `national`: the national layer, for data beyond the basemap's cities
 * (written in, cut to the data's provinces, by the caller).
 */
export async function publishPage(
  file: AtlasFile,
  name: string,
  search: string,
  title: string,
  base: string,
  fetcher: typeof fetch = fetch,
  national?: NationalTopology,
): Promise<Blob> {
  let template: string;
  try {
    const response = await fetcher(new URL(TEMPLATE_URL, base).toString());
    if (!response.ok) throw new PublishUnavailable(`HTTP ${response.status}`);
    template = await response.text();
  } catch (err) {
    throw err instanceof PublishUnavailable ? err : new PublishUnavailable((err as Error).message);
  }
  let html: string;
  try {
    html = publishHtml(template, { name, search, file }, title, national);
  } catch (err) {
    throw new PublishUnavailable((err as Error).message);
  }
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}

/**
 * The download's file name: the data file's name without its extension, made safe for any file system, with
 * `suffix` (`my-zones.csv` → `my-zones-atlas.html`).
 */
export function publishedFileName(name: string, suffix = 'atlas'): string {
  // Characters Windows, macOS or Linux refuse in a file name, and control characters, become "-".
  const unsafe = (c: string) => '\\/:*?"<>|'.includes(c) || c.charCodeAt(0) < 0x20;
  const stem = [...name.replace(/\.[A-Za-z0-9]{1,5}$/, '')]
    .map((c) => (unsafe(c) ? '-' : c))
    .join('')
    .trim();
  return `${stem.slice(0, 80) || 'atlas'}-${suffix}.html`;
}
