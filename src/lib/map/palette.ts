// Reads the map colours from the CSS custom properties, so the SVG and WebGL maps share one palette.
import type { Palette } from './style';

const VARS: Record<keyof Palette, string> = {
  sea: '--sea',
  land: '--land',
  landOther: '--land-other',
  landFocus: '--land-focus',
  border: '--border',
  borderSoft: '--border-soft',
  borderFaint: '--border-faint',
  ink: '--ink',
  inkSoft: '--ink-soft',
  halo: '--halo',
  zoneStroke: '--zone-stroke',
};

export function readPalette(element: Element = document.documentElement): Palette {
  const style = getComputedStyle(element);
  const entries = Object.entries(VARS).map(([key, name]) => [key, style.getPropertyValue(name).trim() || '#888888']);
  return Object.fromEntries(entries) as Palette;
}
