// Extracts the South China Sea dash line and the neighbouring countries from @surbowl/world-geo-json-zh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapshaperMulti } from './mapshaper.mjs';
import { toPolygons } from './geom.mjs';

const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
/** Context window for the neighbours layer: lng 70–140, lat 0–56. */
export const NEIGHBOUR_BBOX = [70, 0, 140, 56];

const r6 = (v) => Math.round(v * 1e6) / 1e6;
const kmX = (lat) => 111.32 * Math.cos((lat * Math.PI) / 180);

/**
 * The ten dashes, which the package stores as thin polygons in China's MultiPolygon (its annotated
 * world.zh.jsonc marks them "中国南海海域十段线"). Each dash polygon becomes its centre line.
 */
export function nanhaiDashes(pkgDir) {
  const jsonc = readFileSync(join(pkgDir, 'world.zh.jsonc'), 'utf8').split('\n');
  const start = jsonc.findIndex((l) => /^\s*\/\/ ==== 中国南海海域十段线 ====/.test(l));
  if (start < 0) throw new Error('dash-line section not found in world.zh.jsonc');
  const polys = [];
  for (let i = start + 1; i < jsonc.length; i++) {
    const line = jsonc[i].trim();
    if (line.startsWith('// geometry end')) break;
    if (!line.startsWith('[[[')) continue;
    polys.push(JSON.parse(line.replace(/,$/, '')));
  }
  // Cross-check against the data file proper: each dash must be one of China's polygons there.
  const world = JSON.parse(readFileSync(join(pkgDir, 'world.zh.json'), 'utf8'));
  const cn = world.features.find((f) => f.properties.iso_a2 === 'CN');
  const have = new Set(cn.geometry.coordinates.map((p) => JSON.stringify(p)));
  for (const p of polys) if (!have.has(JSON.stringify(p))) throw new Error('dash polygon not in world.zh.json');
  if (polys.length !== 10) throw new Error(`expected 10 dashes, found ${polys.length}`);
  return polys.map((p) => centreline(p[0]));
}

