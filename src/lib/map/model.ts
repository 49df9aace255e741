// The one map model: app state + theme tokens + viewport → what both renderers draw (marks, labels, layers, camera).
import type { ZoneView } from '../core/data/atlas';
import type { Lang } from '../core/i18n/lang';
import type { BasemapLayers } from './geo/layers';
import { fitProjection, type Bounds, type Padding } from './geo/frame';
import { clipLabel } from '../core/text';

/**
 * The map's colours, read from the CSS custom properties of the map stage (`--sea`, `--land`, …; see app.css and the
 * presenter's themes). Every colour either renderer draws comes from here or from the taxonomy's model palette.
 */
export interface ThemeTokens {
  sea: string;
  land: string;
  landOther: string;
  landFocus: string;
  border: string;
  borderSoft: string;
  borderFaint: string;
  ink: string;
  inkSoft: string;
  halo: string;
  zoneStroke: string;
}

/** The CSS custom property behind each token. */
export const TOKEN_VARS: Record<keyof ThemeTokens, string> = {
  sea: '--sea',
  land: '--land',
  landOther: '--land-other',
  landFocus: '--land-focus',
  border: '--border',
  borderSoft: '--border-soft',
  borderFaint: '--border-faint',
  ink: '--ink',
  inkSoft: '--ink-soft',
  halo: '--halo',
  zoneStroke: '--zone-stroke',
};

/** The map's box in CSS px, and how far the overlays drawn over it (legend, attribution) reach in from each edge. */
export interface Viewport {
  width: number;
  height: number;
  /** px covered from each edge by overlays (see overlayInsets); none when absent. */
  insets?: Padding;
  /** Projector scale: markers, labels and their gaps are drawn this many times SIZES (see presenterScale); 1 when absent. */
  scale?: number;
  /** The overlays' own boxes (legend, attribution): no label is placed under them. */
  overlays?: readonly OverlayBox[];
}

/** A box in px relative to the map's top-left corner (an overlay's getBoundingClientRect less the map's). */
export interface OverlayBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the model is computed from. */
export interface MapInput {
  zones: readonly ZoneView[];
  lang: Lang;
  selectedId: string | null;
  hoveredId: string | null;
  /** Zones drawn at full strength (null: all); the rest fade. */
  highlightedIds: readonly string[] | null;
  tokens: ThemeTokens;
  viewport: Viewport;
  /** The bounds the camera fits now ([[west, south], [east, north]], degrees); null while it centres a zone. A frame
   *  spanning most of China gets the South China Sea inset (see nanhaiInset). */
  frame?: Bounds | null;
}

/** How one zone's marker is drawn; `state` is what MapLibre receives as feature-state. */
export interface ZoneMark {
  id: string;
  /** [longitude, latitude] in degrees (WGS84). */
  lngLat: [number, number];
  fill: string;
  stroke: string;
  /** px */
  strokeWidth: number;
  /** px */
  radius: number;
  /** 0–1, for the circle, its stroke and its label. */
  opacity: number;
  state: MarkState;
  label: ZoneLabel;
}

export interface MarkState {
  selected: boolean;
  hovered: boolean;
  faded: boolean;
}

export interface ZoneLabel {
  text: string;
  /** Static rank: 1 for a zone, 0 for a sub-area (which yields to its parent's label). */
  rank: number;
  /** Placement priority: higher is placed first (selected 3, hovered 2, zones 1, sub-areas 0, faded zones −1: the
   *  zones a comparison, a filter or a tour step fronts are named before those behind them). */
  priority: number;
}

/** A text style in px. */
export interface TextStyle {
  size: number;
  color: string;
  halo: string;
  /** Halo (stroke) width in px. */
  haloWidth: number;
  /** Letter spacing in em. */
  letterSpacing: number;
}

export type BasemapSource = keyof Omit<BasemapLayers, 'labels'>;

export interface FillLayer {
  id: string;
  source: BasemapSource;
  color: string;
}

