// The SVG renderer's geometry: a camera intent as a zoom transform of the fitted projection, and zone label placement.
import type { GeoProjection } from 'd3-geo';
import { fitTransform, focusTransform, IDENTITY, type Padding, type ZoomTransform } from './geo/frame';
import { placeLabels, type Side } from './geo/labels';
import { estimateText, type Box, type TextMeasure } from '../core/text';
import { labelTiers, zoomOfScale, type CameraIntent, type MapModel, type TextStyle, type ZoneMark } from './model';

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
  /** The space it takes, in px. */
  box: Box;
}

/** A province or city label as drawn: its text, baseline position, anchor and style. */
export interface PlacedPlaceLabel {
  kind: 'province' | 'city';
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  style: TextStyle;
  /** The space it takes, in px. */
  box: Box;
}

/** A place's label point on screen (the basemap's label points, projected). */
export interface PlacePoint {
  kind: 'province' | 'city';
  text: string;
  x: number;
  y: number;
  style: TextStyle;
}

const anchorOf = (side: Side): 'start' | 'end' | 'middle' =>
  side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';

/**
 * Places the SVG map's labels as MapLibre places its symbols (the same order and rules, labelTiers): every marker
 * not faded keeps a `model.markerBox` square clear, and so does each of `model.obstacles`; the selected and fronted zones' labels go first, then city labels
 * (above their point, else the next clear side of `model.citySides`), then the other zones', faded last, each on the
 * first clear side of `model.labelSides`, and province names last, centred on their point. Labels that fit nowhere
 * inside the box are left out. `measure` gives text widths in px: the browser's own (core/text measureText) on
 * screen, the estimate in tests.
 */
export function svgLabels(
  model: MapModel,
  screen: readonly { m: ZoneMark; x: number; y: number }[],
  places: readonly PlacePoint[],
  width: number,
  height: number,
  measure: TextMeasure = estimateText,
): { places: PlacedPlaceLabel[]; zones: PlacedZoneLabel[] } {
  const bounds = { x0: 0, y0: 0, x1: width, y1: height };
  const half = (model.markerBox * model.scale) / 2;
  // Faded markers are the background of a view that fronts others: a fronted label may cover them (as in MapLibre).
  const markers: Box[] = [
    ...screen
      .filter(({ m }) => !m.state.faded)
      .map(({ x, y }) => ({ x0: x - half, y0: y - half, x1: x + half, y1: y + half })),
    // The legend, the attribution and the inset: no label goes under them.
    ...model.obstacles.map((o) => ({ x0: o.x, y0: o.y, x1: o.x + o.width, y1: o.y + o.height })),
  ];
  const cities = places.filter((p) => p.kind === 'city');
  const size = model.text.zone.size;
  const input = ({ m, x, y }: (typeof screen)[number]) => ({
    id: m.id,
    x,
    y,
    width: measure(m.label.text, size),
    height: size + 2,
    priority: m.label.priority,
  });
  const tiers = labelTiers(screen.map((s) => s.m));
  const front = new Set(tiers.front);
  const zoneOpts = { gap: model.labelGap, sides: model.labelSides, bounds };
  // The fronted zones first, then the city names, then the other zones (faded last, by their priority).
  const first = placeLabels(screen.filter((s) => front.has(s.m.id)).map(input), { ...zoneOpts, obstacles: markers });
  const placedCities = placeLabels(
    cities.map((c, i) => ({
      id: String(i),
      x: c.x,
      y: c.y,
      width: measure(c.text, c.style.size),
      height: c.style.size,
      priority: 0,
    })),
    {
      gap: model.cityLabelOffset,
      sides: model.citySides,
      obstacles: [...markers, ...first.map((l) => l.box)],
      bounds,
      radial: true,
    },
  );
  const cityLabels = placedCities.map((l): PlacedPlaceLabel => {
    const c = cities[Number(l.id)]!;
    // The baseline sits about a fifth of the size above the box's foot (the descent of CJK and Latin faces).
    return {
      kind: 'city',
      text: c.text,
      x: l.x,
      y: l.box.y1 - 0.2 * c.style.size,
      anchor: anchorOf(l.side),
      style: c.style,
      box: l.box,
    };
  });
  const hovered = new Set(tiers.hovered);
  const later = placeLabels(screen.filter((s) => !front.has(s.m.id) && !hovered.has(s.m.id)).map(input), {
    ...zoneOpts,
    obstacles: [...markers, ...first.map((l) => l.box), ...placedCities.map((l) => l.box)],
  });
  // The hovered zone last, over everything, on its first side inside the map; nothing makes way for it.
  const onTop = placeLabels(screen.filter((s) => hovered.has(s.m.id)).map(input), { ...zoneOpts, obstacles: [] });
  const placed = [...first, ...later];
  // Province names last, centred on their point, and only where nothing else is (MapLibre places them last too).
  const provincePoints = places.filter((p) => p.kind === 'province');
  const provinces = placeLabels(
    provincePoints.map((p, i) => ({
      id: String(i),
      x: p.x,
      y: p.y,
      width: measure(p.text, p.style.size) * (1 + p.style.letterSpacing),
      height: p.style.size,
      priority: 0,
    })),
    {
      // A radial box above the point at minus half its height is a box centred on the point.
      gap: -model.text.province.size / 2,
      sides: ['top'],
      radial: true,
      obstacles: [...markers, ...placed.map((l) => l.box), ...placedCities.map((l) => l.box)],
      bounds,
    },
  ).map((l): PlacedPlaceLabel => {
    const p = provincePoints[Number(l.id)]!;
    return { ...p, y: l.box.y1 - 0.2 * p.style.size, anchor: 'middle', box: l.box };
  });
  const byId = new Map(screen.map((s) => [s.m.id, s.m]));
  const zones = [...placed, ...onTop].map((l) => {
    const m = byId.get(l.id)!;
    return {
      id: l.id,
      text: m.label.text,
      x: l.x,
      y: l.box.y1 - 3.5,
      anchor: anchorOf(l.side),
      opacity: m.opacity,
      box: l.box,
    };
  });
  return { places: [...provinces, ...cityLabels], zones };
}
