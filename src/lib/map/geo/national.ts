// The national layer (data/national.topo.json): every county's outline, and every division's point and size; it draws
// the prefecture borders the basemap lacks and places user data anywhere in China. Loaded only for data that needs it.
import { feature, merge, mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountyGeometryProps, NationalTopology } from '../../core/data/national';
import type { DistrictProps, PrefectureProps, RegionFeature } from './regions';

/** A division's representative point ([lng, lat], degrees, inside it) and its size as an equal-area radius (km). */
export interface DivisionPoint {
  lngLat: [number, number];
  km: number;
}

/** The national layer as regions for lookups: prefecture-level units and counties, and every division's point. */
export interface NationalRegions {
  /** Prefecture-level units (merged from their counties), `name`/`nameEn` empty: names come from the gazetteer. */
  prefectures: RegionFeature<PrefectureProps>[];
  counties: RegionFeature<DistrictProps>[];
  points: ReadonlyMap<string, DivisionPoint>;
}

/** A county geometry's prefecture-level unit (every geometry of the layer has one: isNationalTopology's file). */
const prefectureOf = (g: object): string => (g as { properties: CountyGeometryProps }).properties.prefecture;

const regionsCache = new WeakMap<NationalTopology, NationalRegions>();

/** What the basemap already draws in finer detail: its prefectures' adcodes, and those whose districts it has. */
export interface BasemapCoverage {
  prefectures: ReadonlySet<string>;
  districtsOf: ReadonlySet<string>;
}

/** The prefectures and district-level detail of a basemap (its `prefectures` and `districts` objects). */
export function basemapCoverage(basemap: Topology): BasemapCoverage {
  const codes = (name: string, key: 'adcode' | 'prefecture') =>
    new Set(
      ((basemap.objects[name] as GeometryCollection | undefined)?.geometries ?? []).map((g) =>
        String((g.properties as Record<string, unknown> | undefined)?.[key]),
      ),
    );
  return { prefectures: codes('prefectures', 'adcode'), districtsOf: codes('districts', 'prefecture') };
}

/**
 * The layer's regions, built once per topology (merging the counties into some 330 prefectures takes a moment; call it
 * with the one basemap's coverage). Prefectures the basemap has, and the counties of cities whose districts it has, are
 * left out: the basemap's finer outlines answer for them.
 */
export function nationalRegions(topology: NationalTopology, covered: BasemapCoverage): NationalRegions {
  const cached = regionsCache.get(topology);
  if (cached) return cached;
  const byPrefecture = new Map<string, GeometryCollection<CountyGeometryProps>['geometries']>();
  const counties: RegionFeature<DistrictProps>[] = [];
  for (const g of topology.objects.counties.geometries) {
    const prefecture = prefectureOf(g);
    if (!covered.prefectures.has(prefecture))
      byPrefecture.set(prefecture, [...(byPrefecture.get(prefecture) ?? []), g]);
    if (covered.districtsOf.has(prefecture)) continue;
    const f = feature(topology, g) as RegionFeature;
    counties.push({ ...f, properties: { adcode: String(g.id), name: '', prefecture } });
  }
  const prefectures: RegionFeature<PrefectureProps>[] = [...byPrefecture].map(([adcode, geometries]) => ({
    type: 'Feature',
    properties: { adcode, name: '', nameEn: '', province: `${adcode.slice(0, 2)}0000` },
    geometry: merge(topology, geometries as Parameters<typeof merge>[1]),
  }));
  const points = new Map<string, DivisionPoint>(
    topology.points.map(([adcode, lng, lat, km]) => [adcode, { lngLat: [lng, lat], km }]),
  );
  const regions = { prefectures, counties, points };
  regionsCache.set(topology, regions);
  return regions;
}

/**
 * The borders between prefecture-level units of one province, in provinces not in `skipProvinces` (whose borders the
 * basemap draws itself): each drawn once (topojson mesh). Their ends were snapped onto the basemap's province borders
 * by the build, so the two files' lines meet.
 */
export function nationalPrefectureBorders(
  topology: NationalTopology,
  skipProvinces: ReadonlySet<string>,
): MultiLineString {
  const province = (g: object) => `${prefectureOf(g).slice(0, 2)}0000`;
  return mesh(topology, topology.objects.counties, (a, b) => {
    if (a === b || province(a) !== province(b) || skipProvinces.has(province(a))) return false;
    return prefectureOf(a) !== prefectureOf(b);
  });
}

/**
 * The national layer as the maps draw it, worked out once when a file needs it (so no map module imports this one,
 * and the first load carries none of it): the file, the prefectures the basemap lacks (to tint and name a file's
 * cities) and their borders.
 */
export interface NationalLayer {
  topology: NationalTopology;
  prefectures: RegionFeature<PrefectureProps>[];
  borders: MultiLineString;
}

/** The layer for this basemap: its prefectures beyond the basemap's, and the borders between them. */
export function nationalLayer(topology: NationalTopology, basemap: Topology): NationalLayer {
  const covered = basemapCoverage(basemap);
  const provinces = new Set(
    ((basemap.objects['prefectures'] as GeometryCollection | undefined)?.geometries ?? []).map((g) =>
      String((g.properties as Record<string, unknown> | undefined)?.['province']),
    ),
  );
  return {
    topology,
    prefectures: nationalRegions(topology, covered).prefectures,
    borders: nationalPrefectureBorders(topology, provinces),
  };
}

/**
 * The basemap, and the national layer where the data on screen needs it: what every map of the app is drawn from.
 * `national` is absent for the built-in data (the basemap covers it).
 */
export type Basemap = Topology & { national?: NationalLayer };

/**
 * The layer cut to some provinces (adcodes such as "510000"): their counties, with only the arcs those use (renumbered,
 * TopoJSON spec §2.1.4; the transform is kept, so the arcs stay as they were), and their divisions' points. What a
 * published page carries: a map of Sichuan's zones needs Sichuan, not the 1 MB of all China.
 */
export function nationalSubset(topology: NationalTopology, provinces: ReadonlySet<string>): NationalTopology {
  const inScope = (adcode: string) => provinces.has(`${adcode.slice(0, 2)}0000`);
  const used = new Map<number, number>();
  const renumber = (arcs: unknown): unknown =>
    Array.isArray(arcs)
      ? arcs.map(renumber)
      : (() => {
          const a = arcs as number;
          const i = a < 0 ? ~a : a;
          if (!used.has(i)) used.set(i, used.size);
          const j = used.get(i)!;
          return a < 0 ? ~j : j;
        })();
  const geometries = topology.objects.counties.geometries
    .filter((g) => inScope(prefectureOf(g)))
    .map((g) => ('arcs' in g ? { ...g, arcs: renumber(g.arcs) } : g)) as typeof topology.objects.counties.geometries;
  const arcs = new Array<NationalTopology['arcs'][number]>(used.size);
  for (const [i, j] of used) arcs[j] = topology.arcs[i]!;
  return {
    ...topology,
    objects: { counties: { ...topology.objects.counties, geometries } },
    arcs,
    points: topology.points.filter(([adcode]) => inScope(adcode)),
  };
}
