// Simplification stage of the basemap build: Visvalingam weights in km², per-arc detail levels, ring-safety loop, quantization.
import { presimplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { ringArea } from './geom.mjs';

/** Triangle area in km² (local equirectangular scale at the middle vertex). */
export function triangleKm2(t) {
  const [a, b, c] = t;
  const kx = 111.32 * Math.cos((b[1] * Math.PI) / 180);
  const ky = 110.57;
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) * 0.5 * kx * ky;
}

function ringCoords(arcs, ring) {
  const out = [];
  for (const a of ring) {
    const arc = a < 0 ? arcs[~a].slice().reverse() : arcs[a];
    for (let i = out.length ? 1 : 0; i < arc.length; i++) out.push(arc[i]);
  }
  return out;
}

function polygonRings(topo) {
  const rings = [];
  for (const [name, obj] of Object.entries(topo.objects)) {
    for (const g of obj.geometries ?? [obj]) {
      if (g.type === 'Polygon') for (const r of g.arcs) rings.push({ name, ring: r });
      else if (g.type === 'MultiPolygon') for (const p of g.arcs) for (const r of p) rings.push({ name, ring: r });
    }
  }
  return rings;
}

function decodeArcs(q) {
  const [sx, sy] = q.transform.scale;
  const [tx, ty] = q.transform.translate;
  return q.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * Simplifies `topo` (unquantized) with a tolerance per arc and quantizes it.
 * `tolerances[i]` is a length in km (Visvalingam threshold area = tolerance²), 0 keeps every point.
 * Rings that would collapse, flip or lose most of their area are retried with a finer tolerance
 * (÷4 each round, then kept whole), so no small island turns into the whole globe.
 */
export function simplifyAndQuantize(topo, tolerances, quantization, log = console.log) {
  const pre = presimplify(topo, triangleKm2);
  const rings = polygonRings(topo);
  const original = rings.map(({ ring }) => ringArea(ringCoords(topo.arcs, ring)));
  const tol = Float64Array.from(tolerances);
  let q;
  for (let round = 0; ; round++) {
    const arcs = pre.arcs.map((arc, i) => {
      const t = tol[i];
      const min = t * t;
      return arc.filter((p) => t === 0 || p[2] >= min).map((p) => [p[0], p[1]]);
    });
    q = quantize({ type: 'Topology', bbox: topo.bbox, objects: topo.objects, arcs }, quantization);
    const decoded = decodeArcs(q);
    const bad = new Set();
    rings.forEach(({ ring }, k) => {
      const c = ringCoords(decoded, ring);
      const a = ringArea(c);
      const a0 = original[k];
      const distinct = new Set(c.map((p) => `${p[0]},${p[1]}`)).size;
      if (distinct < 3 || Math.sign(a) !== Math.sign(a0) || Math.abs(a) < 0.3 * Math.abs(a0)) {
        for (const i of ring) bad.add(i < 0 ? ~i : i);
      }
    });
    if (!bad.size) break;
    if (round >= 6) throw new Error(`${bad.size} arcs still degenerate after ${round} rounds`);
    let kept = 0;
    for (const i of bad) {
      if (tol[i] === 0) continue;
      tol[i] = round >= 3 ? 0 : tol[i] / 4;
      kept++;
    }
    log(`  simplify round ${round}: ${bad.size} arcs in degenerate rings refined (${kept} changed)`);
    if (!kept) {
      const which = rings
        .filter(({ ring }) => ring.some((i) => bad.has(i < 0 ? ~i : i)))
        .map(({ name, ring }) => `${name}:${JSON.stringify(ringCoords(topo.arcs, ring).slice(0, 3))}`);
      throw new Error(`degenerate rings with full detail (quantization too coarse): ${which.join(' ')}`);
    }
  }
  return { topology: q, deviation: deviation(pre.arcs, tol) };
}

/**
 * How far the dropped vertices lie from the simplified line (km), per arc: for reporting the
 * detail levels. Kept points are a subsequence of the original ones, so each dropped vertex is
 * measured against the kept segment that spans it.
 */
function deviation(arcs, tol) {
  return arcs.map((arc, i) => {
    const t = tol[i];
    const min = t * t;
    const kept = [];
    arc.forEach((p, j) => {
      if (t === 0 || p[2] >= min) kept.push(j);
    });
    const d = [];
    for (let k = 1; k < kept.length; k++) {
      const a = arc[kept[k - 1]];
      const b = arc[kept[k]];
      for (let j = kept[k - 1] + 1; j < kept[k]; j++) d.push(distKm(arc[j], a, b));
    }
    return { dropped: d, kept: kept.length, total: arc.length };
  });
}

function distKm(p, a, b) {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110.57;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const u = l2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
  return Math.hypot(ax + u * dx, ay + u * dy);
}
