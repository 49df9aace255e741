// Theme tokens for the map, read from the CSS custom properties in force at the map stage.
import { readCssVars } from '../core/css';
import { TOKEN_VARS, type ThemeTokens } from './model';

/** The light theme's values (app.css :root), used where no stylesheet applies (unit tests, a detached element). */
export const LIGHT_TOKENS: ThemeTokens = {
  sea: '#dde8ef',
  land: '#f8f6f1',
  landOther: '#ebe9e3',
  landFocus: '#f1e7cf',
  border: '#8f8f8f',
  borderSoft: '#bdb8ad',
  borderFaint: '#d8d3c8',
  ink: '#1f2328',
  inkSoft: '#57606a',
  halo: '#ffffff',
  zoneStroke: '#1f2328',
};

/**
 * The prerendered first view's tokens: the custom properties themselves (`var(--sea)`, as SVG presentation attributes
 * and CSS both take them), so the one prerendered markup paints in the light or the dark scheme, whichever the head
 * script set, until the app has read the values at its stage (issue 36: a first view for the dark scheme too).
 */
export const CSS_VAR_TOKENS = Object.fromEntries(
  Object.entries(TOKEN_VARS).map(([token, property]) => [token, `var(${property})`]),
) as unknown as ThemeTokens;

/** Reads the tokens at `element` (its theme: the app's light/dark scheme, or the presenter's). */
export function readTokens(element: Element): ThemeTokens {
  return readCssVars(element, TOKEN_VARS, LIGHT_TOKENS);
}

/**
 * Calls `onchange` when the page's scheme changes: <html data-theme>, which follows the OS switching between light and
 * dark unless the link fixed it (core/theme-choice.ts). Returns the function that stops listening.
 */
export function watchColorScheme(onchange: () => void, doc: Document = document): () => void {
  if (typeof MutationObserver !== 'function') return () => {};
  const observer = new MutationObserver(onchange);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
