// Turns the basemap topology into the layers both maps draw: fills, borders from meshes (never twice), label points.
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Basemap } from './national';
import { loadBasemapFeatures, type BasemapTopology } from './regions';

export interface RegionProps {
  adcode: string;
  name: string;
  nameEn?: string;
  province?: string;
  prefecture?: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type Regions = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export interface LabelProps {
  kind: 'province' | 'city';
  zh: string;
  en: string;
}

export interface BasemapLayers {
  provinces: Regions;
  neighbours: Regions;
  /** The five places' prefectures, tinted on the map. */
  focus: Regions;
  /** China's coast and land border: the provinces' exterior arcs. */
  outline: MultiLineString;
  provinceBorders: MultiLineString;
  prefectureBorders: MultiLineString;
  districtBorders: MultiLineString;
  nanhai: MultiLineString;
  labels: FeatureCollection<Point, LabelProps>;
}

type Objects = Record<string, GeometryCollection<RegionProps>>;

function borders(topology: Topology, name: string, keep: (a: RegionProps, b: RegionProps) => boolean): MultiLineString {
  const object = (topology.objects as Objects)[name];
  if (!object) return { type: 'MultiLineString', coordinates: [] };
  return mesh(topology, object, (a, b) => a !== b && keep(a.properties as RegionProps, b.properties as RegionProps));
}

function outline(topology: Topology, name: string): MultiLineString {
  const object = (topology.objects as Objects)[name];
  if (!object) return { type: 'MultiLineString', coordinates: [] };
  return mesh(topology, object, (a, b) => a === b);
}

/** The centroid of a region's largest polygon, so islands do not pull a label into the sea. */
export function labelPoint(region: RegionFeature): [number, number] {
  const g = region.geometry;
  if (g.type === 'Polygon') return geoCentroid(g) as [number, number];
  let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid(best) as [number, number];
}

/** Short label: 山东省 → 山东, 烟台市 → 烟台 (the long names stay in the data). */
export function shortName(name: string): string {
  return name.replace(/(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/u, '');
}

/**
 * The layers of a basemap for the places on screen (their prefectures are tinted and named). With the national layer
 * (`topology.national`, for data outside the basemap's detail) the other provinces' prefecture borders are drawn too,
 * and a place there is tinted and named like the built-in five.
 */
export function buildLayers(
  topology: Basemap,
  places: { prefecture: string; name: { zh: string; en: string } }[],
): BasemapLayers {
  const features = loadBasemapFeatures(topology as BasemapTopology);
  const collection = (list: RegionFeature[]): Regions => ({ type: 'FeatureCollection', features: list });
  const provinces = collection(features.provinces);
  const national = topology.national;
  const prefectures = collection([...features.prefectures, ...(national?.prefectures ?? [])]);
  const focusCodes = new Set(places.map((p) => p.prefecture));
  const focus: Regions = {
    type: 'FeatureCollection',
    features: prefectures.features.filter((f) => focusCodes.has(f.properties.adcode)),
  };
  const nanhaiObject = (topology.objects as Objects)['nanhai'];
  const nanhai: MultiLineString = nanhaiObject
    ? mesh(topology, nanhaiObject)
    : { type: 'MultiLineString', coordinates: [] };

  const labels: Feature<Point, LabelProps>[] = provinces.features.map((f) => ({
    type: 'Feature',
    properties: { kind: 'province', zh: shortName(f.properties.name), en: f.properties.nameEn ?? f.properties.name },
    geometry: { type: 'Point', coordinates: labelPoint(f) },
  }));
  for (const place of places) {
    const region = focus.features.find((f) => f.properties.adcode === place.prefecture);
    if (region)
      labels.push({
        type: 'Feature',
        properties: { kind: 'city', zh: place.name.zh, en: place.name.en },
        geometry: { type: 'Point', coordinates: labelPoint(region) },
      });
  }

  return {
    provinces,
    neighbours: collection(features.neighbours as RegionFeature[]),
    focus,
    outline: outline(topology, 'provinces'),
    provinceBorders: borders(topology, 'provinces', () => true),
    prefectureBorders: national
      ? {
          type: 'MultiLineString',
          coordinates: [
            ...borders(topology, 'prefectures', (a, b) => a.province === b.province).coordinates,
            ...national.borders.coordinates,
          ],
        }
      : borders(topology, 'prefectures', (a, b) => a.province === b.province),
    districtBorders: borders(topology, 'districts', (a, b) => a.prefecture === b.prefecture),
    nanhai,
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** Chinese and English names of every province and prefecture in the basemap, by adcode. */
export function regionNames(topology: Topology): Map<string, { zh: string; en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  for (const key of ['provinces', 'prefectures', 'districts']) {
    const object = (topology.objects as Objects)[key];
    for (const g of object?.geometries ?? []) {
      const p = g.properties as RegionProps | undefined;
      if (p) names.set(p.adcode, { zh: p.name, en: p.nameEn ?? p.name });
    }
  }
  return names;
}