export interface LineLayer {
  id: string;
  source: BasemapSource;
  color: string;
  /** px, not scaled by zoom. */
  width: number;
  /** Drawn from this Web Mercator zoom on (0: always). */
  minZoom: number;
}

export interface MapModel {
  lang: Lang;
  /** The zones the marks come from: a renderer re-uploads its data only when this (or `lang`) changes. */
  zones: readonly ZoneView[];
  /** The tokens the model was built with (MapLibre's feature-state expressions are written from them). */
  tokens: ThemeTokens;
  background: string;
  fills: FillLayer[];
  lines: LineLayer[];
  text: { province: TextStyle; city: TextStyle; zone: TextStyle };
  /** px from a zone's centre to its label; the label tries these sides in order. */
  labelGap: number;
  /** The viewport's scale (1 but in the presenter): sizes above already include it. */
  scale: number;
  labelSides: readonly ('right' | 'left' | 'top' | 'bottom')[];
  /** City labels sit this many px from their point, above it where no zone marker is in the way, else on the next of
   *  `citySides` that is clear (zone markers are obstacles to every label, in both renderers). */
  cityLabelOffset: number;
  citySides: readonly ('right' | 'left' | 'top' | 'bottom')[];
  /** px: the square each zone marker keeps clear of labels (the marker's diameter), before `scale`. */
  markerBox: number;
  /** px between marker centres below which markers are spread apart (geo/spread.ts): the diameter plus 2 px. */
  markerSpacing: number;
  /** How a spread marker is tied to its true location: a line of `width` px to a dot of `radius` px there. */
  leader: { color: string; width: number; radius: number };
  /**
   * How a cluster of zones is drawn (geo/clusters.ts; national views only): a disc of `fill` with a `stroke` edge,
   * the models' mix as a ring of `ring` × its radius, and its count in `text` at `fontSize` px with a `halo`.
   * `scale` sizes the discs (clusterRadius).
   */
  cluster: {
    fill: string;
    stroke: string;
    /** px */
    strokeWidth: number;
    text: string;
    halo: string;
    fontSize: number;
    ring: number;
    scale: number;
  };
  marks: ZoneMark[];
  padding: Padding;
  /** The South China Sea islands' inset (南海诸岛) in px from the map's top left, or null (see nanhaiInset). */
  inset: OverlayBox | null;
  /** Boxes no label may be placed under, in px: the viewport's overlays, the inset, and a 1 px strip inside each
   *  edge (a label that would cross the map's edge takes another side, or is left out, rather than being cut). */
  obstacles: OverlayBox[];
}

/**
 * Sizes in px at scale 1. One copy for both renderers: the SVG map and MapLibre used to hold their own (and differed:
 * the South China Sea line 1 vs 1.4 px, hover by stroke vs by radius). Marker radius 6 px keeps a 12 px target at
 * national scale; hovered and selected markers grow to 8 px with a 2.5 px ink ring.
 */
/** The ring's share of the disc's radius: the models' mix is drawn as a ring around the count ("1,690" fits inside). */
export const CLUSTER_RING = 0.26;

export const SIZES = {
  radius: 6,
  activeRadius: 8,
  stroke: 1.5,
  activeStroke: 2.5,
  /** Faded (not highlighted) zones: enough to see where they are, not enough to compete. */
  fadedOpacity: 0.22,
  zoneLabel: 13,
  cityLabel: 15,
  provinceLabel: 12,
  /** From the marker's centre to the label's box: the radius plus 3 px. */
  labelGap: 9,
} as const;

/** Camera rules shared by both renderers (Web Mercator zoom levels, 512 px tiles). */
export const CAMERA = {
  /** Selecting a zone centres it at this zoom (about 1:70,000 at 36°N): its district and neighbours stay in view. */
  selectZoom: 8.5,
  /** Fits never zoom closer than this, so a one-zone city still shows its surroundings. */
  fitMaxZoom: 10,
  /** ms for a camera move; 0 under reduced motion. */
  duration: 800,
  /**
   * An approximate position is shown no closer than this: the circle of its precision (location.precisionKm) fits a
   * diameter of this many px, a phone's map. A zone placed by its city's name (precision tens of km) is shown with
   * its city, not at a street's scale it was never given to.
   */
  precisionPx: 320,
} as const;

