// The map model as a MapLibre style: sources from the basemap and zones, layers whose paint comes only from the model.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { clusterRadius, donutArcs, ringMix, traceRingArc, type ZoneCluster } from './geo/clusters';
import type { BasemapLayers } from './geo/layers';
import {
  labelTiers,
  markStyle,
  type MapModel,
  type MarkState,
  type OverlayBox,
  type TextStyle,
  type ThemeTokens,
  type ZoneMark,
} from './model';

/** Properties of each zone feature; `id` is promoted to the feature id, so feature-state addresses zones by slug. */
export interface ZoneProps {
  id: string;
  /** The label in the current language (from the model). */
  label: string;
  /** The model colour (taxonomy palette). */
  fill: string;
  /** Static label rank, higher placed first (symbol-sort-key places lower keys first, so it is negated). */
  rank: number;
}

/** Where spread markers are drawn instead of their true location: [longitude, latitude] by zone id (degrees). */
export type SpreadPositions = ReadonlyMap<string, [number, number]>;

/** The zones as GeoJSON for MapLibre, from the model's marks, each at its spread position if it has one. */
export function zonesGeoJSON(
  marks: readonly ZoneMark[],
  spread: SpreadPositions = new Map(),
): FeatureCollection<Point, ZoneProps> {
  return {
    type: 'FeatureCollection',
    features: marks.map((m) => ({
      type: 'Feature',
      properties: { id: m.id, label: m.label.text, fill: m.fill, rank: m.label.rank },
      geometry: { type: 'Point', coordinates: spread.get(m.id) ?? m.lngLat },
    })),
  };
}

/** The leader lines of spread markers (from the drawn marker to the true location) and a dot at each true location. */
export function leadersGeoJSON(marks: readonly ZoneMark[], spread: SpreadPositions): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: marks.flatMap((m) => {
      const at = spread.get(m.id);
      if (!at) return [];
      return [
        { type: 'Feature', properties: { id: m.id }, geometry: { type: 'LineString', coordinates: [at, m.lngLat] } },
        { type: 'Feature', properties: { id: m.id }, geometry: { type: 'Point', coordinates: m.lngLat } },
      ];
    }),
  };
}

/**
 * The clusters as GeoJSON for the 'zone-clusters' layer: each at its centre, naming its disc's image (clusterImage),
 * its count as written in the page's language, and the zoom a click goes to.
 */
export function clustersGeoJSON(
  clusters: readonly ZoneCluster[],
  model: MapModel,
  formatCount: (count: number) => string,
): FeatureCollection<Point, { icon: string; label: string; expansionZoom: number; count: number }> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c) => ({
      type: 'Feature',
      properties: {
        icon: clusterImage(c, model),
        label: formatCount(c.count),
        expansionZoom: c.expansionZoom,
        count: c.count,
      },
      geometry: { type: 'Point', coordinates: c.lngLat },
    })),
  };
}

/** Prefix of the ids of cluster disc images, which MapLibreMap draws when the map asks for one (drawClusterImage). */
export const CLUSTER_IMAGE = 'cluster';

/**
 * The id of a cluster's disc image: everything it is drawn from, so one id is one picture:
 * `cluster|<radius px>|<ring share>|<fill>|<stroke>|<stroke width px>|<colour>=<ring steps>,…` (ringMix).
 */
export function clusterImage(c: ZoneCluster, model: MapModel): string {
  const { fill, stroke, strokeWidth, ring, scale } = model.cluster;
  const mix = ringMix(c.mix)
    .map((m) => `${m.color}=${m.count}`)
    .join(',');
  return [CLUSTER_IMAGE, clusterRadius(c.count, scale), ring, fill, stroke, strokeWidth, mix].join('|');
}

/**
 * Draws the disc an image id names (clusterImage) at `pixelRatio` on a 2D canvas: a disc with its edge and the
 * models' ring (donutArcs, as the SVG map draws it). Returns MapLibre's image (RGBA, device px) or null when the id
 * is not a cluster's or no canvas is available.
 */
