// Projector themes on a washed-out projector: land, sea and borders stay apart and map labels stay legible (issue 16).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TOKEN_VARS, type ThemeTokens } from '../../src/lib/map/model';

/**
 * WCAG 2.2 relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance) of a #rgb or #rrggbb colour,
 * 0–1 (the themes write every map token as hex; anything else throws).
 */
function luminance(css: string): number {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css)?.[1];
  if (!hex) throw new Error(`not a hex colour: ${css}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * WCAG contrast ratio, with `flare` (share of white) added to both luminances: a projector in a lit meeting room,
 * whose white is only about 11 times its black (flare 0.1, the same 0.05 offset WCAG adds for viewing flare).
 */
function contrast(a: string, b: string, flare = 0): number {
  const [x, y] = [luminance(a) + flare, luminance(b) + flare];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The presenter's light and dark tokens, read from PresenterView's stylesheet (the themes a projector shows). */
function presenterThemes(): Record<'light' | 'dark', ThemeTokens> {
  const source = readFileSync('src/lib/features/present/PresenterView.svelte', 'utf8');
  const block = (selector: string) => {
    const start = source.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`PresenterView has no ${selector} block`);
    return source.slice(start, source.indexOf('}', start));
  };
  const read = (css: string, fallback?: ThemeTokens) => {
    const out = {} as ThemeTokens;
    for (const [key, name] of Object.entries(TOKEN_VARS) as [keyof ThemeTokens, string][]) {
      const m = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
      const value = m?.[1]?.trim() ?? fallback?.[key];
      if (!value) throw new Error(`the presenter theme lacks ${name}`);
      out[key] = value;
    }
    return out;
  };
  const light = read(block('.presenter'));
  return { light, dark: read(block('.presenter.dark'), light) };
}

const FLARE = 0.1;

describe.each(Object.entries(presenterThemes()))('the presenter’s %s theme on a washed-out projector', (_, t) => {
  it('tells every land fill from the sea by luminance alone: ≥ 1.25:1 under flare', () => {
    // Hue does not survive a washed-out projector; luminance must. 1.25:1 is this project’s floor (docs/architecture.md).
    for (const fill of [t.land, t.landOther, t.landFocus])
      expect(contrast(fill, t.sea, FLARE)).toBeGreaterThanOrEqual(1.25);
    expect(contrast(t.landFocus, t.land, FLARE)).toBeGreaterThanOrEqual(1.05);
  });

  it('draws the coast and province borders at ≥ 3:1 against land and sea (WCAG 1.4.11 non-text contrast)', () => {
    for (const fill of [t.sea, t.land, t.landOther, t.landFocus])
      expect(contrast(t.border, fill)).toBeGreaterThanOrEqual(3);
  });

  it('keeps map labels ≥ 4.5:1 against their halo, even under flare (WCAG 1.4.3)', () => {
    for (const ink of [t.ink, t.inkSoft]) expect(contrast(ink, t.halo, FLARE)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast', () => {
  it('follows WCAG: black on white is 21:1, a colour against itself 1:1', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#777', FLARE)).toBe(1);
    expect(contrast('#000', '#fff', FLARE)).toBeCloseTo(1.15 / 0.15, 5);
  });
});