/** Web Mercator: MapLibre's 512 px world is 40,075,016.686 m around the equator (EPSG:3857), shrinking with cos(lat). */
const EQUATOR_M = 40_075_016.686;

/**
 * The zoom at which a circle of `km` radius around latitude `lat` (degrees) is `px` pixels across: 2^z =
 * px · EQUATOR_M · cos(lat) / (512 · 2000 · km).
 */
export function zoomForRadius(km: number, lat: number, px: number = CAMERA.precisionPx): number {
  return Math.log2((px * EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2000 * km));
}

/**
 * How far overlays reach in from the map's edges, in px. Each box is charged to the one edge it sits against that
 * costs the map least (a tall legend at the top left narrows the map from the left; a wide attribution along the
 * bottom raises the bottom), so a fit keeps everything it frames clear of it. Boxes more than 48 px from every edge
 * (a floating tooltip) and empty boxes are ignored.
 */
export function overlayInsets(viewport: { width: number; height: number }, boxes: readonly OverlayBox[]): Padding {
  const { width: W, height: H } = viewport;
  const insets: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const NEAR = 48;
  for (const b of boxes) {
    if (b.width <= 0 || b.height <= 0 || W <= 0 || H <= 0) continue;
    const sides = [
      { side: 'left' as const, gap: b.x, inset: b.x + b.width, cost: (b.x + b.width) / W },
      { side: 'right' as const, gap: W - b.x - b.width, inset: W - b.x, cost: (W - b.x) / W },
      { side: 'top' as const, gap: b.y, inset: b.y + b.height, cost: (b.y + b.height) / H },
      { side: 'bottom' as const, gap: H - b.y - b.height, inset: H - b.y, cost: (H - b.y) / H },
    ].filter((c) => c.gap <= NEAR);
    const best = sides.sort((a, c) => a.cost - c.cost)[0];
    if (best) insets[best.side] = Math.max(insets[best.side], Math.ceil(best.inset));
  }
  return insets;
}

/**
 * Padding in px for every fit: 8 % of the short side + 12 px all round, plus up to 70 px (12 % of the height) at the
 * bottom, and at least 12 px beyond each overlay inset. Insets are scaled down where they would leave less than 40 %
 * of the map's width or height to fit into (a legend open on a phone).
 */
export function framePadding(width: number, height: number, insets?: Padding): Padding {
  const p = Math.round(Math.min(width, height) * 0.08) + 12;
  const base = { top: p, right: p, bottom: p + Math.min(70, height * 0.12), left: p };
  if (!insets) return base;
  const pad = {
    top: Math.max(base.top, insets.top ? insets.top + 12 : 0),
    right: Math.max(base.right, insets.right ? insets.right + 12 : 0),
    bottom: Math.max(base.bottom, insets.bottom ? insets.bottom + 12 : 0),
    left: Math.max(base.left, insets.left ? insets.left + 12 : 0),
  };
  const sx = Math.min(1, (width * 0.6) / (pad.left + pad.right));
  const sy = Math.min(1, (height * 0.6) / (pad.top + pad.bottom));
  return {
    top: Math.round(pad.top * sy),
    right: Math.round(pad.right * sx),
    bottom: Math.round(pad.bottom * sy),
    left: Math.round(pad.left * sx),
  };
}

