// Browser-safe helpers over data/basemap.topo.json: property types, GeoJSON layers, point-in-region lookup, distance to a border.
import { feature } from 'topojson-client';
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Feature, GeoJsonProperties, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A provincial-level unit (all 34, incl. Taiwan, Hong Kong, Macao). */
export type ProvinceProps = {
  /** 6-digit GB/T 2260 code, e.g. "370000". */
  adcode: string;
  /** Full Chinese name, e.g. "山东省". */
  name: string;
  /** English name, e.g. "Shandong". */
  nameEn: string;
};

/** A prefecture of Shandong, Jiangsu or Shanxi. */
export type PrefectureProps = {
  adcode: string;
  name: string;
  nameEn: string;
  /** adcode of the province. */
  province: string;
};

/** A district or county of Yantai, Zibo, Qingdao, Wuxi or Linfen. */
export type DistrictProps = {
  adcode: string;
  name: string;
  /** adcode of the prefecture. */
  prefecture: string;
};

/** One dash of the South China Sea line (南海断续线), drawn solid: each feature is one dash. */
export type NanhaiProps = {
  name: string;
  /** 1–10, in the order of the source. */
  dash: number;
};

/** A neighbouring country (context only), clipped to lng 70–140, lat 0–56. */
export type NeighbourProps = {
  /** Chinese short name, e.g. "蒙古". */
  name: string;
};

export interface BasemapObjects {
  [key: string]: GeometryCollection<Record<string, unknown>>;
  provinces: GeometryCollection<ProvinceProps & Record<string, unknown>>;
  prefectures: GeometryCollection<PrefectureProps & Record<string, unknown>>;
  districts: GeometryCollection<DistrictProps & Record<string, unknown>>;
  nanhai: GeometryCollection<NanhaiProps & Record<string, unknown>>;
  neighbours: GeometryCollection<NeighbourProps & Record<string, unknown>>;
}

/** The topology in data/basemap.topo.json: one shared arc set, so borders coincide exactly. */
export type BasemapTopology = Topology<BasemapObjects>;

export type RegionFeature<P extends GeoJsonProperties = GeoJsonProperties> = Feature<Polygon | MultiPolygon, P>;

export interface BasemapFeatures {
  provinces: RegionFeature<ProvinceProps>[];
  prefectures: RegionFeature<PrefectureProps>[];
  districts: RegionFeature<DistrictProps>[];
  nanhai: Feature<LineString | MultiLineString, NanhaiProps>[];
  neighbours: RegionFeature<NeighbourProps>[];
}

export interface RegionsAt {
  province?: RegionFeature<ProvinceProps>;
  prefecture?: RegionFeature<PrefectureProps>;
  district?: RegionFeature<DistrictProps>;
}

/** Longitude, latitude in degrees. */
export type LngLat = readonly [number, number];

function layer<P>(topology: BasemapTopology, name: keyof BasemapObjects & string): Feature<never, P>[] {
  const object = topology.objects[name];
  if (!object) throw new Error(`basemap topology has no object "${name}"`);
  return feature(topology, object).features as unknown as Feature<never, P>[];
}

/** Converts every object of the topology to GeoJSON features (wound for d3-geo). */
export function loadBasemapFeatures(topology: BasemapTopology): BasemapFeatures {
  return {
    provinces: layer<ProvinceProps>(topology, 'provinces'),
    prefectures: layer<PrefectureProps>(topology, 'prefectures'),
    districts: layer<DistrictProps>(topology, 'districts'),
    nanhai: layer<NanhaiProps>(topology, 'nanhai'),
    neighbours: layer<NeighbourProps>(topology, 'neighbours'),
  };
}

const boundsCache = new WeakMap<object, [[number, number], [number, number]]>();

function mayContain(f: RegionFeature, [lng, lat]: LngLat): boolean {
  let b = boundsCache.get(f);
  if (!b) {
    b = geoBounds(f);
    boundsCache.set(f, b);
  }
  const [[x0, y0], [x1, y1]] = b;
  if (lat < y0 || lat > y1) return false;
  return x0 <= x1 ? lng >= x0 && lng <= x1 : lng >= x0 || lng <= x1;
}

/** The first of `features` that contains the point (bounding boxes first, then d3 geoContains), if any. */
export function regionAt<P extends GeoJsonProperties>(
  features: readonly RegionFeature<P>[],
  point: LngLat,
): RegionFeature<P> | undefined {
  return find(features, point);
}

function find<P extends GeoJsonProperties>(
  features: readonly RegionFeature<P>[],
  point: LngLat,
): RegionFeature<P> | undefined {
  const p: [number, number] = [point[0], point[1]];
  return features.find((f) => mayContain(f, point) && geoContains(f, p));
}

/**
 * The province, prefecture and district that contain a point. A level is missing where the point
 * lies outside every feature of that level (sea, abroad, or a prefecture/district not in the file).
 */
export function regionsAt(
  features: Pick<BasemapFeatures, 'provinces' | 'prefectures' | 'districts'>,
  point: LngLat,
): RegionsAt {
  const out: RegionsAt = {};
  const province = find(features.provinces, point);
  if (!province) return out;
  out.province = province;
  const code = province.properties.adcode;
  const prefecture = find(
    features.prefectures.filter((f) => f.properties.province === code),
    point,
  );
  if (!prefecture) return out;
  out.prefecture = prefecture;
  const district = find(
    features.districts.filter((f) => f.properties.prefecture === prefecture.properties.adcode),
    point,
  );
  if (district) out.district = district;
  return out;
}

/** The mean Earth radius, km (IUGG), for distances from d3-geo's radians. */
export const EARTH_RADIUS_KM = 6371.0088;

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Great-circle distance in km from a point to the nearest point of a feature's boundary (every
 * ring: outlines, holes, islands), inside or outside. The nearest segment is found in a local
 * equirectangular projection around the point, then measured on the sphere.
 */
export function distanceToBorderKm(feature: RegionFeature, point: LngLat): number {
  const [lng0, lat0] = point;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  let best = Infinity;
  let bestPoint: [number, number] | null = null;
  for (const ring of rings(feature.geometry)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) continue;
      const ax = wrap(a[0]! - lng0) * kx;
      const ay = a[1]! - lat0;
      const bx = wrap(b[0]! - lng0) * kx;
      const by = b[1]! - lat0;
      const dx = bx - ax;
      const dy = by - ay;
      const l2 = dx * dx + dy * dy;
      const t = l2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d2 = px * px + py * py;
      if (d2 < best) {
        best = d2;
        bestPoint = [lng0 + px / kx, lat0 + py];
      }
    }
  }
  if (!bestPoint) return Infinity;
  return geoDistance([lng0, lat0], bestPoint) * EARTH_RADIUS_KM;
}

function wrap(dLng: number): number {
  return dLng > 180 ? dLng - 360 : dLng < -180 ? dLng + 360 : dLng;
}
