// The page's colour scheme: what the link asks for (`theme=light|dark|auto`, the URL contract's), else the reader's
// system; set as <html data-theme>, which app.css's tokens key on.

/**
 * The scheme a link asks for: 'light' or 'dark'; null for `auto`, none or anything else (follow the system).
 * Self-contained (no imports, no closures): the prerender inlines its source into the head script.
 */
export function linkTheme(search: string): 'light' | 'dark' | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/**
 * Sets `data-theme` on <html> to the link's scheme, or the system's; while the link leaves it to the system
 * (auto), follows the system's switches. Returns the function that stops following.
 */
export function applyTheme(doc: Document = document, win: Window = window): () => void {
  const forced = linkTheme(win.location.search);
  const query = win.matchMedia?.('(prefers-color-scheme: dark)');
  const set = () => doc.documentElement.setAttribute('data-theme', forced ?? (query?.matches ? 'dark' : 'light'));
  set();
  if (forced || !query) return () => {};
  query.addEventListener('change', set);
  return () => query.removeEventListener('change', set);
}