/** The basemap layers, bottom to top, in the theme's colours. */
export function basemapLayers(t: ThemeTokens): { fills: FillLayer[]; lines: LineLayer[] } {
  return {
    fills: [
      { id: 'neighbours', source: 'neighbours', color: t.landOther },
      { id: 'land', source: 'provinces', color: t.land },
      { id: 'focus', source: 'focus', color: t.landFocus },
    ],
    lines: [
      // District borders only once a city fills the view; at national scale they are noise.
      { id: 'district-borders', source: 'districtBorders', color: t.borderFaint, width: 0.5, minZoom: 6 },
      { id: 'prefecture-borders', source: 'prefectureBorders', color: t.borderSoft, width: 0.7, minZoom: 0 },
      { id: 'province-borders', source: 'provinceBorders', color: t.border, width: 1, minZoom: 0 },
      { id: 'outline', source: 'outline', color: t.border, width: 0.8, minZoom: 0 },
      // Each feature of the South China Sea line is one dash of the published line: drawn solid.
      { id: 'nanhai', source: 'nanhai', color: t.border, width: 1.2, minZoom: 0 },
    ],
  };
}

/** Marker style for a zone in a given state: the rule both renderers follow (MapLibre through feature-state). */
export function markStyle(
  fill: string,
  state: MarkState,
  t: ThemeTokens,
  scale = 1,
): Pick<ZoneMark, 'fill' | 'stroke' | 'strokeWidth' | 'radius' | 'opacity'> {
  const active = state.selected || state.hovered;
  return {
    fill,
    stroke: active ? t.ink : t.zoneStroke,
    strokeWidth: (active ? SIZES.activeStroke : SIZES.stroke) * scale,
    radius: (active ? SIZES.activeRadius : SIZES.radius) * scale,
    opacity: state.faded ? SIZES.fadedOpacity : 1,
  };
}

/** Builds the model. Pure: the same input gives the same output. */
export function mapModel(input: MapInput): MapModel {
  const t = input.tokens;
  const scale = input.viewport.scale ?? 1;
  const highlighted = input.highlightedIds ? new Set(input.highlightedIds) : null;
  const marks = input.zones.map((z): ZoneMark => {
    const id = z.zone.id;
    const state: MarkState = {
      selected: id === input.selectedId,
      hovered: id === input.hoveredId,
      faded: highlighted !== null && !highlighted.has(id),
    };
    return {
      id,
      lngLat: z.zone.location.lngLat,
      ...markStyle(z.color, state, t, scale),
      state,
      label: {
        // A name of any length stays one short line; the tooltip has it whole.
        text: clipLabel(z.zone.short[input.lang]),
        rank: z.zone.parent ? 0 : 1,
        priority: state.selected ? 3 : state.hovered ? 2 : state.faded ? -1 : z.zone.parent ? 0 : 1,
      },
    };
  });
  const text = (size: number, color: string, haloWidth: number, letterSpacing = 0): TextStyle => ({
    size: size * scale,
    color,
    halo: t.halo,
    haloWidth: haloWidth * scale,
    letterSpacing,
  });
  const framing = insetAndPadding(input, marks, scale);
  return {
    lang: input.lang,
    zones: input.zones,
    tokens: t,
    background: t.sea,
    ...basemapLayers(t),
    text: {
      province: text(SIZES.provinceLabel, t.inkSoft, 1.2, 0.05),
      city: text(SIZES.cityLabel, t.ink, 1.5),
      zone: text(SIZES.zoneLabel, t.ink, 1.5),
    },
    labelGap: SIZES.labelGap * scale,
    scale,
    labelSides: ['right', 'left', 'top', 'bottom'],
    cityLabelOffset: 8 * scale,
    citySides: ['top', 'bottom', 'right', 'left'],
    // The resting marker's diameter: a box any larger would reach a zone's own label (labelGap is the radius + 3 px).
    markerBox: 2 * SIZES.radius,
    markerSpacing: (2 * SIZES.radius + 2) * scale,
    leader: { color: t.inkSoft, width: 1 * scale, radius: 2 * scale },
    cluster: {
      fill: t.halo,
      stroke: t.zoneStroke,
      strokeWidth: SIZES.stroke * scale,
      text: t.ink,
      halo: t.halo,
      fontSize: 11 * scale,
      ring: CLUSTER_RING,
      scale,
    },
    marks,
    ...framing,
    obstacles: [
      ...(input.viewport.overlays ?? []),
      ...(framing.inset ? [framing.inset] : []),
      ...edgeStrips(input.viewport),
    ],
  };
}

