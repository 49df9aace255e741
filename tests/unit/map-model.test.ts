// The one map model, and both renderers drawing it: the SVG map (rendered by Svelte's server renderer) and the
// MapLibre style (checked with the style spec and evaluated per zone with its feature-state), light and dark, at three sizes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { Color, expression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas, type ZoneView } from '../../src/lib/core/data/atlas';
import { buildLayers } from '../../src/lib/map/geo/layers';
import { regionsBounds, fitProjection, pointsBounds, type Bounds } from '../../src/lib/map/geo/frame';
import {
  cameraFor,
  mapModel,
  framePadding,
  overlayInsets,
  markStyle,
  nanhaiInset,
  presenterScale,
  spansChina,
  SIZES as MARK_SIZES,
  TOKEN_VARS,
  zoomOfScale,
  CAMERA,
  type MapModel,
  type ThemeTokens,
} from '../../src/lib/map/model';
import { LIGHT_TOKENS } from '../../src/lib/map/theme';
import type { Box } from '../../src/lib/core/text';
import { buildStyle, diffLayers, styleLayers } from '../../src/lib/map/style';
import { svgCamera, svgLabels } from '../../src/lib/map/svg-view';
import { ReadyQueue } from '../../src/lib/map/queue';
import { spreadMarkers } from '../../src/lib/map/geo/spread';
import SvgMap from '../../src/lib/map/SvgMap.svelte';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const topology = JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as Topology;
const layers = buildLayers(topology, atlas.data.places);
const frame = regionsBounds(layers.focus);

/** The tokens of app.css's dark scheme, read from the stylesheet itself (so a token missing there fails here). */
function darkTokens(): ThemeTokens {
  const css = readFileSync('src/app.css', 'utf8');
  const block = css.slice(css.indexOf(":root[data-theme='dark']"));
  const out = {} as ThemeTokens;
  for (const [key, name] of Object.entries(TOKEN_VARS) as [keyof ThemeTokens, string][]) {
    const m = new RegExp(`${name}:\\s*([^;]+);`).exec(block);
    if (!m) throw new Error(`app.css dark scheme lacks ${name}`);
    out[key] = m[1]!.trim();
  }
  return out;
}

const THEMES = { light: LIGHT_TOKENS, dark: darkTokens() };
const SIZES = [
  [360, 560],
  [1440, 900],
  [1920, 1080],
] as const;
const selectedId = 'qingdao-blue-valley';
const hoveredId = 'yantai-etdz';
const highlightedIds = atlas.zones.filter((z) => z.place.id === 'qingdao').map((z) => z.zone.id);

function model(tokens: ThemeTokens, width: number, height: number, lang: 'zh' | 'en' = 'zh') {
  return mapModel({
    zones: atlas.zones,
    lang,
    selectedId,
    hoveredId,
    highlightedIds,
    tokens,
    viewport: { width, height },
  });
}

const colour = (value: unknown) => {
  const c = value instanceof Color ? value : Color.parse(String(value));
  if (!c) throw new Error(`not a colour: ${String(value)}`);
  return c.toString();
};