export function drawClusterImage(
  id: string,
  pixelRatio: number,
): { width: number; height: number; data: Uint8ClampedArray } | null {
  const [prefix, radius, ringShare, fill, stroke, strokeWidth, mixText] = id.split('|');
  if (prefix !== CLUSTER_IMAGE || !mixText) return null;
  const r = Number(radius);
  const edge = Number(strokeWidth);
  const mix = mixText.split(',').map((part) => {
    const at = part.lastIndexOf('=');
    return { color: part.slice(0, at), count: Number(part.slice(at + 1)) };
  });
  const side = Math.ceil((r + edge) * 2 * pixelRatio);
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(side, side) : null;
  // Read back at once (getImageData): a CPU-backed canvas makes that a copy, not a GPU read-back.
  const ctx = canvas?.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.translate(side / pixelRatio / 2, side / pixelRatio / 2);
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill!;
  ctx.fill();
  ctx.lineWidth = edge;
  ctx.strokeStyle = stroke!;
  ctx.stroke();
  const inner = r * (1 - Number(ringShare));
  for (const a of donutArcs(mix)) {
    ctx.beginPath();
    traceRingArc(ctx, r, inner, a);
    ctx.fillStyle = a.color;
    ctx.fill();
  }
  return { width: side, height: side, data: ctx.getImageData(0, 0, side, side).data };
}

const OPPOSITE = { right: 'left', left: 'right', top: 'bottom', bottom: 'top' } as const;

/**
 * `text-variable-anchor-offset` for zone labels: [anchor, [x, y]] pairs in ems, in `model.labelSides` order, with the
 * offsets labelBox gives each side (right/left: the gap; top/bottom: the gap plus half a line).
 */
export function zoneAnchorOffsets(model: MapModel): (string | [number, number])[] {
  const gap = model.labelGap / model.text.zone.size;
  const offset = { right: [gap, 0], left: [-gap, 0], top: [0, -(gap + 0.5)], bottom: [0, gap + 0.5] } as const;
  return model.labelSides.flatMap((side) => [OPPOSITE[side], [...offset[side]] as [number, number]]);
}

/** The image of the markers' collision boxes: transparent, `model.markerBox` px square (MapLibreMap adds it when the
 *  style asks for it). MapLibre's symbols do not collide with circles, so each marker also gets this invisible icon. */
export const MARKER_BOX_IMAGE = 'zone-box';

const flag = (name: keyof MarkState): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/**
 * A case expression over feature-state that gives, for every combination of selected/hovered/faded, the value
 * `markStyle` gives: the model's rule, written once and evaluated by MapLibre per zone.
 */
function byState(
  tokens: ThemeTokens,
  key: 'stroke' | 'strokeWidth' | 'radius' | 'opacity',
  scale = 1,
): ExpressionSpecification {
  const cases: unknown[] = ['case'];
  for (const selected of [true, false])
    for (const hovered of [true, false])
      for (const faded of [true, false]) {
        if (!selected && !hovered && !faded) continue;
        const cond = [
          'all',
          ...[selected, hovered, faded].map((on, i) => {
            const f = flag((['selected', 'hovered', 'faded'] as const)[i]!);
            return on ? f : ['!', f];
          }),
        ];
        cases.push(cond, markStyle('', { selected, hovered, faded }, tokens, scale)[key]);
      }
  cases.push(markStyle('', { selected: false, hovered: false, faded: false }, tokens, scale)[key]);
  return cases as ExpressionSpecification;
}

/** Shows only the selected zone (drawn again on top of the others). */
export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

function geojson(data: GeoJSONSourceSpecification['data'], promoteId?: string): GeoJSONSourceSpecification {
  return promoteId ? { type: 'geojson', data, promoteId } : { type: 'geojson', data };
}

