// Spreading markers that sit on each other (zones a few km apart) just enough that each can be seen and clicked.

export interface ScreenPoint {
  id: string;
  /** px from the map's top left */
  x: number;
  y: number;
}

export interface SpreadPoint extends ScreenPoint {
  /** Where the zone really is (px); equal to x, y unless the marker was moved. */
  trueX: number;
  trueY: number;
  /** Whether the marker was moved off its true location (it then gets a leader line to a dot there). */
  moved: boolean;
}

/**
 * Spreads markers closer than `gap` px (centre to centre) onto a ring around their group's centre, in the order of
 * their true bearings from it — the "spiderfy" layout of Leaflet.markercluster and its MapLibre ports — so each keeps
 * its side of the group. Groups are the connected sets of markers closer than `gap`; two markers are set apart along
 * their own line. A ring that comes within `gap` of another marker or group joins it and the layout is redone (at
 * most 4 times). Points closer to nothing are returned unmoved. Deterministic: the same input gives the same output.
 *
 * @param points markers in px, any order
 * @param gap px between marker centres (the marker's diameter plus a hairline: markers touch, never cover)
 */
export function spreadMarkers(points: readonly ScreenPoint[], gap: number): SpreadPoint[] {
  const n = points.length;
  const out: SpreadPoint[] = points.map((p) => ({ ...p, trueX: p.x, trueY: p.y, moved: false }));
  if (n < 2 || !(gap > 0)) return out;
  // Union-find over "closer than gap", first on the true positions, then again on the spread ones.
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let round = 0; round < 4; round++) {
    let joined = false;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (find(i) !== find(j) && Math.hypot(a.x - b.x, a.y - b.y) < gap - 1e-6) {
          join(i, j);
          joined = true;
        }
      }
    if (!joined && round > 0) break;
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
    for (const members of groups.values()) if (members.length > 1) ring(out, members, gap);
    if (!joined) break;
  }
  return out;
}

/** Lays a group's members on a ring around their true centre, each at its true bearing's rank. */
function ring(out: SpreadPoint[], members: number[], gap: number) {
  const k = members.length;
  const cx = members.reduce((s, i) => s + out[i]!.trueX, 0) / k;
  const cy = members.reduce((s, i) => s + out[i]!.trueY, 0) / k;
  const bearing = (i: number) => Math.atan2(out[i]!.trueY - cy, out[i]!.trueX - cx);
  const sorted = [...members].sort((a, b) => bearing(a) - bearing(b) || out[a]!.id.localeCompare(out[b]!.id));
  // Neighbours on the ring are `gap` apart: chord 2R·sin(π/k) = gap.
  const radius = gap / (2 * Math.sin(Math.PI / k));
  const start = Number.isFinite(bearing(sorted[0]!)) ? bearing(sorted[0]!) : 0;
  // Two markers at one spot (bearing 0 for both) still get opposite sides.
  sorted.forEach((i, rank) => {
    const angle = start + (2 * Math.PI * rank) / k;
    const p = out[i]!;
    p.x = cx + radius * Math.cos(angle);
    p.y = cy + radius * Math.sin(angle);
    p.moved = Math.hypot(p.x - p.trueX, p.y - p.trueY) > 0.5;
  });
}
