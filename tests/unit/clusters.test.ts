// Clusters on national views: what joins a cluster, what stands apart, and both renderers drawing the same clusters.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas, type ZoneView } from '../../src/lib/core/data/atlas';
import { buildLayers } from '../../src/lib/map/geo/layers';
import { fitProjection, type Bounds } from '../../src/lib/map/geo/frame';
import { mapModel, type MapModel } from '../../src/lib/map/model';
import { LIGHT_TOKENS } from '../../src/lib/map/theme';
import { clusterImage, clustersGeoJSON } from '../../src/lib/map/style';
import { svgCamera } from '../../src/lib/map/svg-view';
import {
  apartZones,
  CLUSTER,
  clusterIndexCache,
  clusterRadius,
  donutArcs,
  hiddenZones,
  ringMix,
  ZoneClusterIndex,
} from '../../src/lib/map/geo/clusters';
import SvgMap from '../../src/lib/map/SvgMap.svelte';
import { sceneMaker, SPREAD_LIMIT } from '../../src/lib/map/scene';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const topology = JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as Topology;
const layers = buildLayers(topology, atlas.data.places);
const CHINA: Bounds = [
  [73, 18],
  [135, 54],
];

/** `n` zones copied from the real ones, spread over eastern and central China by a fixed low-discrepancy walk. */
function nationalZones(n: number): ZoneView[] {
  return Array.from({ length: n }, (_, i) => {
    const z = atlas.zones[i % atlas.zones.length]!;
    const lng = 100 + ((i * 0.618034) % 1) * 22;
    const lat = 22 + ((i * 0.754877) % 1) * 18;
    return { ...z, zone: { ...z.zone, id: `${z.zone.id}-${i}`, location: { ...z.zone.location, lngLat: [lng, lat] } } };
  });
}

function model(zones: ZoneView[], extra: Partial<Parameters<typeof mapModel>[0]> = {}): MapModel {
  return mapModel({
    zones,
    lang: 'zh',
    selectedId: null,
    hoveredId: null,
    highlightedIds: null,
    tokens: LIGHT_TOKENS,
    viewport: { width: 960, height: 700 },
    ...extra,
  });
}

const national = nationalZones(600);