/** The layers, without sources: what changes when the theme, language or selection changes. */
export function styleLayers(model: MapModel): LayerSpecification[] {
  const tokens = model.tokens;
  const selectedId = model.marks.find((m) => m.state.selected)?.id ?? null;
  const tiers = labelTiers(model.marks);
  const inIds = (ids: string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', ids]];
  const zonePaint = {
    'circle-color': ['get', 'fill'] as ExpressionSpecification,
    'circle-radius': byState(tokens, 'radius', model.scale),
    'circle-stroke-color': byState(tokens, 'stroke', model.scale),
    'circle-stroke-width': byState(tokens, 'strokeWidth', model.scale),
    'circle-opacity': byState(tokens, 'opacity', model.scale),
    'circle-stroke-opacity': byState(tokens, 'opacity', model.scale),
  };
  const textPaint = (t: TextStyle) => ({
    'text-color': t.color,
    'text-halo-color': t.halo,
    'text-halo-width': t.haloWidth,
  });
  // Province and city names from the basemap's label points, in the current language.
  const placeLabels = (kind: 'province' | 'city', layout: Record<string, unknown>): LayerSpecification =>
    ({
      id: `${kind}-labels`,
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], kind],
      layout: {
        'text-field': ['get', model.lang],
        'text-size': model.text[kind].size,
        'text-font': ['sans-serif'],
        ...layout,
      },
      paint: textPaint(model.text[kind]),
    }) as LayerSpecification;
  const zoneLabels = (
    id: string,
    filter: FilterSpecification,
    extra: Record<string, unknown> = {},
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'zones',
    filter,
    layout: {
      'text-field': ['get', 'label'],
      'text-size': model.text.zone.size,
      'text-font': ['sans-serif'],
      // MapLibre names the side of the text that touches the point: a label to the right is anchored on its left.
      // Each side's offset in ems is labelBox's (geo/labels.ts): the gap beside the marker, and half a line more
      // above and below it, so a label never reaches its own marker's box there either.
      'text-variable-anchor-offset': zoneAnchorOffsets(model) as unknown as ExpressionSpecification,
      // One line, as the SVG placement measures it (MapLibre would wrap names past 10 ems).
      'text-max-width': 100,
      'text-justify': 'auto',
      'symbol-sort-key': ['-', ['get', 'rank']],
      ...extra,
    },
    paint: { ...textPaint(model.text.zone), 'text-opacity': byState(tokens, 'opacity', model.scale) },
  });
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': model.background } },
    ...model.fills.map((l): LayerSpecification => ({
      id: l.id,
      type: 'fill',
      source: l.source,
      paint: { 'fill-color': l.color },
    })),
    ...model.lines.map((l): LayerSpecification => ({
      id: l.id,
      type: 'line',
      source: l.source,
      minzoom: l.minZoom,
      paint: { 'line-color': l.color, 'line-width': l.width },
    })),
    placeLabels('province', { 'text-letter-spacing': model.text.province.letterSpacing }),
    // Markers spread off a stack keep a thin line to a dot at their true location (geo/spread.ts).
    {
      id: 'zone-leaders',
      type: 'line',
      source: 'leaders',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': model.leader.color, 'line-width': model.leader.width },
    },
    {
      id: 'zone-origins',
      type: 'circle',
      source: 'leaders',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': model.leader.color, 'circle-radius': model.leader.radius },
    },
    { id: 'zones', type: 'circle', source: 'zones', paint: zonePaint },
    { id: 'zones-selected', type: 'circle', source: 'zones', filter: selectedFilter(selectedId), paint: zonePaint },
    // Upper layers place their symbols first: faded zones last, then the other zones, the city names, the fronted
    // zones, the selected zone, and before all of them the markers' boxes (labelTiers).
    zoneLabels('zone-labels-faded', inIds(tiers.faded)),
    zoneLabels('zone-labels', inIds(tiers.rest)),
    placeLabels('city', {
      'text-variable-anchor': model.citySides.map((s) => OPPOSITE[s]),
      'text-radial-offset': model.cityLabelOffset / model.text.city.size,
    }),
    zoneLabels('zone-labels-front', ['all', inIds(tiers.front), ['!=', ['get', 'id'], selectedId ?? '']]),
    zoneLabels('zone-labels-selected', selectedFilter(selectedId)),
    // The hovered zone is named whatever is there, over the other labels, which keep their places.
    zoneLabels('zone-labels-hovered', inIds(tiers.hovered), {
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    }),
    // National views: clusters of zones, over the markers, their discs kept clear of every label (placed before them).
    {
      id: 'zone-clusters',
      type: 'symbol',
      source: 'clusters',
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
        'text-field': ['get', 'label'],
        'text-size': model.cluster.fontSize,
        'text-font': ['sans-serif'],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': model.cluster.text },
    },
    // Placed first (upper layers place first): every marker not faded keeps its square clear of every label.
    {
      id: 'zone-boxes',
      type: 'symbol',
      source: 'zones',
      // Faded markers may sit under a fronted zone's label: they are the background of that view.
      filter: ['!', inIds(tiers.faded)],
      layout: {
        'icon-image': MARKER_BOX_IMAGE,
        'icon-size': model.scale,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        // MapLibre pads collision boxes by 2 px by default: the marker's own label would then collide with its box.
        'icon-padding': 0,
      },
    },
    // Placed before everything: the legend, attribution and inset (HTML over the canvas) keep their boxes clear.
    {
      id: 'overlay-boxes',
      type: 'symbol',
      source: 'overlays',
      layout: {
        'icon-image': ['get', 'image'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
      },
    },
  ];
}

