// Clusters on national views (issue 20): zones that sit close at the camera's zoom become one disc with their count
// and their management models' mix; both renderers draw the same clusters, computed here.
import type Supercluster from 'supercluster';
import type { ClusterProperties } from 'supercluster';
import type { ZoneMark } from '../model';

/**
 * The clustering rules, shared by both renderers. Supercluster (ISC; the library MapLibre's own cluster source runs)
 * at Web Mercator zoom levels of 512 px tiles, as the cameras use:
 * - `from`: clustering applies from this many zones in the data (the five cities' 15 never cluster);
 * - `radius`: px within which zones join a cluster (MapLibre's default is 50);
 * - `maxZoom`: the last zoom that clusters (MapLibre's maxZoom is 12): a catalogue's hundred zones in one city stay
 *   clusters until the map is close enough to show them apart, instead of a spiral of spread markers;
 * - `minPoints`: the fewest zones that make a cluster (two close zones are spread apart instead, geo/spread.ts).
 */
export const CLUSTER = { from: 200, radius: 50, maxZoom: 11, minPoints: 3 } as const;

/** One cluster on the map: where it is, how many zones, and how many of each model (by legend colour). */
export interface ZoneCluster {
  /** Stable for a given set of zones and zoom (Supercluster's cluster id). */
  id: number;
  /** [longitude, latitude] in degrees: the zones' weighted centre. */
  lngLat: [number, number];
  count: number;
  /** Zones per colour, largest first (ties by colour), summing to `count`. */
  mix: { color: string; count: number }[];
  /** The zoom at which this cluster breaks apart: a click zooms there. */
  expansionZoom: number;
  /** The zones it holds. */
  zoneIds: string[];
}

/** What clustering shows at one zoom: the clusters, and the zones they hold (drawn as clusters, not markers). */
export interface ClusterView {
  clusters: ZoneCluster[];
  clustered: ReadonlySet<string>;
}

const NONE: ClusterView = { clusters: [], clustered: new Set() };

/** Supercluster's class, once `loadClusterer` has fetched it. */
let Clusterer: typeof Supercluster | null = null;

/**
 * Fetches Supercluster (a chunk of its own, about 4 KiB: the five cities' 15 zones never cluster, and a visit to them,
 * or an embed of them, never loads it). Call before a dataset is drawn (`prepareClusters`); resolves at once after
 * the first time. Rejects when the chunk cannot be fetched.
 */
export async function loadClusterer(): Promise<void> {
  Clusterer ??= (await import('supercluster')).default;
}

/** Loads the clusterer when a dataset of `zoneCount` zones may cluster (CLUSTER.from); resolves at once otherwise. */
export async function prepareClusters(zoneCount: number): Promise<void> {
  if (zoneCount >= CLUSTER.from) await loadClusterer();
}

/**
 * A point's properties: its zone, and one count per legend colour (`c:<colour>`). Flat, because Supercluster copies
 * cluster properties shallowly from level to level: a nested object would be shared, and `reduce` would count twice.
 */
type Props = { id: string } & Record<`c:${string}`, number>;

/**
 * An index of the zones that may cluster: every zone but the faded (filtered-out zones are left out of a national
 * view: the clusters count what the filter keeps). Inactive when the data, or what the filter or comparison keeps,
 * has fewer than CLUSTER.from zones. Build one per set of faded zones (`clusterKey`); `at(zoom)` is memoised by whole
 * zoom level. Throws when it would cluster before `loadClusterer` has resolved.
 */
export class ZoneClusterIndex {
  #index: Supercluster<Props, Props> | null = null;
  #memo = new Map<number, ClusterView>();
  #color = new Map<string, string>();