describe('ZoneClusterIndex', () => {
  it('leaves a small dataset (the five cities) unclustered', () => {
    const index = new ZoneClusterIndex(model(atlas.zones).marks);
    expect(index.active).toBe(false);
    expect(index.at(3).clusters).toEqual([]);
  });

  it('puts every zone of a national view in one cluster or on its own, with counts and mixes that add up', () => {
    const marks = model(national).marks;
    const index = new ZoneClusterIndex(marks);
    for (let zoom = 0; zoom <= CLUSTER.maxZoom; zoom++) {
      const view = index.at(zoom);
      if (zoom <= 4) expect(view.clusters.length, `zoom ${zoom}`).toBeGreaterThan(0);
      const inClusters = view.clusters.flatMap((c) => c.zoneIds);
      expect(new Set(inClusters).size).toBe(inClusters.length);
      expect(view.clustered.size).toBe(inClusters.length);
      for (const c of view.clusters) {
        expect(c.count).toBe(c.zoneIds.length);
        expect(c.count).toBeGreaterThanOrEqual(2);
        expect(c.mix.reduce((s, m) => s + m.count, 0)).toBe(c.count);
        expect(c.expansionZoom).toBeGreaterThan(zoom);
      }
    }
    // Closer, fewer zones share a cluster; past maxZoom none do.
    expect(index.at(2).clustered.size).toBeGreaterThan(index.at(7).clustered.size);
    expect(index.at(CLUSTER.maxZoom + 1).clusters).toEqual([]);
  });

  it('keeps discs apart: cluster centres at a level lie further apart than two of the largest discs', () => {
    const index = new ZoneClusterIndex(model(national).marks);
    const tooClose: string[] = [];
    for (let zoom = 0; zoom <= CLUSTER.maxZoom; zoom++) {
      const world = 512 * 2 ** zoom;
      const px = ([lng, lat]: [number, number]) => [
        ((lng + 180) / 360) * world,
        ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world,
      ];
      const cs = index.at(zoom).clusters;
      for (let i = 0; i < cs.length; i++)
        for (let j = i + 1; j < cs.length; j++) {
          const [a, b] = [px(cs[i]!.lngLat), px(cs[j]!.lngLat)];
          const gap = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
          if (gap < clusterRadius(cs[i]!.count) + clusterRadius(cs[j]!.count)) tooClose.push(`z${zoom}`);
        }
    }
    expect(tooClose).toEqual([]);
  });

  it('counts only what the filter keeps, and lets the selected and hovered zones stand apart', () => {
    const kept = national.filter((_, i) => i % 3 === 0).map((z) => z.zone.id);
    const selectedId = national[3]!.zone.id;
    const m = model(national, { highlightedIds: kept, selectedId, hoveredId: national[6]!.zone.id });
    const index = new ZoneClusterIndex(m.marks);
    const view = index.at(4, apartZones(m.marks));
    const keptSet = new Set(kept);
    expect([...view.clustered].every((id) => keptSet.has(id))).toBe(true);
    expect(view.clustered.has(selectedId)).toBe(false);
    expect(view.clustered.has(national[6]!.zone.id)).toBe(false);
    // Faded zones are not drawn in a clustered view; the selected one is, even when the filter leaves it out.
    const hidden = hiddenZones(m.marks, index, view);
    expect(hidden.has(national[1]!.zone.id)).toBe(true);
    expect(hidden.has(selectedId)).toBe(false);
  });

  it('shows every zone a comparison or a narrow filter keeps, as markers: no cluster hides them', () => {
    const compared = [national[10]!, national[11]!, national[12]!].map((z) => z.zone.id);
    const m = model(national, { highlightedIds: compared });
    const index = new ZoneClusterIndex(m.marks);
    expect(index.active).toBe(false);
    const hidden = hiddenZones(m.marks, index, index.at(3));
    expect(compared.filter((id) => hidden.has(id))).toEqual([]);
  });

  it('is rebuilt for a new filter, not for a hover', () => {
    const cached = clusterIndexCache();
    const a = cached(model(national).marks, national);
    expect(cached(model(national, { hoveredId: national[1]!.zone.id }).marks, national)).toBe(a);
    expect(cached(model(national, { highlightedIds: [national[1]!.zone.id] }).marks, national)).not.toBe(a);
  });

  it('keeps the last few: clearing a search or filter goes back to the index built before', () => {
    const cached = clusterIndexCache();
    const all = cached(model(national).marks, national);
    const half = national.filter((_, i) => i % 2 === 0).map((z) => z.zone.id);
    const narrowed = cached(model(national, { highlightedIds: half }).marks, national);
    expect(narrowed).not.toBe(all);
    expect(cached(model(national).marks, national)).toBe(all);
    expect(cached(model(national, { highlightedIds: half }).marks, national)).toBe(narrowed);
    // Another dataset never shares an index.
    expect(cached(model(national).marks, [...national])).not.toBe(all);
  });
});

describe('cluster discs', () => {
  it('grow with the log of the count, 11 to 22 px, times the presenter scale', () => {
    expect(clusterRadius(3)).toBe(11);
    expect(clusterRadius(2543)).toBe(22);
    expect(clusterRadius(2543, 1.5)).toBe(33);
    expect(2 * clusterRadius(1e6)).toBeLessThan(CLUSTER.radius);
  });

  it('ring steps: 36 to the circle, at least one per model present, in the mix order', () => {
    expect(
      ringMix([
        { color: '#a', count: 500 },
        { color: '#b', count: 3 },
        { color: '#c', count: 1 },
      ]),
    ).toEqual([
      { color: '#a', count: 34 },
      { color: '#b', count: 1 },
      { color: '#c', count: 1 },
    ]);
    const rnd = (i: number) => ((i * 7919) % 101) + 1;
    for (let n = 1; n <= 6; n++)
      for (let t = 0; t < 50; t++) {
        const mix = Array.from({ length: n }, (_, i) => ({ color: `#${i}`, count: rnd(t * 6 + i) }));
        const steps = ringMix(mix);
        expect(steps.reduce((s, m) => s + m.count, 0)).toBe(36);
        expect(steps.every((m) => m.count >= 1)).toBe(true);
      }
  });

  it('ring arcs cover the circle once, clockwise from 12 o’clock, in the mix order', () => {
    const arcs = donutArcs([
      { color: '#a', count: 3 },
      { color: '#b', count: 1 },
    ]);
    expect(arcs).toEqual([
      { color: '#a', start: 0, end: 1.5 * Math.PI },
      { color: '#b', start: 1.5 * Math.PI, end: 2 * Math.PI },
    ]);
  });
});

