// Slide export: the map (WebGL canvas or SVG) and the step's caption composed onto a 1920×1080 PNG for slide decks.
import { wrapText } from '../../core/text';

/**
 * The slide, px. The map takes the full height at its own shape, between `mapMin` and `mapMax` wide (the caption panel
 * has the rest), so the picture fills its side with no bands of sea (issue 34); `mapWidth` without a map.
 */
export const SLIDE = { width: 1920, height: 1080, mapWidth: 1180, mapMin: 1000, mapMax: 1320 } as const;

/** The map's width on the slide for a picture `w` × `h` px: its shape at the slide's height, within SLIDE's bounds. */
export function slideMapWidth(map: { w: number; h: number } | null): number {
  if (!map || map.h <= 0) return SLIDE.mapWidth;
  return Math.round(Math.min(SLIDE.mapMax, Math.max(SLIDE.mapMin, (SLIDE.height * map.w) / map.h)));
}

export interface SlideContent {
  kicker: string;
  title: string;
  caption: string;
  figures: { value: string; unit: string; label: string }[];
  /** A zone step's measures as on screen: the ones stated for it by name, then how many it inherits (empty: none). */
  measures: string[];
  /** A compare step's zones: model colour (CSS), the zone's short name and its model, one row each. */
  compared: { color: string; name: string; model: string }[];
  legendTitle: string;
  legend: { label: string; color: string }[];
  /** Paragraphs at the foot of the panel: the sources, then the map's attribution. */
  footer: string[];
}

export interface SlideColours {
  surface: string;
  ink: string;
  inkSoft: string;
  rule: string;
  sea: string;
  zoneStroke: string;
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-size',
  'font-weight',
  'font-family',
  'letter-spacing',
  'visibility',
] as const;

/**
 * A standalone copy of an SVG whose look partly comes from CSS: each element's computed paint is written as SVG
 * presentation attributes (not a `style` attribute, which the app's CSP, style-src 'self', forbids).
 */
function inlineSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const p of STYLE_PROPS) copies[i]!.setAttribute(p, style.getPropertyValue(p));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([inlineSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * What the map stage shows now: MapLibre's canvas (its drawing buffer is preserved) or the SVG map, with the South
 * China Sea inset drawn where it sits on screen when the stage shows one. `scale` enlarges the SVG map (vector, so it
 * stays sharp; the deck asks for 2); MapLibre's canvas is taken at the device's pixel ratio.
 */
export async function captureMap(stage: HTMLElement, scale = 1): Promise<CanvasImageSource | null> {
  const map = await captureRenderer(stage);
  const inset = stage.querySelector<SVGSVGElement>('[data-testid="nanhai-inset"] svg');
  const k = map instanceof HTMLImageElement ? scale : 1;
  if (!map || (!inset && k === 1)) return map;
  const { w, h } = sizeOf(map);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * k);
  canvas.height = Math.round(h * k);
  const ctx = canvas.getContext('2d');
  if (!ctx) return map;
  ctx.drawImage(map, 0, 0, canvas.width, canvas.height);
  if (!inset) return canvas;
  // Screen px to the map image's px (MapLibre's canvas is drawn at the device pixel ratio).
  const ratio = canvas.width / Math.max(1, stage.clientWidth);
  const at = inset.getBoundingClientRect();
  const origin = stage.getBoundingClientRect();
  ctx.drawImage(
    await svgImage(inset),
    (at.left - origin.left) * ratio,
    (at.top - origin.top) * ratio,
    at.width * ratio,
    at.height * ratio,
  );
  return canvas;
}

async function captureRenderer(stage: HTMLElement): Promise<CanvasImageSource | null> {
  if (stage.dataset.renderer === 'webgl') {
    const canvas = stage.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    if (canvas) return canvas;
  }
  const svg = stage.querySelector<SVGSVGElement>('[data-testid="svg-map"] svg');
  return svg ? svgImage(svg) : null;
}

/** An image's or canvas's size in px (1 × 1 for other sources). */
export function sizeOf(source: CanvasImageSource): { w: number; h: number } {
  if (source instanceof HTMLImageElement) return { w: source.naturalWidth, h: source.naturalHeight };
  if (source instanceof HTMLCanvasElement) return { w: source.width, h: source.height };
  return { w: 1, h: 1 };
}

/**
 * Draws the whole source inside the box, centred, scaled to fit (the box's background shows where the shapes differ):
 * nothing the screen shows is cropped, so a label at the map's edge is on the slide too (issue 16).
 */
function drawContain(
  ctx: CanvasRenderingContext2D,
  source: CanvasImageSource,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const s = sizeOf(source);
  const scale = Math.min(w / s.w, h / s.h);
  const dw = s.w * scale;
  const dh = s.h * scale;
  ctx.drawImage(source, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh);
}

export function drawSlide(
  ctx: CanvasRenderingContext2D,
  map: CanvasImageSource | null,
  content: SlideContent,
  colours: SlideColours,
  fontFamily: string,
) {
  const { width, height } = SLIDE;
  const mapWidth = slideMapWidth(map ? sizeOf(map) : null);
  ctx.fillStyle = colours.sea;
  ctx.fillRect(0, 0, mapWidth, height);
  if (map) drawContain(ctx, map, 0, 0, mapWidth, height);
  ctx.fillStyle = colours.surface;
  ctx.fillRect(mapWidth, 0, width - mapWidth, height);
  ctx.fillStyle = colours.rule;
  ctx.fillRect(mapWidth, 0, 2, height);

  const x = mapWidth + 72;
  const maxW = width - x - 72;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;
  const measure = (s: string) => ctx.measureText(s).width;
  ctx.textBaseline = 'alphabetic';
  // `y` is the top of the next block; each line is drawn on its baseline, about one font size lower.
  let y = 84;
  const lines = (text: string, size: number, weight: number, color: string, lineHeight: number, max: number) => {
    ctx.font = font(size, weight);
    ctx.fillStyle = color;
    for (const line of wrapText(text, maxW, measure, max)) {
      ctx.fillText(line, x, y + size * 0.95);
      y += size * lineHeight;
    }
  };
  lines(content.kicker, 24, 600, colours.inkSoft, 1.4, 1);
  y += 22;
  lines(content.title, 54, 700, colours.ink, 1.2, 3);
  y += 20;
  lines(content.caption, 32, 400, colours.ink, 1.5, 7);
  y += 28;

  // The legend and footer are anchored to the bottom; figures fill the space between, whole or not at all.
  ctx.font = font(16);
  const footLines = content.footer.map((p) => wrapText(p, maxW, measure, 3));
  const footHeight = footLines.flat().length * 22 + (footLines.length - 1) * 8;
  // Two columns when every label fits in half the width, else one.
  ctx.font = font(20);
  const columns = content.legend.every((item) => measure(item.label) <= maxW / 2 - 40) ? 2 : 1;
  const legendRows = Math.ceil(content.legend.length / columns);
  // A compare step names each zone's model beside its colour: the legend would only repeat it, so it gives way.
  const withLegend = content.compared.length === 0;
  const legendTop = withLegend ? height - 56 - footHeight - 40 - 36 - legendRows * 34 : height - 56 - footHeight;
  // A zone step's measures (as its caption lists them), each paragraph whole or not at all.
  for (const text of content.measures) {
    ctx.font = font(24, 600);
    const rows = wrapText(text, maxW, measure, 3).length;
    if (y + rows * 24 * 1.4 > legendTop - 24) break;
    lines(text, 24, 600, colours.inkSoft, 1.4, 3);
    y += 10;
  }
  if (content.measures.length) y += 18;
  const FIGURE_HEIGHT = 3 + 64 + 34 + 22 * 1.4 * 2 + 18;
  for (const f of content.figures) {
    if (y + FIGURE_HEIGHT > legendTop - 24) break;
    ctx.fillStyle = colours.ink;
    ctx.fillRect(x, y, maxW, 3);
    y += 64;
    ctx.font = font(52, 700);
    ctx.fillText(f.value, x, y);
    const w = measure(f.value);
    ctx.font = font(24, 600);
    ctx.fillStyle = colours.inkSoft;
    ctx.fillText(f.unit, x + w + 8, y);
    y += 12;
    lines(f.label, 22, 400, colours.inkSoft, 1.4, 2);
    y += 18;
  }

  // A compare step: one row per zone (its model's colour, its name, its model), whole or not at all.
  const ROW_HEIGHT = 30 + 22 * 1.4 * 2 + 20;
  for (const row of content.compared) {
    if (y + ROW_HEIGHT > legendTop - 24) break;
    ctx.beginPath();
    ctx.arc(x + 12, y + 18, 12, 0, Math.PI * 2);
    ctx.fillStyle = row.color;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = colours.zoneStroke;
    ctx.stroke();
    ctx.font = font(30, 700);
    ctx.fillStyle = colours.ink;
    ctx.fillText(wrapText(row.name, maxW - 40, measure, 1)[0] ?? '', x + 40, y + 29);
    y += 44;
    ctx.font = font(22);
    ctx.fillStyle = colours.inkSoft;
    for (const line of wrapText(row.model, maxW - 40, measure, 2)) {
      ctx.fillText(line, x + 40, y + 21);
      y += 22 * 1.4;
    }
    y += 20;
  }

  let ly = legendTop;
  if (withLegend) {
    ctx.font = font(20, 700);
    ctx.fillStyle = colours.ink;
    ctx.fillText(content.legendTitle, x, ly + 20);
    ly += 36 + 20;
    ctx.font = font(20);
    const col = maxW / columns;
    content.legend.forEach((item, i) => {
      const cx = x + (i % columns) * col;
      const cy = ly + Math.floor(i / columns) * 34;
      ctx.beginPath();
      ctx.arc(cx + 10, cy - 7, 10, 0, Math.PI * 2);
      ctx.fillStyle = item.color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = colours.zoneStroke;
      ctx.stroke();
      ctx.fillStyle = colours.ink;
      ctx.fillText(wrapText(item.label, col - 40, measure, 1)[0] ?? '', cx + 30, cy);
    });
  }
  ctx.font = font(16);
  ctx.fillStyle = colours.inkSoft;
  let fy = height - 56 - footHeight + 16;
  for (const paragraph of footLines) {
    for (const line of paragraph) {
      ctx.fillText(line, x, fy);
      fy += 22;
    }
    fy += 8;
  }
}

/** Renders the slide to a PNG blob. */
export async function renderSlide(
  stage: HTMLElement,
  content: SlideContent,
  colours: SlideColours,
  fontFamily: string,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawSlide(ctx, await captureMap(stage), content, colours, fontFamily);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