  constructor(marks: readonly ZoneMark[]) {
    if (marks.length < CLUSTER.from) return;
    const kept = marks.filter((m) => !m.state.faded);
    // A filter or a comparison that keeps a few zones of a catalogue shows them all, as markers.
    if (kept.length < CLUSTER.from) return;
    if (!Clusterer) throw new Error('clusters: Supercluster is not loaded (prepareClusters before drawing the data)');
    const points = kept.map((m) => {
      this.#color.set(m.id, m.fill);
      return {
        type: 'Feature' as const,
        properties: { id: m.id, [`c:${m.fill}`]: 1 } as Props,
        geometry: { type: 'Point' as const, coordinates: m.lngLat },
      };
    });
    this.#index = new Clusterer<Props, Props>({
      radius: CLUSTER.radius,
      maxZoom: CLUSTER.maxZoom,
      minPoints: CLUSTER.minPoints,
      extent: 512,
      map: (p) => ({ ...p }),
      reduce: (acc, p) => {
        for (const [key, n] of Object.entries(p) as [keyof Props, unknown][])
          if (key.startsWith('c:'))
            (acc as Record<string, number>)[key] = ((acc as Record<string, number>)[key] ?? 0) + (n as number);
      },
    }).load(points);
  }

  /** Whether the data is large enough to cluster at all. */
  get active(): boolean {
    return this.#index !== null;
  }

  /**
   * The clusters at `zoom` (a camera's zoom; whole levels, as Supercluster and MapLibre's cluster source use).
   * Zones in `apart` (the selected and the hovered) leave their cluster and show as markers; a cluster left with one
   * zone is that zone's marker again.
   */
  at(zoom: number, apart: ReadonlySet<string> = new Set()): ClusterView {
    const level = Math.max(0, Math.floor(zoom));
    const whole = this.#whole(level);
    if (!whole.clusters.length || ![...apart].some((id) => whole.clustered.has(id))) return whole;
    const clusters: ZoneCluster[] = [];
    const clustered = new Set<string>();
    for (const c of whole.clusters) {
      const zoneIds = c.zoneIds.filter((id) => !apart.has(id));
      if (zoneIds.length < 2) continue;
      for (const id of zoneIds) clustered.add(id);
      if (zoneIds.length === c.zoneIds.length) {
        clusters.push(c);
        continue;
      }
      const counts = new Map<string, number>();
      for (const id of zoneIds) counts.set(this.#color.get(id)!, (counts.get(this.#color.get(id)!) ?? 0) + 1);
      clusters.push({ ...c, count: zoneIds.length, mix: sortMix(counts), zoneIds });
    }
    return { clusters, clustered };
  }

  #whole(level: number): ClusterView {
    const index = this.#index;
    if (!index || level > CLUSTER.maxZoom) return NONE;
    const memo = this.#memo.get(level);
    if (memo) return memo;
    const clusters: ZoneCluster[] = [];
    const clustered = new Set<string>();
    for (const f of index.getClusters([-180, -85, 180, 85], level)) {
      const props = f.properties as Props & Partial<ClusterProperties>;
      if (!props.cluster || props.cluster_id === undefined) continue;
      const zoneIds = index.getLeaves(props.cluster_id, Infinity).map((l) => l.properties.id);
      for (const id of zoneIds) clustered.add(id);
      clusters.push({
        id: props.cluster_id,
        lngLat: f.geometry.coordinates as [number, number],
        count: zoneIds.length,
        mix: sortMix(
          new Map(
            Object.entries(props)
              .filter(([key]) => key.startsWith('c:'))
              .map(([key, n]) => [key.slice(2), n as number]),
          ),
        ),
        expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id), CLUSTER.maxZoom + 1),
        zoneIds,
      });
    }
    const view = { clusters, clustered };
    this.#memo.set(level, view);
    return view;
  }
}

function sortMix(counts: ReadonlyMap<string, number>): ZoneCluster['mix'] {
  return [...counts]
    .map(([color, count]) => ({ color, count }))
    .sort((a, b) => b.count - a.count || a.color.localeCompare(b.color));
}

/**
 * How many cluster indexes (faded sets) a renderer keeps: clearing a search or a filter returns to an index built
 * before (the unfiltered one above all), so going back costs no rebuild (about 15 ms at 2,543 zones).
 */
const CLUSTER_CACHE = 4;

/**
 * A renderer's cluster index, rebuilt only when the zones or the faded set change (not on hover or selection), and
 * kept for the CLUSTER_CACHE most recent faded sets: call the returned function with each new model's marks and zones.
 */
export function clusterIndexCache(): (marks: readonly ZoneMark[], zones: unknown) => ZoneClusterIndex {
  let recent: { zones: unknown; key: string; index: ZoneClusterIndex }[] = [];
  return (marks, zones) => {
    const key = clusterKey(marks);
    const hit = recent.find((c) => c.zones === zones && c.key === key);
    const entry = hit ?? { zones, key, index: new ZoneClusterIndex(marks) };
    recent = [entry, ...recent.filter((c) => c !== entry && c.zones === zones)].slice(0, CLUSTER_CACHE);
    return entry.index;
  };
}
/**
 * The zones a renderer leaves out at a cluster view: those in a cluster and, in a dataset large enough to cluster
 * (CLUSTER.from zones), the faded ones (a national view shows what the filter keeps), but never the selected zone.
 */
