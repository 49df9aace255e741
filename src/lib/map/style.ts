// Pure builders for the MapLibre style: sources from the basemap and zones, layers, and the paint/filter expressions.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BasemapLayers } from './geo/layers';
import type { ZoneView } from '../core/data/atlas';
import type { Lang } from '../core/i18n/messages';

export interface Palette {
  sea: string;
  land: string;
  landOther: string;
  landFocus: string;
  border: string;
  borderSoft: string;
  borderFaint: string;
  ink: string;
  inkSoft: string;
  halo: string;
  zoneStroke: string;
}

export const FONT_STACK = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif';

export interface ZoneProps {
  id: string;
  zh: string;
  en: string;
  model: string;
  color: string;
  /** Sub-areas yield to their parent zone's label. */
  rank: number;
}

export function zonesGeoJSON(zones: ZoneView[]): FeatureCollection<Point, ZoneProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => ({
      type: 'Feature',
      id: undefined,
      properties: {
        id: z.zone.id,
        zh: z.zone.short.zh,
        en: z.zone.short.en,
        model: z.model.id,
        color: z.color,
        rank: z.zone.parent ? 1 : 0,
      },
      geometry: { type: 'Point', coordinates: z.zone.location.lngLat },
    })),
  };
}

/** The label text in the current language. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang];
}

/** Circle colour by management model, from the taxonomy's palette. */
export function modelColorExpression(
  models: { id: string; color: string }[],
  fallback = '#5C5C5C',
): ExpressionSpecification {
  const pairs = models.flatMap((m) => [m.id, m.color]);
  return ['match', ['get', 'model'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Opacity for zones: full for highlighted ones (or all when nothing is highlighted), faded otherwise. */
export function highlightOpacity(ids: string[] | null, faded = 0.22): ExpressionSpecification | number {
  if (!ids) return 1;
  return ['case', ['in', ['get', 'id'], ['literal', ids]], 1, faded];
}

export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

/** Hover via feature-state (promoteId = id), so hovering never re-uploads data. */
export function hoverRadius(base: number, hovered: number): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hover'], false], hovered, base];
}

function geojson(data: GeoJSONSourceSpecification['data'], promoteId?: string): GeoJSONSourceSpecification {
  return promoteId ? { type: 'geojson', data, promoteId } : { type: 'geojson', data };
}

export interface StyleInput {
  layers: BasemapLayers;
  zones: ZoneView[];
  models: { id: string; color: string }[];
  lang: Lang;
  selectedId: string | null;
  palette: Palette;
}

export function buildStyle({ layers, zones, models, lang, selectedId, palette: c }: StyleInput): StyleSpecification {
  const line = (id: string, source: string, color: string, width: number, extra: Partial<LayerSpecification> = {}) =>
    ({ id, type: 'line', source, paint: { 'line-color': color, 'line-width': width }, ...extra }) as LayerSpecification;
  const style: StyleSpecification = {
    version: 8,
    sources: {
      neighbours: geojson(layers.neighbours),
      provinces: geojson(layers.provinces),
      focus: geojson(layers.focus),
      outline: geojson(layers.outline),
      'province-borders': geojson(layers.provinceBorders),
      'prefecture-borders': geojson(layers.prefectureBorders),
      'district-borders': geojson(layers.districtBorders),
      nanhai: geojson(layers.nanhai),
      labels: geojson(layers.labels),
      zones: geojson(zonesGeoJSON(zones), 'id'),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': c.landOther } },
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': c.land } },
      { id: 'focus', type: 'fill', source: 'focus', paint: { 'fill-color': c.landFocus } },
      line('district-borders', 'district-borders', c.borderFaint, 0.5, { minzoom: 6 }),
      line('prefecture-borders', 'prefecture-borders', c.borderSoft, 0.7),
      line('province-borders', 'province-borders', c.border, 1),
      line('outline', 'outline', c.border, 0.8),
      // Each feature of the South China Sea line is one dash of the published line: drawn solid.
      line('nanhai', 'nanhai', c.border, 1.4),
      {
        id: 'province-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'province'],
        layout: {
          'text-field': labelField(lang),
          'text-size': 12,
          'text-font': ['sans-serif'],
          'text-letter-spacing': 0.05,
        },
        paint: { 'text-color': c.inkSoft, 'text-halo-color': c.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'zones',
        type: 'circle',
        source: 'zones',
        paint: {
          'circle-color': modelColorExpression(models),
          'circle-radius': hoverRadius(6, 8),
          'circle-stroke-color': c.zoneStroke,
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'zones-selected',
        type: 'circle',
        source: 'zones',
        filter: selectedFilter(selectedId),
        paint: {
          'circle-color': modelColorExpression(models),
          'circle-radius': 8,
          'circle-stroke-color': c.ink,
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: 'zone-labels',
        type: 'symbol',
        source: 'zones',
        layout: {
          'text-field': labelField(lang),
          'text-size': 13,
          'text-font': ['sans-serif'],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.9,
          'text-justify': 'auto',
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': c.ink, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': labelField(lang),
          'text-size': 15,
          'text-font': ['sans-serif'],
          'text-anchor': 'bottom',
          'text-offset': [0, -1],
        },
        paint: { 'text-color': c.ink, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
  return style;
}
