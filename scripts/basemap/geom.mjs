// Small planar geometry helpers for the basemap build: grid rounding, ring cleaning, areas, winding, bounding boxes.

/** Source grid of the ECharts district data: 1/1024 degree (~100 m). */
export const GRID = 1024;

export const snap = (v) => Math.round(v * GRID) / GRID;

/** Signed shoelace area in square degrees; negative = clockwise (d3-geo's exterior winding). */
export function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2;
}

/** Rounds to the grid, drops consecutive duplicates and A-B-A spikes, closes the ring; null when degenerate. */
export function cleanRing(ring, round = snap) {
  const eq = (a, b) => a[0] === b[0] && a[1] === b[1];
  const st = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    if (st.length && eq(st[st.length - 1], q)) continue;
    if (st.length >= 2 && eq(st[st.length - 2], q)) {
      st.pop();
      continue;
    }
    st.push(q);
  }
  // Close the loop: drop the repeated first point and spikes across the seam.
  for (;;) {
    const n = st.length;
    if (n < 3) break;
    if (eq(st[0], st[n - 1])) st.pop();
    else if (eq(st[n - 2], st[0])) st.pop();
    else if (eq(st[n - 1], st[1])) st.shift();
    else break;
  }
  if (st.length < 3) return null;
  st.push([st[0][0], st[0][1]]);
  if (ringArea(st) === 0) return null;
  return st;
}

/** Polygon/MultiPolygon → array of polygons (arrays of rings), rings cleaned, d3 winding (exterior CW). */
export function toPolygons(geometry, round = snap) {
  if (!geometry) return [];
  const polys =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const out = [];
  for (const poly of polys) {
    if (!poly || !poly.length) continue;
    const ext = cleanRing(poly[0], round);
    if (!ext) continue;
    const rings = [orient(ext, -1)];
    for (const h of poly.slice(1)) {
      const r = cleanRing(h, round);
      if (r) rings.push(orient(r, 1));
    }
    out.push(rings);
  }
  return out;
}

/** Returns the ring wound so that sign(area) === sign (−1 clockwise, +1 anticlockwise). */
export function orient(ring, sign) {
  return Math.sign(ringArea(ring)) === sign ? ring : ring.slice().reverse();
}

/** Rewinds every polygon of a geometry to d3-geo's convention (exterior clockwise, holes anticlockwise). */
export function rewindGeometry(geometry) {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((r, i) => orient(r, i ? 1 : -1)) };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((p) => p.map((r, i) => orient(r, i ? 1 : -1))),
    };
  }
  return geometry;
}

/** Approximate area of a ring in km² (equirectangular at the ring's mean latitude). */
export function ringAreaKm2(ring) {
  let lat = 0;
  for (const p of ring) lat += p[1];
  lat /= ring.length;
  return Math.abs(ringArea(ring)) * 111.32 * 110.57 * Math.cos((lat * Math.PI) / 180);
}

export function bbox(rings) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const p of r) {
      if (p[0] < b[0]) b[0] = p[0];
      if (p[1] < b[1]) b[1] = p[1];
      if (p[0] > b[2]) b[2] = p[0];
      if (p[1] > b[3]) b[3] = p[1];
    }
  return b;
}
