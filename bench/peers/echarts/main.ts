// ECharts peer for the benchmark: the atlas's basemap, zone points and model filter drawn with Apache ECharts' geo component.
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AtlasFile } from '../../../src/lib/core/data/schema';
import { resolveZone } from '../../../src/lib/core/data/resolve';

echarts.use([GeoComponent, TooltipComponent, ScatterChart, LabelLayout, CanvasRenderer]);

/** The map colours of src/app.css (--sea, --land, --land-other, --land-focus, --border, --zone-stroke, --ink). */
const PALETTE = {
  sea: '#dde8ef',
  land: '#f8f6f1',
  landOther: '#ebe9e3',
  landFocus: '#f1e7cf',
  border: '#8f8f8f',
  zoneStroke: '#1f2328',
  ink: '#1f2328',
};
const FADED = 0.22;

type Region = Feature<Polygon | MultiPolygon, { adcode?: string; name: string }>;

interface Point {
  id: string;
  name: string;
  short: string;
  place: string;
  model: string;
  color: string;
  lngLat: [number, number];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function bbox(features: Region[]): [[number, number], [number, number]] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  };
  for (const f of features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) ring.forEach(visit);
  }
  // ECharts wants the top-left and bottom-right corners.
  return [
    [w, n],
    [e, s],
  ];
}

async function main() {
  const [file, topology] = await Promise.all([
    getJson<AtlasFile>('./atlas-data/atlas.json'),
    getJson<Topology>('./atlas-data/basemap.topo.json'),
  ]);
  const { taxonomy, places } = file.dataset;
  const objects = topology.objects as Record<string, GeometryCollection>;
  const layer = (name: string) => feature(topology, objects[name]!).features as unknown as Region[];
  const focusCodes = new Set(places.map((p) => p.prefecture));
  const focus = layer('prefectures').filter((f) => focusCodes.has(f.properties.adcode ?? ''));
  const neighbours = layer('neighbours').map((f, i) => ({ ...f, properties: { name: `neighbour-${i}` } }));
  const provinces = layer('provinces').map((f) => ({ ...f, properties: { name: f.properties.adcode! } }));
  const focusRegions = focus.map((f) => ({ ...f, properties: { name: `focus-${f.properties.adcode}` } }));
  const basemap: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: [...neighbours, ...provinces, ...focusRegions],
  };
  echarts.registerMap('atlas', basemap as never);

  const colors = new Map(taxonomy.models.map((m) => [m.id, m.color]));
  const measureOrder = taxonomy.measures.map((m) => m.id);
  const points: Point[] = places.flatMap((place) =>
    place.zones.map((zone) => {
      const model = resolveZone(zone, place, measureOrder).model.id;
      return {
        id: zone.id,
        name: zone.name.en,
        short: zone.short.en,
        place: place.name.en,
        model,
        color: colors.get(model) ?? '#5C5C5C',
        lngLat: zone.location.lngLat,
      };
    }),
  );

  const chosen = new Set<string>();
  const seriesData = () =>
    points.map((p) => {
      const on = chosen.size === 0 || chosen.has(p.model);
      return {
        name: p.short,
        value: p.lngLat,
        itemStyle: { color: p.color, opacity: on ? 1 : FADED },
        label: { opacity: on ? 1 : FADED },
        zone: p,
      };
    });

  const filter = document.querySelector<HTMLFieldSetElement>('[data-testid="peer-filter"]')!;
  for (const m of taxonomy.models) {
    const count = points.filter((p) => p.model === m.id).length;
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = m.id;
    input.dataset.model = m.id;
    input.disabled = count === 0;
    input.addEventListener('change', () => {
      if (input.checked) chosen.add(m.id);
      else chosen.delete(m.id);
      chart.setOption({ series: [{ id: 'zones', data: seriesData() }] });
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = m.color;
    label.append(input, swatch, `${m.label.en} (${count})`);
    filter.append(label);
  }

  const container = document.getElementById('map')!;
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  let rendered = 0;
  chart.on('finished', () => {
    container.dataset.rendered = String(++rendered);
  });
  window.addEventListener('resize', () => chart.resize());
  chart.setOption({
    animation: false,
    backgroundColor: PALETTE.sea,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { zone?: Point } }) =>
        p.data?.zone ? `${p.data.zone.name}<br>${p.data.zone.place}` : '',
    },
    geo: {
      map: 'atlas',
      roam: true,
      boundingCoords: bbox(focus),
      silent: true,
      itemStyle: { areaColor: PALETTE.land, borderColor: PALETTE.border, borderWidth: 0.8 },
      regions: [
        ...neighbours.map((f) => ({ name: f.properties.name, itemStyle: { areaColor: PALETTE.landOther } })),
        ...focusRegions.map((f) => ({ name: f.properties.name, itemStyle: { areaColor: PALETTE.landFocus } })),
      ],
      label: { show: false },
    },
    series: [
      {
        id: 'zones',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 12,
        itemStyle: { borderColor: PALETTE.zoneStroke, borderWidth: 1.5 },
        label: {
          show: true,
          position: 'right',
          formatter: '{b}',
          color: PALETTE.ink,
          fontSize: 13,
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { hideOverlap: true },
        data: seriesData(),
      },
    ],
  });
}

main().catch((err: unknown) => {
  document.body.dataset.error = String(err);
  throw err;
});