function centreline(ring) {
  const pts = ring.slice(0, -1);
  const n = pts.length;
  const len = (a, b) => Math.hypot((a[0] - b[0]) * kmX((a[1] + b[1]) / 2), (a[1] - b[1]) * 110.57);
  const edges = pts.map((p, i) => [len(p, pts[(i + 1) % n]), i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // The two end caps are the two shortest edges that do not touch each other.
  const i1 = edges[0][1];
  const cap2 = edges.find(([, i]) => i !== i1 && (i + 1) % n !== i1 && (i1 + 1) % n !== i);
  if (!cap2) throw new Error('dash without two caps');
  const [a, b] = [Math.min(i1, cap2[1]), Math.max(i1, cap2[1])];
  const sideA = [];
  for (let i = a + 1; i <= b; i++) sideA.push(pts[i]);
  const sideB = [];
  for (let i = a; i >= b + 1 - n; i--) sideB.push(pts[(i + n) % n]);
  if (sideA.length === sideB.length) {
    return sideA.map((p, i) => [r6((p[0] + sideB[i][0]) / 2), r6((p[1] + sideB[i][1]) / 2)]);
  }
  // Otherwise walk both sides by normalised length and take midpoints.
  const cum = (s) => {
    const c = [0];
    for (let i = 1; i < s.length; i++) c.push(c[i - 1] + len(s[i - 1], s[i]));
    const t = c[c.length - 1] || 1;
    return c.map((v) => v / t);
  };
  const ca = cum(sideA);
  const cb = cum(sideB);
  const at = (s, c, t) => {
    let i = 1;
    while (i < c.length - 1 && c[i] < t) i++;
    const t0 = c[i - 1];
    const t1 = c[i] ?? 1;
    const u = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
    const p = s[i - 1];
    const q = s[i] ?? p;
    return [p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u];
  };
  const ts = [...new Set([...ca, ...cb].map((t) => Math.round(t * 1e9) / 1e9))].sort((x, y) => x - y);
  return ts.map((t) => {
    const p = at(sideA, ca, t);
    const q = at(sideB, cb, t);
    return [r6((p[0] + q[0]) / 2), r6((p[1] + q[1]) / 2)];
  });
}

/**
 * Countries other than China, clipped to NEIGHBOUR_BBOX, as { name, polygons } sorted by name.
 * The package's borders with China differ from those of the district data by up to a few km, which
 * would leave slivers of sea between China and its neighbours. So each country is grown by
 * `growKm` (its unshared edges only) inside the package's own China polygon, and then `china`
 * (the outline built from the districts, GeoJSON MultiPolygon) is erased from it: the borders then
 * run along the districts' outline, point for point, and share arcs with the provinces.
 */
export async function neighbours(pkgDir, modulesDir, china, growKm = 15) {
  const world = JSON.parse(readFileSync(join(pkgDir, 'world.zh.json'), 'utf8'));
  const nb = {
    type: 'FeatureCollection',
    features: world.features
      .filter((f) => !CHINA.has(f.properties.iso_a2))
      .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: f.geometry })),
  };
  const theirChina = {
    type: 'FeatureCollection',
    features: world.features
      .filter((f) => CHINA.has(f.properties.iso_a2))
      .map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  };
  const ourChina = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: china }] };
  const out = await mapshaperMulti(
    modulesDir,
    { 'nb.json': nb, 'a.json': theirChina, 'b.json': ourChina },
    [
      '-i nb.json name=nb',
      '-i a.json name=a',
      '-i b.json name=b',
      `-clip target=nb bbox=${NEIGHBOUR_BBOX.join(',')}`,
      `-buffer target=nb ${growKm}km topological name=grown +`,
      '-clip target=grown source=a',
      '-merge-layers target=nb,grown force name=nb2',
      '-dissolve target=nb2 fields=name',
      '-erase target=nb2 source=b',
      `-o target=nb2 out.json format=geojson precision=0.000001`,
    ].join(' '),
  );
  const snap = outlineSnapper(china);
  return out.features
    .map((f) => ({ name: f.properties.name, polygons: toPolygons(snap(f.geometry), (v) => v) }))
    .filter((f) => f.polygons.length)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * After erasing, a neighbour's border follows China's vertices but keeps extra points where its old
 * outline crossed China's edges (and a few vertices off by rounding). Both would split the shared
 * arcs into hundreds of pieces; this moves near-vertices onto China's and drops the extra points.
 */
function outlineSnapper(china) {
  const key = (p) => `${p[0]},${p[1]}`;
  const cell = (x, y) => `${Math.round(x * 100)},${Math.round(y * 100)}`;
  const vertices = new Set();
  const edges = new Set();
  const grid = new Map();
  for (const poly of china.coordinates)
    for (const ring of poly)
      ring.forEach((p, i) => {
        vertices.add(key(p));
        const c = cell(p[0], p[1]);
        if (!grid.has(c)) grid.set(c, []);
        grid.get(c).push(p);
        if (i) {
          edges.add(`${key(ring[i - 1])}|${key(p)}`);
          edges.add(`${key(p)}|${key(ring[i - 1])}`);
        }
      });
  const EPS = 2e-6;
  const snapPoint = (p) => {
    if (vertices.has(key(p))) return p;
    const q = (grid.get(cell(p[0], p[1])) ?? []).find(
      (c) => Math.abs(c[0] - p[0]) <= EPS && Math.abs(c[1] - p[1]) <= EPS,
    );
    return q ? [q[0], q[1]] : p;
  };
  const offSegment = (p, a, b) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  };
  const fixRing = (ring) => {
    const r = ring.map(snapPoint);
    const out = [];
    let lastChina = -1;
    for (let i = 0; i < r.length; i++) {
      const p = r[i];
      const isChina = vertices.has(key(p));
      if (isChina && lastChina >= 0 && i - lastChina > 1 && edges.has(`${key(r[lastChina])}|${key(p)}`)) {
        const a = r[lastChina];
        const between = r.slice(lastChina + 1, i);
        if (between.every((q) => offSegment(q, a, p) < 1e-5)) out.length -= between.length;
      }
      out.push(p);
      if (isChina) lastChina = i;
    }
    return out;
  };
  return (g) => {
    if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(fixRing) };
    if (g.type === 'MultiPolygon')
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(fixRing)) };
    return g;
  };
}