/** The padding every fit uses, and the inset when the frame asks for one (its box joins the padding only where a
 *  zone would otherwise lie under it or within a label's reach of it). A frame with the inset is set on the padded
 *  area's foot (`southFirst`), so a tall map shows more of the north, not the sea the inset already shows. */
function insetAndPadding(input: MapInput, marks: readonly ZoneMark[], scale: number) {
  const { width, height, insets } = input.viewport;
  const base = framePadding(width, height, insets);
  const inset = input.frame && spansChina(input.frame) ? nanhaiInset(input.viewport) : null;
  if (!inset) return { padding: base, inset };
  const frame = input.frame!;
  const padding = southFirst(frame, width, height, base);
  const projection = fitProjection(frame, width, height, padding);
  // A zone's label reaches about 110 px (scaled) to its right; its marker a radius all round.
  const reach = { left: 110 * scale, other: SIZES.activeRadius * scale + 4 };
  const covered = marks.some((m) => {
    const [x, y] = projection(m.lngLat) ?? [NaN, NaN];
    return (
      x >= inset.x - reach.left &&
      x <= inset.x + inset.width + reach.other &&
      y >= inset.y - reach.other &&
      y <= inset.y + inset.height + reach.other
    );
  });
  if (!covered) return { padding, inset };
  const extra = overlayInsets(input.viewport, [inset]);
  const merged = { ...(insets ?? { top: 0, right: 0, bottom: 0, left: 0 }) };
  for (const k of Object.keys(extra) as (keyof Padding)[]) merged[k] = Math.max(merged[k], extra[k]);
  return { padding: southFirst(frame, width, height, framePadding(width, height, merged)), inset };
}

/**
 * The padding that puts a width-bound frame on the padded area's foot instead of its middle: the height the frame
 * leaves free (px) joins the top padding. Unchanged where the frame fills the height.
 */
function southFirst(frame: Bounds, width: number, height: number, padding: Padding): Padding {
  const projection = fitProjection(frame, width, height, padding);
  const [[w, s], [e, n]] = frame;
  const top = projection([w, n])?.[1] ?? 0;
  const foot = projection([e, s])?.[1] ?? 0;
  const slack = height - padding.top - padding.bottom - (foot - top);
  return slack > 1 ? { ...padding, top: padding.top + Math.floor(slack) } : padding;
}

/** A 1 px strip inside each edge of the map (none for an empty map). */
function edgeStrips({ width: W, height: H }: Viewport): OverlayBox[] {
  if (!(W > 2 && H > 2)) return [];
  const w = Math.round(W);
  const h = Math.round(H);
  return [
    { x: 0, y: 0, width: w, height: 1 },
    { x: 0, y: h - 1, width: w, height: 1 },
    { x: 0, y: 0, width: 1, height: h },
    { x: w - 1, y: 0, width: 1, height: h },
  ];
}

/**
 * The South China Sea and its islands as maps published in China show them in an inset (南海诸岛, lower right):
 * [[west, south], [east, north]] in degrees, from the Gulf of Tonkin and Taiwan's south down past Zengmu Ansha (4°N).
 */
export const NANHAI_BOUNDS: Bounds = [
  [106, 2.5],
  [124, 23.5],
];

/**
 * Whether a frame spans most of China, so the South China Sea islands are off it and need the inset: at least half of
 * China's east–west extent (73–135°E, so 31°) or of its north–south extent on the mainland (18–54°N, so 18°). The
 * five cities (9° × 6°) never do; zones from Harbin to Kashgar and Sanya do.
 */
export function spansChina(frame: Bounds): boolean {
  const [[w, s], [e, n]] = frame;
  return e - w >= 31 || n - s >= 18;
}

/**
 * The inset's box in px: 30 % of the map's height (72–300 px, scaled), as wide as NANHAI_BOUNDS is in Web Mercator
 * (0.82 of its height), 8 px in from the right edge and above whatever the overlays take at the bottom (the
 * attribution).
 */