/**
 * The model's obstacles as symbols for the 'overlay-boxes' layer: one point per box at its centre (unprojected by
 * the live map), naming a transparent image of the box's size in px (see obstacleImage).
 */
export function obstaclesGeoJSON(
  obstacles: readonly OverlayBox[],
  unproject: (point: [number, number]) => [number, number],
): FeatureCollection<Point, { image: string }> {
  return {
    type: 'FeatureCollection',
    features: obstacles.map((o) => ({
      type: 'Feature',
      properties: { image: obstacleImage(o) },
      geometry: { type: 'Point', coordinates: unproject([o.x + o.width / 2, o.y + o.height / 2]) },
    })),
  };
}

/** The id of the transparent image an obstacle of this size uses: `overlay-box:<width>x<height>` (px). */
export function obstacleImage(o: OverlayBox): string {
  return `overlay-box:${o.width}x${o.height}`;
}

/** The whole style: the basemap layers and zones as GeoJSON sources (zones keyed by slug), and the model's layers. */
export function buildStyle(model: MapModel, layers: BasemapLayers): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: geojson(layers.neighbours),
      provinces: geojson(layers.provinces),
      focus: geojson(layers.focus),
      outline: geojson(layers.outline),
      provinceBorders: geojson(layers.provinceBorders),
      prefectureBorders: geojson(layers.prefectureBorders),
      districtBorders: geojson(layers.districtBorders),
      nanhai: geojson(layers.nanhai),
      labels: geojson(layers.labels),
      zones: geojson(zonesGeoJSON(model.marks), 'id'),
      // Filled by the live map at rest (spreading is done in screen px): see leadersGeoJSON.
      leaders: geojson({ type: 'FeatureCollection', features: [] }),
      // Filled by the live map at rest (clusters depend on its zoom): see clustersGeoJSON.
      clusters: geojson({ type: 'FeatureCollection', features: [] }),
      // Filled by the live map (it needs the camera to place screen boxes): see obstaclesGeoJSON.
      overlays: geojson({ type: 'FeatureCollection', features: [] }),
    },
    layers: styleLayers(model),
  };
}

export type StyleChange =
  | { kind: 'paint'; layer: string; property: string; value: unknown }
  | { kind: 'layout'; layer: string; property: string; value: unknown }
  | { kind: 'filter'; layer: string; value: FilterSpecification | null };

/**
 * What to call on a live map to go from one set of layers to the next (same ids, same order): paint and layout
 * properties and filters that changed. This is how a theme, language or selection change reaches MapLibre without a
 * new style or a new canvas.
 */
export function diffLayers(before: readonly LayerSpecification[], after: readonly LayerSpecification[]): StyleChange[] {
  const changes: StyleChange[] = [];
  const prev = new Map(before.map((l) => [l.id, l]));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const layer of after) {
    const old = prev.get(layer.id);
    if (!old) continue;
    for (const part of ['paint', 'layout'] as const) {
      const a = ((old as Record<string, unknown>)[part] ?? {}) as Record<string, unknown>;
      const b = ((layer as Record<string, unknown>)[part] ?? {}) as Record<string, unknown>;
      for (const property of new Set([...Object.keys(a), ...Object.keys(b)]))
        if (!same(a[property], b[property]))
          changes.push({ kind: part, layer: layer.id, property, value: b[property] });
    }
    const fa = (old as { filter?: FilterSpecification }).filter ?? null;
    const fb = (layer as { filter?: FilterSpecification }).filter ?? null;
    if (!same(fa, fb)) changes.push({ kind: 'filter', layer: layer.id, value: fb });
  }
  return changes;
}