describe('both renderers draw the same clusters', () => {
  it('the SVG map’s discs and MapLibre’s cluster features: same places, counts and mixes', () => {
    const [width, height] = [960, 700];
    const m = model(national, { viewport: { width, height } });
    const { body } = render(SvgMap, {
      props: {
        model: m,
        layers,
        frame: CHINA,
        camera: null,
        duration: 0,
        width,
        height,
        lang: 'zh',
        description: '',
        onselect: () => {},
        onhover: () => {},
        onzoom: () => {},
        formatCount: String,
      },
    });
    const projection = fitProjection(CHINA, width, height, m.padding);
    const zoom = svgCamera(null, projection, width, height, m.padding).baseZoom;
    const view = new ZoneClusterIndex(m.marks).at(zoom);
    const svg = [
      ...body.matchAll(/<g class="cluster[^"]*" data-cluster="(\d+)" transform="translate\(([-\d.]+),([-\d.]+)\)"/g),
    ];
    const gl = clustersGeoJSON(view.clusters, m, String).features;
    expect(svg.length).toBe(gl.length);
    expect(svg.length).toBeGreaterThan(3);
    for (const [i, f] of gl.entries()) {
      const [x, y] = projection(f.geometry.coordinates as [number, number])!;
      expect(Number(svg[i]![1])).toBe(f.properties.count);
      expect(Number(svg[i]![2])).toBeCloseTo(x, 3);
      expect(Number(svg[i]![3])).toBeCloseTo(y, 3);
      // The image MapLibre draws names the same mix the SVG ring is drawn from.
      expect(f.properties.icon).toBe(clusterImage(view.clusters[i]!, m));
    }
    // No zone inside a cluster is drawn as a marker.
    const markers = [...body.matchAll(/data-zone="([^"]+)"/g)].map((x) => x[1]!);
    expect(markers.filter((id) => view.clustered.has(id))).toEqual([]);
    expect(markers.length + view.clustered.size).toBe(600);
  });
});

describe('the scene: one decision for both renderers', () => {
  const project = (lngLat: [number, number]) => ({ x: (lngLat[0] - 100) * 40, y: (40 - lngLat[1]) * 40 });

  it('leaves out the clustered zones and draws the rest as markers, each once', () => {
    const m = model(national);
    const s = sceneMaker()(m, { zoom: 4, project });
    expect(s.clusters.length).toBeGreaterThan(0);
    expect(s.markers.length + s.hidden.size).toBe(m.marks.length);
    expect(s.markers.some((p) => s.hidden.has(p.id))).toBe(false);
    expect(s.clusters.reduce((n, d) => n + d.c.count, 0)).toBeLessThanOrEqual(s.hidden.size);
    for (const d of s.clusters) expect(d.r).toBe(clusterRadius(d.c.count, m.cluster.scale));
  });

  it('spreads markers that would cover each other, up to SPREAD_LIMIT markers and not beyond', () => {
    // Zones stacked in pairs a hair apart, with no clustering (under CLUSTER.from): every pair is spread.
    const pairs = (n: number) =>
      nationalZones(n).map((z, i) =>
        i % 2
          ? {
              ...z,
              zone: { ...z.zone, location: { ...z.zone.location, lngLat: [120, 36 + i * 1e-4] as [number, number] } },
            }
          : z,
      );
    const few = sceneMaker()(model(pairs(40)), { zoom: 6, project });
    expect(few.hidden.size).toBe(0);
    expect(few.markers.filter((p) => p.moved).length).toBeGreaterThan(0);
    for (const p of few.markers.filter((q) => q.moved))
      expect(Math.hypot(p.x - p.trueX, p.y - p.trueY)).toBeGreaterThan(0);
    // Above the limit, with clusters off at this zoom, nothing is spread: every marker at its true place.
    const many = sceneMaker()(model(pairs(SPREAD_LIMIT + 200)), { zoom: CLUSTER.maxZoom + 1, project });
    expect(many.markers.length).toBeGreaterThan(SPREAD_LIMIT);
    expect(many.markers.every((p) => !p.moved && p.x === p.trueX && p.y === p.trueY)).toBe(true);
  });
});
