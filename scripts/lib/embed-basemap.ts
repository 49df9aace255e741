// The embed's basemap (issue 32): the basemap at full detail around the atlas's cities, and at its national view's
// detail elsewhere, so an embed's SVG map costs about a third of the bytes before a reader's first gesture.
import { geoArea, geoBounds } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { filter, presimplify, quantile, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

/**
 * Degrees added around each city's bounding box: an arc that comes within it is kept at DETAIL_KEEP, as a zone's view
 * frames the zone with its surroundings, about 30 km (0.3°) at the embed's widths.
 */
export const DETAIL_MARGIN_DEG = 0.3;
/**
 * The share of vertices (by Visvalingam weight) kept on the arcs near the cities: at a zone's view (about 0.3 km per
 * px at the embed's widths) the coast and borders draw as the full basemap's do to the eye (checked in screenshots).
 */
export const DETAIL_KEEP = 0.5;
/**
 * The share of the other vertices kept (by Visvalingam weight, topojson-simplify): at the national view of a 320–800 px
 * embed, 5 % draws the coastline and province borders as the full basemap does to the eye (checked in screenshots).
 */
export const EMBED_DETAIL = 0.05;

/**
 * The basemap with the arcs that come within the given prefectures' boxes (plus DETAIL_MARGIN_DEG) simplified to
 * DETAIL_KEEP and the rest to EMBED_DETAIL (no ring left with no area or turned inside out), quantized and delta-encoded with the basemap's own transform: the same objects, ids
 * and properties, fewer vertices. `prefectures` are adcodes of the basemap's `prefectures` object (e.g. '370600').
 * Throws when the basemap is not quantized or names none of them.
 */
export function embedBasemap(basemap: Topology, prefectures: ReadonlySet<string>): Topology {
  if (!basemap.transform) throw new Error('embed basemap: the basemap is not quantized');
  const collection = basemap.objects.prefectures as GeometryCollection<{ adcode: string }>;
  const boxes = feature(basemap, collection)
    .features.filter((f) => prefectures.has(f.properties.adcode))
    .map((f) => geoBounds(f));
  if (!boxes.length) throw new Error('embed basemap: none of the prefectures is in the basemap');
  const m = DETAIL_MARGIN_DEG;
  const inDetail = (lng: number, lat: number) =>
    boxes.some(([[w, s], [e, n]]) => lng >= w - m && lng <= e + m && lat >= s - m && lat <= n + m);
  const pre = presimplify(structuredClone(basemap) as Topology<Objects<Record<string, unknown>>>);
  const minWeight = quantile(pre, EMBED_DETAIL);
  const minDetail = quantile(pre, DETAIL_KEEP);
  // presimplify decodes the arcs to [longitude, latitude, weight] (degrees). An arc that comes near a city is cut at
  // the detail threshold instead: whole arcs, so that what each keeps is still one stage of Visvalingam's elimination.
  for (const arc of pre.arcs)
    if (arc.some((p) => inDetail(p[0]!, p[1]!))) for (const p of arc) if (p[2]! >= minDetail) p[2] = Infinity;
  // Every ring keeps at least three distinct vertices: a small island or territory (香港, 澳门) simplified to its arcs'
  // ends would be a ring of no area, which d3-geo's spherical rules read as the whole globe (it covered the sea).
  const rings = Object.values(pre.objects).flatMap(polygonRings);
  for (const ring of rings) {
    const arcs = ring.map((i) => pre.arcs[i < 0 ? ~i : i]!);
    const ends = new Set(arcs.map((arc) => `${arc[0]![0]},${arc[0]![1]}`)).size;
    const inner = arcs.flatMap((arc) => arc.slice(1, -1));
    const missing = 3 - ends - inner.filter((p) => p[2]! >= minWeight).length;
    if (missing > 0) for (const p of inner.sort((a, b) => b[2]! - a[2]!).slice(0, missing)) p[2] = Infinity;
  }
  const simplified = simplify(pre, minWeight);
  // A ring the simplification turned inside out (a tiny island whose kept vertices wind the other way) would cover
  // the globe under d3-geo's spherical rules: it is left out (a hole is read the other way round).
  // (@types/topojson-simplify types a ring as coordinates; topojson-simplify passes its arc indexes.)
  const kept = filter(simplified, (ring, interior) => {
    const polygon: TopoPolygon = { type: 'Polygon', arcs: [ring as unknown as number[]] };
    const coordinates = feature(simplified, polygon).geometry.coordinates[0]!;
    const area = geoArea({ type: 'Polygon', coordinates: [interior ? [...coordinates].reverse() : coordinates] });
    return coordinates.length >= 4 && area < 2 * Math.PI;
  });
  return quantize(kept, basemap.transform) as Topology;
}

/** The rings (arc indexes; ~i for an arc read backwards) of every polygon in a TopoJSON object. */
function polygonRings(object: GeometryObject): number[][] {
  switch (object.type) {
    case 'GeometryCollection':
      return object.geometries.flatMap(polygonRings);
    case 'Polygon':
      return object.arcs;
    case 'MultiPolygon':
      return object.arcs.flat();
    default:
      return [];
  }
}
