// The coordinate systems a zones file may use (kept apart from coords.ts, so the Data dialog lists them without loading gcoord).

/**
 * The coordinate systems a file may use. WGS84 is GPS and OpenStreetMap; GCJ-02 is the obfuscated system every map published
 * in China must use (Amap/高德, Tencent/腾讯, Google's China tiles), offset from WGS84 by about 300–700 m; BD-09 is Baidu's
 * (百度) further offset of GCJ-02. The basemap and downloads are WGS84.
 */
export const CRS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS)[number];
