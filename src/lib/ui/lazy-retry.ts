// Loading a lazy part again after its code or styles failed to arrive (offline, a dropped connection): what a retry needs
// beyond calling the import again, which a browser answers from its record of the failure.

/**
 * The stylesheets that failed to load since the page opened. A failed link keeps an (empty) `sheet` in Chromium, so
 * failures are recorded as they happen: an `error` event, caught on its way down from the document.
 */
const failedStyles = new Set<string>();
if (typeof document !== 'undefined')
  document.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLLinkElement && target.rel === 'stylesheet') failedStyles.add(target.href);
    },
    true,
  );

/**
 * Fetches again every stylesheet that failed to load (failedStyles): each is replaced by a new link
 * to the same file, and the promise settles when all have loaded (rejects if one fails again). Vite's preloader links a
 * part's styles once per page and skips them on a retry, so without this the part would come back unstyled (issue 34).
 */
export function reloadFailedStyles(doc: Document = document): Promise<void> {
  const failed = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (l) => failedStyles.has(l.href) || !l.sheet,
  );
  return Promise.all(
    failed.map(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const link = doc.createElement('link');
          link.rel = 'stylesheet';
          link.href = old.href;
          if (old.crossOrigin !== null) link.crossOrigin = old.crossOrigin;
          link.addEventListener('load', () => {
            failedStyles.delete(link.href);
            resolve();
          });
          link.addEventListener('error', () => reject(new Error(`Unable to load ${old.href}`)));
          old.replaceWith(link);
        }),
    ),
  ).then(() => undefined);
}

/**
 * The same-origin module URL a failed dynamic import names ("Failed to fetch dynamically imported module: <url>", in
 * Chromium, Firefox and Safari alike), or null.
 */
export function failedModuleUrl(error: unknown, origin: string = location.origin): string | null {
  const match = /https?:\/\/[^\s'"]+?\.m?js\b/.exec(String((error as Error | undefined)?.message ?? error));
  if (!match) return null;
  try {
    return new URL(match[0]).origin === origin ? match[0] : null;
  } catch {
    return null;
  }
}

/**
 * Loads a part again: fetches its failed styles afresh, calls `load`, and if the browser answers the import from its
 * record of the failure (Chromium keeps failed module fetches for the page's life), imports the same module under a
 * new URL (`?retry=n`), which it fetches. `attempt` ≥ 1. Rejects while the network is still down.
 */
export async function retryLoad<T>(load: () => Promise<T>, attempt: number): Promise<T> {
  await reloadFailedStyles();
  try {
    return await load();
  } catch (error) {
    const url = failedModuleUrl(error);
    if (!url) throw error;
    return (await import(/* @vite-ignore */ `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`)) as T;
  }
}