export function nanhaiInset(viewport: Viewport): OverlayBox {
  const scale = viewport.scale ?? 1;
  const height = Math.round(Math.min(300 * scale, Math.max(72, viewport.height * 0.3)));
  const width = Math.round(height * NANHAI_ASPECT);
  const margin = 8;
  return {
    x: viewport.width - (viewport.insets?.right ?? 0) - margin - width,
    y: viewport.height - (viewport.insets?.bottom ?? 0) - margin - height,
    width,
    height,
  };
}

/** Width over height of NANHAI_BOUNDS in Web Mercator. */
const NANHAI_ASPECT = (() => {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [[w, s], [e, n]] = NANHAI_BOUNDS;
  return ((e - w) * Math.PI) / 180 / (y(n) - y(s));
})();

/**
 * The order in which zone labels claim their place, shared by both renderers (after the markers' own boxes):
 * `front` — the selected zone, and the zones a comparison, filter or tour step fronts when others are faded — then
 * the city names, then `rest` (every other zone), then `faded`. City names outrank ordinary zone labels because they
 * orient the reader (every zone label already names its zone), but never the zones a view is about. `hovered` — the
 * zone under the pointer or whose list row is hovered or focused, unless selected — is named whatever else is there:
 * drawn on top of everything, in its first side inside the map, and moving no other label (issue 16: a label that
 * cannot be placed shows on hover and focus).
 */
export function labelTiers(marks: readonly ZoneMark[]): {
  front: string[];
  rest: string[];
  faded: string[];
  hovered: string[];
} {
  const fronting = marks.some((m) => m.state.faded);
  const tiers = { front: [] as string[], rest: [] as string[], faded: [] as string[], hovered: [] as string[] };
  for (const m of marks) {
    if (m.state.hovered && !m.state.selected) tiers.hovered.push(m.id);
    else if (m.state.selected || (fronting && !m.state.faded)) tiers.front.push(m.id);
    else if (m.state.faded) tiers.faded.push(m.id);
    else tiers.rest.push(m.id);
  }
  return tiers;
}

/**
 * The presenter's scale for markers and labels: the screen against a 1240×700 px reference (a 1280×720 projector
 * less the bar), so a 1280×720 projector draws about 1× and 1920×1080 about 1.54×, which puts zone labels
 * (SIZES.zoneLabel 13 px) at 20 px, the floor issue 16 sets for reading a projected map from the back of a room.
 * Never below 1 (a small window) nor above 2.4 (a 4K wall).
 */
export function presenterScale(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 1;
  return Math.min(2.4, Math.max(1, Math.min(width / 1240, height / 700)));
}

/** Where the camera should be: centred on a zone, or fitting bounds. */
export type CameraIntent =
  { kind: 'center'; center: [number, number]; zoom: number } | { kind: 'fit'; bounds: Bounds; maxZoom: number };

/**
 * The camera a state asks for: the selected zone at CAMERA.selectZoom (further out for an approximate position, so its
 * precision circle shows); else the focused region (a presenter step's
 * city), fitted; else null: the camera stays where it is (as on any web map when a place card closes).
 */
export function cameraFor(selected: ZoneView | null, focus: Bounds | null, scale = 1): CameraIntent | null {
  // A scaled map (the presenter) zooms in by as much, so a zone's neighbours sit as far away as on a laptop.
  if (selected) {
    const [, lat] = selected.zone.location.lngLat;
    const zoom = Math.min(CAMERA.selectZoom, zoomForRadius(selected.zone.location.precisionKm, lat));
    return { kind: 'center', center: selected.zone.location.lngLat, zoom: zoom + Math.log2(scale) };
  }
  return focus ? { kind: 'fit', bounds: focus, maxZoom: CAMERA.fitMaxZoom } : null;
}

/**
 * The Web Mercator zoom of a d3 `geoMercator` with this scale: MapLibre draws the world 512·2^z px wide, d3 draws it
 * 2π·scale px wide, so z = log2(2π·scale / 512).
 */
export function zoomOfScale(scale: number): number {
  return Math.log2((2 * Math.PI * scale) / 512);
}
