// Entry points for the UI: a picked or dropped file, or the ?data= address (same origin only); each gives an ImportResult.
import { sizeError } from './decode';
import { failed, issue, type ImportResult } from './errors';
import { importUserData, type ImportOptions } from './import';

/** A picked or dropped file; one over the size limit is refused before it is read. */
export async function importFile(file: File, { taxonomy }: Pick<ImportOptions, 'taxonomy'>): Promise<ImportResult> {
  const tooLarge = sizeError(file.size);
  if (tooLarge) return failed([tooLarge]);
  return importUserData(new Uint8Array(await file.arrayBuffer()), { taxonomy, fileName: file.name });
}

export interface UrlImportOptions extends ImportOptions {
  /** The page's address (location.href): the file must be on its origin. */
  pageHref: string;
  fetcher?: typeof fetch;
}

/** The file named by ?data=, resolved against the page: http(s) on the page's own origin only, redirects included. */
export async function importFromUrl(value: string, options: UrlImportOptions): Promise<ImportResult> {
  const { taxonomy, pageHref, fetcher = fetch } = options;
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
  return importUserData(new Uint8Array(await response.arrayBuffer()), { taxonomy, fileName: url.pathname });
}
