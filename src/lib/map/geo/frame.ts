// The shared camera frame: the five cities' bounds, and a Web Mercator projection fitted to them (the same shape MapLibre draws).
import { geoBounds, geoMercator, type GeoProjection } from 'd3-geo';
import type { Regions } from './layers';

export type Bounds = [[number, number], [number, number]];

export function regionsBounds(regions: Regions): Bounds {
  const [[w, s], [e, n]] = geoBounds(regions);
  return [
    [w, s],
    [e, n],
  ];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A Mercator projection that fits `bounds` into a width × height box inside `padding`. */
export function fitProjection(bounds: Bounds, width: number, height: number, padding: Padding): GeoProjection {
  const [[w, s], [e, n]] = bounds;
  const box = {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'MultiPoint' as const,
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    },
  };
  const x0 = padding.left;
  const y0 = padding.top;
  const x1 = Math.max(x0 + 1, width - padding.right);
  const y1 = Math.max(y0 + 1, height - padding.bottom);
  return geoMercator().fitExtent(
    [
      [x0, y0],
      [x1, y1],
    ],
    box,
  );
}

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * The SVG transform that centres a projected point at scale k in the box, or in the part of it inside `padding` (px),
 * so a zone centred beside an open legend sits in the middle of the map that is left.
 */
export function focusTransform(
  point: [number, number],
  k: number,
  width: number,
  height: number,
  padding?: Padding,
): ZoomTransform {
  const [dx, dy] = padding ? centreOffset(padding) : [0, 0];
  return { k, x: width / 2 + dx - point[0] * k, y: height / 2 + dy - point[1] * k };
}

/**
 * Where the centre of the padded area lies from the box's centre, in px ([right, down]): half the difference of the
 * opposite paddings. MapLibre takes the same value as `easeTo`'s `offset`.
 */
export function centreOffset(padding: Padding): [number, number] {
  return [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
}

/** The SVG transform that fits projected bounds [[x0, y0], [x1, y1]] inside the box's padding, zooming at most maxK. */
export function fitTransform(
  box: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: Padding,
  maxK = 8,
): ZoomTransform {
  const [[x0, y0], [x1, y1]] = box;
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const k = Math.min(maxK, innerW / Math.max(1e-6, x1 - x0), innerH / Math.max(1e-6, y1 - y0));
  const cx = padding.left + innerW / 2;
  const cy = padding.top + innerH / 2;
  return { k, x: cx - ((x0 + x1) / 2) * k, y: cy - ((y0 + y1) / 2) * k };
}

/** Bounds around points, padded by `pad` degrees so a lone point still gets a frame; null when there are none. */
export function pointsBounds(points: readonly [number, number][], pad = 0.3): Bounds | null {
  if (!points.length) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs) - pad, Math.min(...ys) - pad],
    [Math.max(...xs) + pad, Math.max(...ys) + pad],
  ];
}

/** The smallest bounds holding all the given ones (nulls skipped); a default when none is given. */
export function unionBounds(list: readonly (Bounds | null)[], fallback: Bounds): Bounds {
  const all = list.filter((b): b is Bounds => b !== null && b.flat().every(Number.isFinite));
  if (!all.length) return fallback;
  return [
    [Math.min(...all.map((b) => b[0][0])), Math.min(...all.map((b) => b[0][1]))],
    [Math.max(...all.map((b) => b[1][0])), Math.max(...all.map((b) => b[1][1]))],
  ];
}
