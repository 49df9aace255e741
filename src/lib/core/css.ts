// The one reader of CSS custom properties: theme colours and the font stack live in app.css, and scripts read them here.

/**
 * Reads CSS custom properties in force at `element`, e.g. `{ sea: '--sea' }` → `{ sea: '#dde8ef' }`. A property that
 * is unset (or has no computed style, as in tests without a DOM) takes its fallback.
 */
export function readCssVars<K extends string>(
  element: Element,
  names: Record<K, string>,
  fallbacks: Record<K, string>,
): Record<K, string> {
  const style = typeof getComputedStyle === 'function' ? getComputedStyle(element) : null;
  const out = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) out[key] = style?.getPropertyValue(names[key]).trim() || fallbacks[key];
  return out;
}

/** The font stack in force at `element` (app.css `--font`: the CJK stack, Latin faces first for English). */
export function fontStack(element: Element): string {
  return readCssVars(element, { font: '--font' }, { font: 'system-ui, sans-serif' }).font;
}
