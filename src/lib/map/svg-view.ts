// The SVG renderer's geometry: a camera intent as a zoom transform of the fitted projection, and zone label placement.
import type { GeoProjection } from 'd3-geo';
import { fitTransform, focusTransform, IDENTITY, type Padding, type ZoomTransform } from './geo/frame';
import { placeLabels } from './geo/labels';
import { textWidth, type Box } from '../core/text';
import { zoomOfScale, type CameraIntent, type MapModel, type TextStyle, type ZoneMark } from './model';

/**
 * The transform that shows `intent` on the SVG map, and the Web Mercator zoom of the untransformed projection
 * (`baseZoom`), so that scale k means zoom baseZoom + log2(k), as in MapLibre.
 */
export function svgCamera(
  intent: CameraIntent | null,
  projection: GeoProjection,
  width: number,
  height: number,
  padding: Padding,
): { transform: ZoomTransform; baseZoom: number } {
  const baseZoom = zoomOfScale(projection.scale());
  if (!intent) return { transform: IDENTITY, baseZoom };
  if (intent.kind === 'center') {
    const p = projection(intent.center) ?? [width / 2, height / 2];
    return { transform: focusTransform(p, 2 ** (intent.zoom - baseZoom), width, height, padding), baseZoom };
  }
  const [[w, s], [e, n]] = intent.bounds;
  const [x0, y1] = projection([w, s]) ?? [0, 0];
  const [x1, y0] = projection([e, n]) ?? [0, 0];
  const box: [[number, number], [number, number]] = [
    [x0, y0],
    [x1, y1],
  ];
  return { transform: fitTransform(box, width, height, padding, 2 ** (intent.maxZoom - baseZoom)), baseZoom };
}

export interface PlacedZoneLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  opacity: number;
}

/**
 * Places zone labels on screen without overlaps, in the model's priority order and sides; markers and city labels
 * are obstacles; a label that does not fit inside the box is left out.
 */
export function svgLabels(
  model: MapModel,
  screen: readonly { m: ZoneMark; x: number; y: number }[],
  places: readonly { kind: 'province' | 'city'; text: string; x: number; y: number; style: TextStyle }[],
  width: number,
  height: number,
): PlacedZoneLabel[] {
  const size = model.text.zone.size;
  const inputs = screen.map(({ m, x, y }) => ({
    id: m.id,
    x,
    y,
    width: textWidth(m.label.text, size),
    height: size + 2,
    priority: m.label.priority,
  }));
  const obstacles: Box[] = screen.map(({ m, x, y }) => ({
    x0: x - m.radius,
    y0: y - m.radius,
    x1: x + m.radius,
    y1: y + m.radius,
  }));
  for (const l of places.filter((p) => p.kind === 'city')) {
    const w = textWidth(l.text, l.style.size);
    obstacles.push({ x0: l.x - w / 2, y0: l.y - l.style.size - 2, x1: l.x + w / 2, y1: l.y + 4 });
  }
  const placed = placeLabels(inputs, {
    gap: model.labelGap,
    sides: model.labelSides,
    obstacles,
    bounds: { x0: 0, y0: 0, x1: width, y1: height },
  });
  const byId = new Map(screen.map((s) => [s.m.id, s.m]));
  return placed.map((l) => {
    const m = byId.get(l.id)!;
    return {
      id: l.id,
      text: m.label.text,
      x: l.x,
      y: l.box.y1 - 3.5,
      anchor: l.side === 'right' ? 'start' : l.side === 'left' ? 'end' : 'middle',
      opacity: m.opacity,
    };
  });
}
