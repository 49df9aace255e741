// What a map stage frames: the data's whole frame, and what a view fronts besides a selection.
import type { ZoneView } from '../core/data/atlas';
import { pointsBounds, regionsBounds, unionBounds, type Bounds } from './geo/frame';
import type { BasemapLayers } from './geo/layers';

/** China's mainland extent (degrees, [[west, south], [east, north]]): no frame reaches beyond it. */
const CHINA: Bounds = [
  [73, 18],
  [135, 54],
];

/**
 * The data's frame: the places' prefectures, widened to every zone (a user's zones may lie outside the prefectures
 * the basemap details), within China.
 */
export function dataFrame(layers: BasemapLayers, zones: readonly ZoneView[]): Bounds {
  return unionBounds(
    [
      layers.focus.features.length ? regionsBounds(layers.focus) : null,
      pointsBounds(zones.map((z) => z.zone.location.lngLat)),
    ],
    CHINA,
  );
}

/** The zones' locations' bounds, or null for none known. */
export function zonesBounds(byId: ReadonlyMap<string, ZoneView>, ids: readonly string[]): Bounds | null {
  return pointsBounds(ids.map((id) => byId.get(id)?.zone.location.lngLat).filter((p): p is [number, number] => !!p));
}

/**
 * What the camera frames besides a selection: a presenter step's city (its prefecture, by adcode) or compared zones,
 * else the compare view's zones; null for none.
 */
export function focusBounds(
  layers: BasemapLayers,
  byId: ReadonlyMap<string, ZoneView>,
  focus: { adcode?: string | null; zoneIds: readonly string[] } | null,
  compared: readonly string[] | null,
): Bounds | null {
  if (focus?.adcode) {
    const region = layers.focus.features.find((f) => f.properties.adcode === focus.adcode);
    if (region) return regionsBounds({ type: 'FeatureCollection', features: [region] });
  }
  if (focus) return withCities(layers, byId, focus.zoneIds);
  return compared ? zonesBounds(byId, compared) : null;
}

/**
 * The zones' bounds widened to their cities' (prefectures') outlines: a step that fronts zones of several cities shows
 * each city whole, so an overlay charged to one edge (the legend) covers none of a city's tint (issue 34: the closing
 * step's legend over Linfen).
 */
function withCities(layers: BasemapLayers, byId: ReadonlyMap<string, ZoneView>, ids: readonly string[]): Bounds | null {
  const points = zonesBounds(byId, ids);
  if (!points) return null;
  const prefectures = new Set(ids.map((id) => byId.get(id)?.zone.prefecture));
  const regions = layers.focus.features.filter((f) => prefectures.has(f.properties.adcode));
  return regions.length ? unionBounds([points, regionsBounds({ ...layers.focus, features: regions })], points) : points;
}