export function hiddenZones(marks: readonly ZoneMark[], index: ZoneClusterIndex, view: ClusterView): Set<string> {
  const hidden = new Set(view.clustered);
  // A national catalogue's faded zones are left out even when what the filter keeps is too few to cluster: thousands of
  // faded dots and labels drowned the few matches (a stranger's search at 2,806 zones) and cost every keystroke.
  if (index.active || marks.length >= CLUSTER.from)
    for (const m of marks) if (m.state.faded && !m.state.selected) hidden.add(m.id);
  return hidden;
}

/** The zones that stand apart from any cluster: the selected and the hovered. */
export function apartZones(marks: readonly ZoneMark[]): Set<string> {
  return new Set(marks.filter((m) => m.state.selected || m.state.hovered).map((m) => m.id));
}

/**
 * The zoom a click on a cluster goes to from `current`: where it breaks apart (`expansionZoom`), and at least one
 * level closer (at zoom 4.9 a cluster that breaks apart at 5 would hardly move).
 */
export function expandZoom(expansionZoom: number, current: number): number {
  return Math.max(expansionZoom, current + 1);
}

/** What a cluster index depends on: the zones and which of them are faded (so an index is rebuilt only then). */
export function clusterKey(marks: readonly ZoneMark[]): string {
  if (marks.length < CLUSTER.from) return '';
  return `${marks.length}:${marks.map((m) => (m.state.faded ? '0' : '1')).join('')}`;
}

/**
 * A cluster disc's radius in px at `scale`: grows with the log of its count, from 11 px (3 zones) to 22 px (128 and
 * more), so two discs (44 px across at most) never meet: cluster centres lie at least CLUSTER.radius (50 px) apart.
 */
export function clusterRadius(count: number, scale = 1): number {
  // Half-px steps, so that discs of similar counts share one image in MapLibre.
  return Math.round(Math.min(22, 8 + 2 * Math.log2(Math.max(count, 1))) * scale * 2) / 2;
}

/** The ring's resolution: each model's share is drawn in whole 10° steps (36 to the circle). */
export const RING_STEPS = 36;

/**
 * A cluster's mix as the ring draws it: each colour's share of RING_STEPS steps by largest remainder, at least one
 * step for any colour present, in `mix` order. Both renderers draw these steps, and MapLibre's images are keyed by
 * them, so clusters of similar mixes share an image (drawing one costs a canvas read-back).
 */
export function ringMix(mix: ZoneCluster['mix']): ZoneCluster['mix'] {
  const total = mix.reduce((s, m) => s + m.count, 0);
  if (!total) return [];
  const floors = mix.map((m) => Math.max(1, Math.floor((m.count / total) * RING_STEPS)));
  let left = RING_STEPS - floors.reduce((a, b) => a + b, 0);
  const order = mix
    .map((m, i) => ({ i, rest: (m.count / total) * RING_STEPS - Math.floor((m.count / total) * RING_STEPS) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) floors[order[k]!.i]!++;
  // Too many steps given to small shares: take them back from the largest.
  for (let k = 0; left < 0; left++) {
    while (floors[k]! <= 1) k = (k + 1) % floors.length;
    floors[k]!--;
  }
  return mix.map((m, i) => ({ color: m.color, count: floors[i]! }));
}

/**
 * The ring's arcs: one per colour of `mix`, clockwise from 12 o'clock, angles in radians (0 to 2π), in `mix` order.
 * Both maps draw them with `traceRingArc`: the SVG map into a d3-path, MapLibre's images onto a canvas.
 */
export function donutArcs(mix: ZoneCluster['mix']): { color: string; start: number; end: number }[] {
  const total = mix.reduce((s, m) => s + m.count, 0);
  let at = 0;
  return mix.map((m) => {
    const start = at;
    at += total ? (m.count / total) * 2 * Math.PI : 0;
    return { color: m.color, start, end: at };
  });
}

/**
 * Traces one arc of a cluster's ring (`donutArcs`), outer radius `r` and inner radius `inner` (px), as a closed shape:
 * onto a canvas context or into a d3-path `path()`, which take the same calls (CanvasPath's `arc`, from 3 o'clock,
 * hence the quarter turn back from `donutArcs`' 12 o'clock).
 */
export function traceRingArc(
  to: Pick<CanvasPath, 'arc' | 'closePath'>,
  r: number,
  inner: number,
  arc: { start: number; end: number },
): void {
  const start = arc.start - Math.PI / 2;
  const end = arc.end - Math.PI / 2;
  to.arc(0, 0, r, start, end);
  to.arc(0, 0, inner, end, start, true);
  to.closePath();
}