/** The SVG map's drawn attributes, from Svelte's server renderer. */
function svgDrawing(m: MapModel, width: number, height: number) {
  const { body } = render(SvgMap, {
    props: {
      model: m,
      layers,
      frame,
      camera: null,
      duration: 0,
      width,
      height,
      lang: m.lang,
      description: '',
      onselect: () => {},
      onhover: () => {},
      onzoom: () => {},
      formatCount: String,
    },
  });
  const attrs = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])) as Record<string, string>;
  const allCircles = [...body.matchAll(/<circle\b[^>]*>/g)].map((t) => attrs(t[0]));
  // Zone markers carry their id; the other circles are the true-location dots of spread markers.
  const circles = allCircles.filter((c) => c['data-zone']);
  const origins = allCircles.filter((c) => !c['data-zone']);
  const lines = [...body.matchAll(/<line\b[^>]*>/g)].map((t) => attrs(t[0]));
  const paths = [...body.matchAll(/<path\b[^>]*>/g)].map((t) => attrs(t[0]));
  const texts = [...body.matchAll(/<text\b[^>]*>/g)].map((t) => attrs(t[0]));
  const background = /background:\s*([^;"]+)/.exec(body)?.[1]?.trim();
  return { circles, origins, lines, paths, texts, background };
}

type Spec = StylePropertySpecification;
function evaluate(
  layer: LayerSpecification,
  part: 'paint' | 'layout',
  property: string,
  props: Record<string, unknown> = {},
  state: Record<string, unknown> = {},
  zoom = 5,
): unknown {
  const value = ((layer as Record<string, unknown>)[part] as Record<string, unknown>)[property];
  const spec = (latest as unknown as Record<string, Record<string, Spec>>)[`${part}_${layer.type}`]![property]!;
  const expr = expression.normalizePropertyExpression(value as never, property, spec);
  return expr.evaluate({ zoom }, { type: 'Point', properties: props } as never, state as never);
}

describe('the map model', () => {
  it.each(Object.keys(THEMES) as (keyof typeof THEMES)[])('gives every zone its mark in the %s theme', (theme) => {
    const tokens = THEMES[theme];
    const m = model(tokens, 1440, 900);
    expect(m.marks).toHaveLength(atlas.zones.length);
    const mark = (id: string) => m.marks.find((x) => x.id === id)!;
    expect(mark(selectedId)).toMatchObject({ radius: 8, stroke: tokens.ink, strokeWidth: 2.5, opacity: 1 });
    expect(mark(selectedId).label.priority).toBe(3);
    // Hovered (in Yantai, outside the highlight): the active ring, but faded.
    expect(mark(hoveredId)).toMatchObject({ radius: 8, stroke: tokens.ink, opacity: 0.22 });
    const plain = m.marks.find((x) => !x.state.selected && !x.state.hovered && !x.state.faded)!;
    expect(plain).toMatchObject({ radius: 6, stroke: tokens.zoneStroke, strokeWidth: 1.5, opacity: 1 });
    expect(m.background).toBe(tokens.sea);
    expect(m.text.zone.halo).toBe(tokens.halo);
  });

  it('labels in the language asked for', () => {
    const zh = model(LIGHT_TOKENS, 800, 600, 'zh').marks.find((x) => x.id === selectedId)!;
    const en = model(LIGHT_TOKENS, 800, 600, 'en').marks.find((x) => x.id === selectedId)!;
    expect([zh.label.text, en.label.text]).toEqual(['青岛蓝谷', 'Blue Valley']);
  });

  it('asks for the selected zone, else the focused region, else leaves the camera', () => {
    const blue = atlas.byId.get(selectedId)!;
    expect(cameraFor(blue, null)).toEqual({
      kind: 'center',
      center: blue.zone.location.lngLat,
      zoom: CAMERA.selectZoom,
    });
    const focus: typeof frame = [
      [120, 36],
      [121, 37],
    ];
    expect(cameraFor(null, focus)).toEqual({ kind: 'fit', bounds: focus, maxZoom: CAMERA.fitMaxZoom });
    expect(cameraFor(null, null)).toBeNull();
  });
});

describe.each(Object.keys(THEMES) as (keyof typeof THEMES)[])('parity, %s theme', (theme) => {
  const tokens = THEMES[theme];
  describe.each(SIZES)('%i × %i px', (width, height) => {
    const m = model(tokens, width, height);
    const svg = svgDrawing(m, width, height);
    const style = buildStyle(m, layers);
    const layer = (id: string) => style.layers.find((l) => l.id === id)!;

    it('the MapLibre style is valid', () => {
      expect(validateStyleMin(style)).toEqual([]);
    });

    it('both draw each zone with the same fill, stroke, radius and opacity', () => {
      expect(svg.circles).toHaveLength(m.marks.length);
      for (const mark of m.marks) {
        const c = svg.circles.find((x) => x['data-zone'] === mark.id)!;
        const props = style.sources.zones!.type === 'geojson' ? { id: mark.id, fill: mark.fill } : {};
        const state = { ...mark.state };
        const gl = (p: string) => evaluate(layer('zones'), 'paint', p, props, state);
        const drawn = {
          svg: [colour(c.fill), colour(c.stroke), Number(c['stroke-width']), Number(c.r), Number(c.opacity)],
          gl: [
            colour(gl('circle-color')),
            colour(gl('circle-stroke-color')),
            gl('circle-stroke-width'),
            gl('circle-radius'),
            gl('circle-opacity'),
          ],
        };
        expect(drawn.gl, mark.id).toEqual(drawn.svg);
        expect(drawn.svg, mark.id).toEqual([
          colour(mark.fill),
          colour(mark.stroke),
          mark.strokeWidth,
          mark.radius,
          mark.opacity,
        ]);
        expect(evaluate(layer('zone-labels'), 'paint', 'text-opacity', props, state)).toBe(mark.opacity);
      }
    });

    it('both tie spread markers to their true location with the same line and dot', () => {
      // Every city's zones sit within a few px of each other at these frames: some markers are spread.
      expect(svg.lines.length).toBeGreaterThan(0);
      expect(svg.origins).toHaveLength(svg.lines.length);
      const line = layer('zone-leaders');
      const dot = layer('zone-origins');
      for (const l of svg.lines) {
        expect(colour(l.stroke)).toBe(colour(evaluate(line, 'paint', 'line-color')));
        expect(Number(l['stroke-width'])).toBe(evaluate(line, 'paint', 'line-width'));
      }
      for (const o of svg.origins) {
        expect(colour(o.fill)).toBe(colour(evaluate(dot, 'paint', 'circle-color')));
        expect(Number(o.r)).toBe(evaluate(dot, 'paint', 'circle-radius'));
      }
    });

    it('only the selected zone is drawn again on top', () => {
      const filter = featureFilter((layer('zones-selected') as { filter: unknown }).filter as never, 'filter');
      const onTop = m.marks.filter((mark) =>
        filter.filter({ zoom: 5 }, { type: 1, properties: { id: mark.id } } as never),
      );
      expect(onTop.map((x) => x.id)).toEqual([selectedId]);
    });

    it('both draw the basemap layers in the same colours and widths', () => {
      expect(colour(evaluate(layer('sea'), 'paint', 'background-color'))).toBe(colour(svg.background));
      for (const f of m.fills) {
        const path = svg.paths.find((p) => p.class?.split(' ').includes(f.id))!;
        expect(colour(evaluate(layer(f.id), 'paint', 'fill-color')), f.id).toBe(colour(path.fill));
      }
      for (const l of m.lines) {
        const path = svg.paths.find((p) => p.class?.split(' ').includes(l.id));
        const gl = layer(l.id);
        const zoom = zoomOfScale(fitProjection(frame, width, height, m.padding).scale());
        // Both draw a line from the same zoom on: at this frame's zoom, both or neither.
        expect(!!path, `${l.id} at zoom ${zoom.toFixed(1)}`).toBe(zoom >= (gl.minzoom ?? 0));
        if (!path) continue;
        expect(colour(evaluate(gl, 'paint', 'line-color')), l.id).toBe(colour(path.stroke));
        expect(evaluate(gl, 'paint', 'line-width'), l.id).toBe(Number(path['stroke-width']));
        // In the markup itself, so the slide export (the SVG drawn as an image, no stylesheet) keeps lines thin.
        expect(path['vector-effect'], l.id).toBe('non-scaling-stroke');
        expect(path.fill, l.id).toBe('none');
      }
    });

    it('both set place and zone labels in the same sizes and colours', () => {
      for (const kind of ['province', 'city'] as const) {
        const text = svg.texts.find((t) => t.class?.split(' ').includes(kind))!;
        const gl = layer(`${kind}-labels`);
        expect(evaluate(gl, 'layout', 'text-size'), kind).toBe(Number(text['font-size']));
        expect(colour(evaluate(gl, 'paint', 'text-color')), kind).toBe(colour(text.fill));
        expect(colour(evaluate(gl, 'paint', 'text-halo-color')), kind).toBe(colour(text.stroke));
      }
      const zoneText = svg.texts.find((t) => t['data-label'])!;
      expect(evaluate(layer('zone-labels'), 'layout', 'text-size')).toBe(Number(zoneText['font-size']));
      expect(colour(evaluate(layer('zone-labels'), 'paint', 'text-color'))).toBe(colour(zoneText.fill));
    });
  });
});

describe('projector scale', () => {
  const at = (w: number, h: number) =>
    mapModel({
      zones: atlas.zones,
      lang: 'en',
      selectedId,
      hoveredId: null,
      highlightedIds: null,
      tokens: LIGHT_TOKENS,
      viewport: { width: w - 600, height: h - 60, scale: presenterScale(w, h) },
    });

  it('puts zone labels at 20 px or more on a 1920×1080 projector, and about their laptop size at 1280×720', () => {
    const big = at(1920, 1080);
    expect(big.text.zone.size).toBeGreaterThanOrEqual(20);
    expect(Math.min(big.text.city.size, big.text.province.size)).toBeGreaterThanOrEqual(18);
    // MapLibre is given the same sizes: text in the label layers, radii in the markers' feature-state expression.
    const layers = styleLayers(big);
    const zoneLabels = layers.find((l) => l.id === 'zone-labels')!;
    expect((zoneLabels.layout as Record<string, unknown>)['text-size']).toBe(big.text.zone.size);
    const radius = JSON.stringify(
      (layers.find((l) => l.id === 'zones')!.paint as Record<string, unknown>)['circle-radius'],
    );
    expect(radius).toContain(String(MARK_SIZES.radius * big.scale));
    const small = at(1280, 720);
    expect(small.text.zone.size).toBeGreaterThanOrEqual(MARK_SIZES.zoneLabel);
    expect(small.text.zone.size).toBeLessThan(MARK_SIZES.zoneLabel * 1.1);
    expect(presenterScale(800, 500)).toBe(1);
  });

  it('zooms a centred zone in by as much as it scales, so the same neighbours stay in view', () => {
    const blue = atlas.byId.get(selectedId)!;
    const intent = cameraFor(blue, null, 2);
    expect(intent).toMatchObject({ kind: 'center', zoom: CAMERA.selectZoom + 1 });
  });
});

/** The marks on screen as SvgMap draws them: projected, then spread where they sit on each other. */
function spreadScreen(m: MapModel, projection: (p: [number, number]) => [number, number] | null) {
  const spread = spreadMarkers(
    m.marks.map((mark) => {
      const [x, y] = projection(mark.lngLat)!;
      return { id: mark.id, x, y };
    }),
    m.markerSpacing,
  );
  return m.marks.map((mark, i) => ({ m: mark, x: spread[i]!.x, y: spread[i]!.y }));
}

describe('svgLabels', () => {
  const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  // The views people use: a laptop, the 1280 and 1920 projectors (scaled), a phone and an embed, in both languages.
  const views = [
    [1440 - 480, 900 - 130, 1],
    [1280 - 460, 720 - 90, presenterScale(1280, 720)],
    [1920 - 620, 1080 - 100, presenterScale(1920, 1080)],
    [375, 440, 1],
    [360, 260, 1],
  ] as const;
  describe.each(['zh', 'en'] as const)('%s', (lang) => {
    it.each(views)('at %i × %i px (scale %d) no label covers a marker or another label', (w, h, scale) => {
      const m = mapModel({
        zones: atlas.zones,
        lang,
        selectedId: null,
        hoveredId: null,
        highlightedIds: null,
        tokens: LIGHT_TOKENS,
        viewport: { width: w, height: h, scale },
      });
      const projection = fitProjection(frame, w, h, m.padding);
      const screen = spreadScreen(m, projection);
      // No marker covers another: each can be seen, hovered and clicked.
      for (let i = 0; i < screen.length; i++)
        for (let j = i + 1; j < screen.length; j++)
          expect(Math.hypot(screen[i]!.x - screen[j]!.x, screen[i]!.y - screen[j]!.y)).toBeGreaterThanOrEqual(
            2 * m.marks[0]!.radius,
          );
      const places = layers.labels.features.map((f) => {
        const [x, y] = projection(f.geometry.coordinates as [number, number])!;
        return { kind: f.properties.kind, text: f.properties[lang], x, y, style: m.text[f.properties.kind] };
      });
      const out = svgLabels(m, screen, places, w, h);
      const boxes = [...out.places.map((l) => l.box), ...out.zones.map((l) => l.box)];
      const r = m.marks[0]!.radius;
      const markers = screen.map(({ x, y }) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
      for (const b of boxes) for (const mk of markers) expect(overlap(b, mk)).toBe(false);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      // Every city keeps its name on the laptop and the projectors.
      if (w > 700) expect(out.places.filter((l) => l.kind === 'city')).toHaveLength(5);
    });
  });

  it('names a zone whose label yields in a crowded embed once it is hovered (pointer or list row)', () => {
    const [w, h] = [360, 260];
    const labelled = (hoveredId: string | null) => {
      const m = mapModel({
        zones: atlas.zones,
        lang: 'en',
        selectedId: null,
        hoveredId,
        highlightedIds: null,
        tokens: LIGHT_TOKENS,
        viewport: { width: w, height: h },
      });
      const projection = fitProjection(frame, w, h, m.padding);
      const screen = spreadScreen(m, projection);
      return svgLabels(m, screen, [], w, h).zones.map((l) => l.id);
    };
    const unnamed = atlas.zones.map((z) => z.zone.id).filter((id) => !labelled(null).includes(id));
    expect(unnamed.length).toBeGreaterThan(0);
    for (const id of unnamed) expect(labelled(id), id).toContain(id);
  });

  it('names the zones a comparison fronts before the faded ones, at a 1280 px projector', () => {
    const compared = ['yantai-etdz', 'xishan-etdz', 'qingdao-blue-valley', 'linfen-edz'];
    const [w, h] = [820, 630];
    const m = mapModel({
      zones: atlas.zones,
      lang: 'en',
      selectedId: null,
      hoveredId: null,
      highlightedIds: compared,
      tokens: LIGHT_TOKENS,
      viewport: { width: w, height: h, scale: presenterScale(1280, 720) },
    });
    const projection = fitProjection(frame, w, h, m.padding);
    const screen = m.marks.map((mark) => ({ m: mark, x: projection(mark.lngLat)![0], y: projection(mark.lngLat)![1] }));
    const named = svgLabels(m, screen, [], w, h).zones.map((l) => l.id);
    expect(named).toEqual(expect.arrayContaining(compared));
    const style = styleLayers(m);
    expect(style.findIndex((l) => l.id === 'zone-labels-faded')).toBeLessThan(
      style.findIndex((l) => l.id === 'zone-labels'),
    );
  });

  it('MapLibre gets the same rule: marker boxes placed before every label, city labels on the first clear side', () => {
    const m = model(LIGHT_TOKENS, 1440, 900);
    const style = styleLayers(m);
    // Upper layers place first: the overlays' boxes (legend, attribution, inset), then the markers' boxes.
    const [boxes, top] = style.slice(-2) as [LayerSpecification, LayerSpecification];
    expect(top).toMatchObject({ id: 'overlay-boxes', type: 'symbol', source: 'overlays' });
    expect(boxes).toMatchObject({ id: 'zone-boxes', type: 'symbol', source: 'zones' });
    for (const l of [top, boxes])
      expect(l.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0 });
    const city = style.find((l) => l.id === 'city-labels')!;
    expect((city.layout as Record<string, unknown>)['text-variable-anchor']).toEqual([
      'bottom',
      'top',
      'left',
      'right',
    ]);
  });
});

describe('svgCamera', () => {
  const projection = fitProjection(frame, 1000, 700, { top: 0, right: 0, bottom: 0, left: 0 });
  const base = zoomOfScale(projection.scale());

  it('centres a zone at the same Web Mercator zoom MapLibre uses', () => {
    const blue = atlas.byId.get(selectedId)!;
    const { transform } = svgCamera(cameraFor(blue, null), projection, 1000, 700, {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(base + Math.log2(transform.k)).toBeCloseTo(CAMERA.selectZoom, 6);
    const [x, y] = projection(blue.zone.location.lngLat)!;
    expect(x * transform.k + transform.x).toBeCloseTo(500, 6);
    expect(y * transform.k + transform.y).toBeCloseTo(350, 6);
  });

  it('centres a zone in the part of the map an open legend leaves (a 1280 px presenter)', () => {
    const blue = atlas.byId.get(selectedId)!;
    // The legend (383×326 px at the top left of an 820×630 map) is charged to the left edge.
    const padding = framePadding(
      820,
      630,
      overlayInsets({ width: 820, height: 630 }, [{ x: 16, y: 16, width: 367, height: 310 }]),
    );
    const { transform } = svgCamera(cameraFor(blue, null), projection, 820, 630, padding);
    const [x, y] = projection(blue.zone.location.lngLat)!;
    const sx = x * transform.k + transform.x;
    expect(sx).toBeCloseTo((padding.left + 820 - padding.right) / 2, 6);
    expect(sx).toBeGreaterThan(383 + 40);
    expect(y * transform.k + transform.y).toBeCloseTo((padding.top + 630 - padding.bottom) / 2, 6);
  });

  it('never fits closer than the maximum zoom', () => {
    const tiny: typeof frame = [
      [120.0, 36.0],
      [120.001, 36.001],
    ];
    const { transform } = svgCamera(cameraFor(null, tiny), projection, 1000, 700, {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(base + Math.log2(transform.k)).toBeCloseTo(CAMERA.fitMaxZoom, 6);
  });
});

describe('diffLayers', () => {
  it('a theme change is paint properties only; a language change is layout only; a selection is filters and paint', () => {
    const light = styleLayers(model(LIGHT_TOKENS, 800, 600));
    const dark = styleLayers(model(THEMES.dark, 800, 600));
    const kinds = (a: typeof light, b: typeof light) => [...new Set(diffLayers(a, b).map((c) => c.kind))].sort();
    expect(kinds(light, dark)).toEqual(['paint']);
    expect(diffLayers(light, dark).map((c) => c.layer)).toContain('sea');
    expect(kinds(light, styleLayers(model(LIGHT_TOKENS, 800, 600, 'en')))).toEqual(['layout']);
    const other = styleLayers(
      mapModel({
        zones: atlas.zones,
        lang: 'zh',
        selectedId: 'yantai-etdz',
        hoveredId,
        highlightedIds,
        tokens: LIGHT_TOKENS,
        viewport: { width: 800, height: 600 },
      }),
    );
    expect(kinds(light, other)).toEqual(['filter']);
    expect(diffLayers(light, light)).toEqual([]);
  });
});

describe('markStyle', () => {
  it('is the one rule: active grows and rings in ink, faded fades', () => {
    const t = LIGHT_TOKENS;
    expect(markStyle('#000', { selected: false, hovered: false, faded: false }, t)).toEqual({
      fill: '#000',
      stroke: t.zoneStroke,
      strokeWidth: 1.5,
      radius: 6,
      opacity: 1,
    });
    expect(markStyle('#000', { selected: false, hovered: true, faded: true }, t)).toMatchObject({
      stroke: t.ink,
      radius: 8,
      opacity: 0.22,
    });
  });
});

describe('ReadyQueue', () => {
  it('holds calls until ready, then runs them in order, then runs at once', () => {
    const q = new ReadyQueue<string[]>();
    const log: string[] = [];
    q.run((t) => t.push('a'));
    q.run((t) => t.push('b'));
    expect(log).toEqual([]);
    expect(q.pendingCount).toBe(2);
    q.ready(log);
    expect(log).toEqual(['a', 'b']);
    q.run((t) => t.push('c'));
    expect(log).toEqual(['a', 'b', 'c']);
  });
});

describe('overlay insets: every fit keeps clear of the legend and attribution', () => {
  it('charges a tall legend at the top left to the left edge, a wide attribution to the bottom', () => {
    const insets = overlayInsets({ width: 1000, height: 780 }, [
      { x: 12, y: 12, width: 262, height: 330 },
      { x: 420, y: 736, width: 580, height: 44 },
    ]);
    expect(insets).toEqual({ top: 0, right: 0, bottom: 44, left: 274 });
  });

  it('charges a wide, short legend to the top, and ignores boxes away from every edge or empty', () => {
    const insets = overlayInsets({ width: 360, height: 300 }, [
      { x: 8, y: 8, width: 300, height: 40 },
      { x: 150, y: 120, width: 60, height: 30 },
      { x: 0, y: 0, width: 0, height: 0 },
    ]);
    expect(insets).toEqual({ top: 48, right: 0, bottom: 0, left: 0 });
  });

  it('pads each side 12 px beyond its inset, never less than the base padding, and leaves 40 % to fit into', () => {
    const base = framePadding(1000, 780);
    const padded = framePadding(1000, 780, { top: 0, right: 0, bottom: 44, left: 274 });
    expect(padded).toEqual({ ...base, left: 286 });
    const phone = framePadding(360, 300, { top: 0, right: 0, bottom: 0, left: 300 });
    expect(phone.left + phone.right).toBeLessThanOrEqual(360 * 0.6 + 1);
    expect(phone.left).toBeGreaterThan(phone.right);
  });
});

describe('China whole: the South China Sea islands inset (南海诸岛)', () => {
  // Zones from Harbin to Kashgar, Lhasa, Sanya and Shanghai (the fixture a data editor loads), plus one on Taiwan's
  // south coast, which lies where the inset goes.
  const spots: [string, [number, number]][] = [
    ['harbin', [126.68, 45.72]],
    ['kashgar', [75.99, 39.47]],
    ['lhasa', [91.03, 29.63]],
    ['sanya', [109.18, 18.35]],
    ['shanghai', [121.9, 30.9]],
    ['kaohsiung', [120.3, 22.6]],
  ];
  const base = atlas.zones[0]!;
  const zones = spots.map(([id, lngLat]) => ({
    ...base,
    zone: { ...base.zone, id, parent: undefined, location: { ...base.zone.location, lngLat } },
  }));
  const wide = pointsBounds(spots.map(([, p]) => p))!;
  const build = (frame: Bounds, width: number, height: number, list: readonly ZoneView[] = zones, scale = 1) =>
    mapModel({
      zones: list,
      lang: 'zh',
      selectedId: null,
      hoveredId: null,
      highlightedIds: null,
      tokens: LIGHT_TOKENS,
      viewport: { width, height, scale, insets: { top: 0, right: 0, bottom: 28, left: 0 } },
      frame,
    });

  it('is asked for by frames spanning most of China, never by the five cities', () => {
    expect(spansChina(wide)).toBe(true);
    expect(spansChina(frame)).toBe(false);
    expect(build(frame, 960, 770, atlas.zones).inset).toBeNull();
    expect(build(wide, 960, 770).inset).not.toBeNull();
    // A zone centred (no frame) has none.
    expect(build(null as unknown as Bounds, 960, 770).inset).toBeNull();
  });

  it.each([
    [960, 770, 1],
    [1300, 980, presenterScale(1920, 1080)],
    [360, 300, 1],
    [375, 440, 1],
  ])('at %i × %i px it sits in the lower right above the attribution, and no zone lies under it', (w, h, scale) => {
    const m = build(wide, w, h, zones, scale);
    const box = m.inset!;
    expect(box).toEqual(nanhaiInset({ width: w, height: h, scale, insets: { top: 0, right: 0, bottom: 28, left: 0 } }));
    expect(box.x).toBeGreaterThan(w / 2);
    expect(box.x + box.width).toBeLessThanOrEqual(w);
    expect(box.y + box.height).toBeLessThanOrEqual(h - 28);
    expect(box.height).toBeGreaterThanOrEqual(72);
    const projection = fitProjection(wide, w, h, m.padding);
    for (const mark of m.marks) {
      const [x, y] = projection(mark.lngLat)!;
      const r = mark.radius;
      const under = x + r > box.x && x - r < box.x + box.width && y + r > box.y && y - r < box.y + box.height;
      expect(under, `${mark.id} at ${x.toFixed(0)},${y.toFixed(0)}`).toBe(false);
    }
    // Nor any label: the inset is an obstacle to the SVG placement (and to MapLibre's, as an invisible icon).
    const screen = m.marks.map((mark) => {
      const [x, y] = projection(mark.lngLat)!;
      return { m: mark, x, y };
    });
    const places = layers.labels.features.map((f) => {
      const [x, y] = projection(f.geometry.coordinates as [number, number])!;
      return { kind: f.properties.kind, text: f.properties.zh, x, y, style: m.text[f.properties.kind] };
    });
    const out = svgLabels(m, screen, places, w, h);
    const inside = (b: Box) => b.x1 > box.x && b.x0 < box.x + box.width && b.y1 > box.y && b.y0 < box.y + box.height;
    expect([...out.places, ...out.zones].filter((l) => inside(l.box)).map((l) => l.text)).toEqual([]);
    expect(out.places.some((l) => l.kind === 'province')).toBe(true);
  });

  it('costs the frame nothing when no zone is near it', () => {
    const mainland = zones.filter((z) => z.zone.id !== 'kaohsiung');
    const m = build(wide, 960, 770, mainland);
    const { top: _, ...sides } = framePadding(960, 770, { top: 0, right: 0, bottom: 28, left: 0 });
    expect(m.padding).toMatchObject(sides);
    expect(build(wide, 960, 770).padding.right).toBeGreaterThan(m.padding.right);
  });

  it.each([
    [375, 440],
    [360, 300],
    [960, 770],
  ])('sets the frame on the foot of a %i × %i map: the spare height shows the north, not the sea below', (w, h) => {
    const m = build(wide, w, h);
    const projection = fitProjection(wide, w, h, m.padding);
    const [[, s]] = wide;
    const foot = projection([110, s])![1];
    expect(Math.abs(foot - (h - m.padding.bottom))).toBeLessThan(1.5);
    // The height the frame leaves free went to the top: below the frame there is only the padding's sea.
    const base = framePadding(w, h, { top: 0, right: 0, bottom: 28, left: 0 });
    if (w < h * 1.2) expect(m.padding.top).toBeGreaterThan(base.top + 20);
    expect(m.padding.bottom).toBeLessThanOrEqual(Math.max(base.bottom, h - m.inset!.y + 12));
  });
});
