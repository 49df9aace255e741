// National stage of the basemap build: every prefecture's border and every county's outline, representative point and size, for user data anywhere in China.
import { topology } from 'topojson-server';
import { ringAreaKm2 } from './geom.mjs';

/** Provinces with no prefecture-level divisions drawn nationally: Taiwan (no codes in the source), Hong Kong, Macao. */
const NO_PREFECTURES = ['710000', '810000', '820000'];

/**
 * The prefecture-level unit a county-level record belongs to, as data/divisions.json has them (`cities`, adcodes): a
 * county-level city governed by its province (省直辖县级行政区划, such as 429004 仙桃 or 419001 济源) is its own unit;
 * a municipality's districts and counties (xx01xx, xx02xx) are the one city xx0100; anything else is its adcode's first
 * four digits + 00.
 */
export function prefectureOf(adcode, cities, municipalities) {
  if (cities.has(adcode)) return adcode;
  if (municipalities.has(adcode.slice(0, 2))) return `${adcode.slice(0, 2)}0100`;
  return `${adcode.slice(0, 4)}00`;
}

/** Whether a county-level record belongs in the national layer (every province but Taiwan, Hong Kong and Macao). */
export const inNationalLayer = (record) => !NO_PREFECTURES.includes(record.province);

/**
 * The representative point of a county: polylabel's pole of inaccessibility (Agafonkin 2016, precision 0.001°) of its
 * largest part, so the point lies inside the county and away from its border, never in a bay or on another island.
 * Returns [lng, lat] rounded to 0.001° (about 100 m) and the county's equal-area radius in km (√(area/π)), rounded to
 * 0.1 km.
 */
export function representativePoint(polygons, polylabel) {
  let best = polygons[0];
  let bestArea = -1;
  let total = 0;
  for (const poly of polygons) {
    const a = ringAreaKm2(poly[0]) - poly.slice(1).reduce((s, r) => s + ringAreaKm2(r), 0);
    total += a;
    if (a > bestArea) [best, bestArea] = [poly, a];
  }
  const p = polylabel(best, 0.001);
  const round = (v, k) => Math.round(v * k) / k;
  return { point: [round(p[0], 1000), round(p[1], 1000)], km: Math.max(0.1, round(Math.sqrt(total / Math.PI), 10)) };
}

/**
 * records: [{ adcode, prefecture, polygons, … }] → a topology with one GeometryCollection `counties`, each geometry
 * with its adcode as `id` and `{ prefecture }` (the adcode of its prefecture-level unit) as properties.
 */
export function countyTopology(records) {
  return topology({
    counties: {
      type: 'FeatureCollection',
      features: records.map((r) => ({
        type: 'Feature',
        id: r.adcode,
        properties: { prefecture: r.prefecture },
        geometry: { type: 'MultiPolygon', coordinates: r.polygons },
      })),
    },
  });
}

/** A quantized topology's arcs as absolute [lng, lat] (TopoJSON spec §2.1.5: delta-encoded, then the transform). */
export function decodeArcs(topo) {
  const { scale, translate } = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

/** Absolute arcs back to a quantized, delta-encoded topology's arcs under its transform; repeated points dropped. */
export function encodeArcs(topo, arcs) {
  const { scale, translate } = topo.transform;
  return arcs.map((arc) => {
    let px = 0;
    let py = 0;
    const out = [];
    arc.forEach(([lng, lat], i) => {
      const x = Math.round((lng - translate[0]) / scale[0]);
      const y = Math.round((lat - translate[1]) / scale[1]);
      if (i > 0 && i < arc.length - 1 && x === px && y === py) return;
      out.push([x - px, y - py]);
      [px, py] = [x, y];
    });
    return out;
  });
}

/**
 * Moves the ends of the borders between prefectures of one province onto the basemap's own province borders
 * (`lines`: absolute segments' polylines), so that where the two files are drawn together the lines meet: each is
 * simplified on its own, and the basemap's coarse level need not keep the junction vertex. An end moves to the nearest
 * point of the nearest line within `maxKm`. Returns the number of ends moved and the largest move in km.
 */
export function snapJunctions(topo, isInternal, lines, maxKm = 15) {
  const arcs = decodeArcs(topo);
  const segs = [];
  for (const line of lines) for (let i = 1; i < line.length; i++) segs.push([line[i - 1], line[i]]);
  const kx = (lat) => 111.32 * Math.cos((lat * Math.PI) / 180);
  const nearest = ([x, y]) => {
    let best = null;
    let bestKm = maxKm;
    const k = kx(y);
    for (const [a, b] of segs) {
      if (Math.min(a[0], b[0]) > x + 0.2 || Math.max(a[0], b[0]) < x - 0.2) continue;
      if (Math.min(a[1], b[1]) > y + 0.2 || Math.max(a[1], b[1]) < y - 0.2) continue;
      const ax = (a[0] - x) * k;
      const ay = (a[1] - y) * 110.57;
      const dx = (b[0] - a[0]) * k;
      const dy = (b[1] - a[1]) * 110.57;
      const l2 = dx * dx + dy * dy;
      const u = l2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
      const d = Math.hypot(ax + u * dx, ay + u * dy);
      if (d < bestKm) [best, bestKm] = [[a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1])], d];
    }
    return best ? { point: best, km: bestKm } : null;
  };
  // An end is a junction with the province border where an arc that is not internal (an outer border) also ends.
  const key = (p) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  const outerEnds = new Set();
  arcs.forEach((arc, i) => {
    if (!isInternal[i]) for (const p of [arc[0], arc[arc.length - 1]]) outerEnds.add(key(p));
  });
  let moved = 0;
  let maxMoved = 0;
  const to = new Map();
  arcs.forEach((arc, i) => {
    if (!isInternal[i]) return;
    for (const j of [0, arc.length - 1]) {
      const k = key(arc[j]);
      if (!outerEnds.has(k) || to.has(k)) continue;
      const hit = nearest(arc[j]);
      to.set(k, hit);
      if (!hit) continue;
      moved++;
      maxMoved = Math.max(maxMoved, hit.km);
    }
  });
  // The junction moves in every arc that ends there, outer ones too: rings stay closed (each arc starts where the
  // last ended), so outlines and merges remain valid.
  for (const arc of arcs)
    for (const j of [0, arc.length - 1]) {
      const hit = to.get(key(arc[j]));
      if (hit) arc[j] = hit.point;
    }
  topo.arcs = encodeArcs(topo, arcs);
  return { moved, maxKm: maxMoved };
}
