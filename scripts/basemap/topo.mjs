// Topology stage of the basemap build: one arc set for all districts, Jizhou's hole, small-island filtering, dissolves.
import { topology } from 'topojson-server';
import { feature, mergeArcs } from 'topojson-client';
import { ringArea, ringAreaKm2 } from './geom.mjs';

/** records: [{ adcode, polygons }] → topology with one GeometryCollection `d` (same order as records). */
export function districtTopology(records) {
  return topology({
    d: {
      type: 'FeatureCollection',
      features: records.map((r) => ({
        type: 'Feature',
        properties: { adcode: r.adcode },
        geometry: { type: 'MultiPolygon', coordinates: r.polygons },
      })),
    },
  });
}

/** Planar point-in-ring (even-odd). */
export function inRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** GeoJSON MultiPolygon coordinates of the union of some geometries of topology.objects.d. */
export function dissolve(topo, geometries) {
  const merged = mergeArcs(topo, geometries);
  const g = feature(topo, merged).geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Every hole in the union of `geometries` (the gaps the sources leave between districts), as
 * clockwise rings (ready to become a polygon exterior) with their area in km², largest first.
 */
export function holes(topo, geometries) {
  const out = [];
  for (const poly of dissolve(topo, geometries)) {
    for (const ring of poly.slice(1)) out.push({ ring: ring.slice().reverse(), km2: ringAreaKm2(ring) });
  }
  return out.sort((a, b) => b.km2 - a.km2);
}

/**
 * Drops small islands (polygon parts none of whose exterior arcs is shared) and small unshared holes
 * (lakes, slivers), so that simplification need not keep thousands of specks. `minKm2(record, ring)`
 * gives the threshold for a ring of a district (0 keeps everything). Returns new polygons per record.
 */
export function dropSpecks(topo, records, minKm2) {
  const geoms = topo.objects.d.geometries;
  const uses = new Map();
  const count = (arcs) => {
    for (const ring of arcs)
      for (const a of ring) {
        const k = a < 0 ? ~a : a;
        uses.set(k, (uses.get(k) ?? 0) + 1);
      }
  };
  for (const g of geoms) {
    if (g.type === 'Polygon') count(g.arcs);
    else if (g.type === 'MultiPolygon') for (const p of g.arcs) count(p);
  }
  const isolated = (ringArcs) => ringArcs.every((a) => uses.get(a < 0 ? ~a : a) === 1);
  const stats = { islands: 0, holes: 0 };
  const result = records.map((rec, idx) => {
    const g = geoms[idx];
    const parts = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const keptParts = [];
    for (const part of parts) {
      const coords = feature(topo, { type: 'Polygon', arcs: part }).geometry.coordinates;
      if (isolated(part[0]) && ringAreaKm2(coords[0]) < minKm2(rec, coords[0])) {
        stats.islands++;
        continue;
      }
      const rings = [coords[0]];
      part.slice(1).forEach((h, i) => {
        if (isolated(h) && ringAreaKm2(coords[i + 1]) < minKm2(rec, coords[i + 1])) stats.holes++;
        else rings.push(coords[i + 1]);
      });
      keptParts.push(rings);
    }
    // Never drop a district entirely: keep its largest part.
    if (!keptParts.length && parts.length) {
      const all = parts.map((p) => feature(topo, { type: 'Polygon', arcs: p }).geometry.coordinates);
      all.sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])));
      keptParts.push(all[0]);
    }
    return keptParts;
  });
  return { polygons: result, stats };
}
