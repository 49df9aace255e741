// Coordinates as people copy them: a crs per row or per file (WGS84, GCJ-02 from Amap/Tencent, BD-09 from Baidu), converted
// to WGS84 with gcoord, and "lng,lat" in one cell.
import gcoord from 'gcoord';
import type { Crs } from './crs';

export { CRS, type Crs } from './crs';

/** How people name each system in a cell or a header note: WGS-84, GPS, 高德, 火星坐标, 百度, BD09LL … */
const NAMES: Record<Crs, readonly string[]> = {
  wgs84: ['wgs84', 'wgs1984', 'epsg4326', 'gps', 'osm', 'openstreetmap', '天地图', 'tianditu', '国际'],
  gcj02: [
    'gcj02',
    'gcj',
    'amap',
    'gaode',
    '高德',
    '高德地图',
    '火星',
    '火星坐标',
    '国测局',
    'tencent',
    'qq',
    '腾讯',
    '腾讯地图',
  ],
  bd09: ['bd09', 'bd09ll', 'bd', 'baidu', 'bmap', '百度', '百度地图'],
};
const crsKey = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.:()]+/g, '')
    .replace(/坐标系?$/, (m) => (value.includes('火星') ? m : ''));
const BY_NAME = new Map<string, Crs>(
  (Object.entries(NAMES) as [Crs, readonly string[]][]).flatMap(([crs, names]) => names.map((n) => [crsKey(n), crs])),
);

/** The system a cell names ("GCJ-02", "高德", "Baidu"), or null. */
export function parseCrs(value: string): Crs | null {
  return BY_NAME.get(crsKey(value)) ?? null;
}

/**
 * A point in WGS84 (degrees), converted with gcoord (MIT; it implements the published GCJ-02 and BD-09 transforms). Points
 * outside China are returned unchanged by GCJ-02's definition.
 */
export function toWgs84(crs: Crs, lng: number, lat: number): [number, number] {
  if (crs === 'wgs84') return [lng, lat];
  const [x, y] = gcoord.transform([lng, lat], crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);
  return [x, y];
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
/** "120.38,36.07" as Amap copies it; a full-width comma, a semicolon or spaces also separate the two numbers. */
const PAIR = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:[,，;；]|\s)\s*(${NUMBER})\s*$`);

/** The two numbers of a "lng,lat" cell, in the order written, or null when the cell is not one such pair. */
export function parsePair(value: string): [number, number] | null {
  const m = PAIR.exec(value.normalize('NFKC'));
  return m ? [Number(m[1]), Number(m[2])] : null;
}
