// The national layer's file shape (data/national.topo.json, built by scripts/build-basemap.mjs) and its load-time check.
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One county's geometry: its adcode as `id` (2023 codes where the source's changed), its prefecture-level unit. */
export interface CountyGeometryProps {
  /** adcode of the prefecture-level unit (a 省直辖 county-level city such as 429004 is its own). */
  prefecture: string;
}

/**
 * data/national.topo.json (scripts/build-basemap.mjs, step 8): a TopoJSON topology with one object `counties`
 * (2,857 county-level units, Visvalingam 3 km, about 300 m grid), plus `points`: for every province, prefecture-level
 * unit and county, [adcode, lng, lat, km] — its pole of inaccessibility (polylabel, 0.001°) in WGS84 degrees, and its
 * equal-area radius √(area/π) in km. Taiwan, Hong Kong, Macao and the South China Sea islands have no counties here.
 */
export interface NationalTopology extends Topology<{ counties: GeometryCollection<CountyGeometryProps> }> {
  source: string;
  points: [adcode: string, lng: number, lat: number, km: number][];
}

/** A value read from JSON is the national layer (the checks a loader needs before handing it on). */
export function isNationalTopology(value: unknown): value is NationalTopology {
  const t = value as Partial<NationalTopology> | null;
  return (
    !!t &&
    t.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    Array.isArray(t.points) &&
    Array.isArray((t.objects as NationalTopology['objects'] | undefined)?.counties?.geometries)
  );
}
