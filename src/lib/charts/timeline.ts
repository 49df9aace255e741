// Timeline layout (pure, no DOM): a UTC time scale, lanes that grow in tiers so no two labels collide, and year ticks.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { overlaps, textWidth, wrapText, type Box, type TextMeasure } from '../core/text';
import { ISO_DATE } from '../core/data/rules';

export type Precision = 'day' | 'month' | 'year';

export interface TimelineDate {
  value: string;
  precision: Precision;
  /** Present when the article prints no year: why the year was inferred. Drawn hollow. */
  inferred?: { zh: string; en: string };
}

export interface TimelineItem {
  id: string;
  laneId: string;
  date: TimelineDate;
  label: string;
}

export interface TimelineLane {
  id: string;
  label: string;
}

export interface Period {
  /** The first instant of the period the date names (UTC midnight). */
  start: Date;
  /** The first instant after it (exclusive), i.e. the start of the next day, month or year. */
  end: Date;
}

export interface TimelineOptions {
  width: number;
  /** Height of one row (tier) of marks; a lane grows by one row per tier it needs. Default 22. */
  laneHeight?: number;
  /** Default 2018-01-01 … 2024-01-01, widened to whole years if an item falls outside it. A given domain is kept
   *  as is and positions are clamped to it. */
  domain?: [Date, Date];
  /** Font size of the mark labels in px. Default 11. */
  fontSize?: number;
  /** Text measure; default the labelWidth estimate (server, tests), measureText in the browser. */
  measure?: TextMeasure;
}

export interface TimelineMark {
  id: string;
  laneId: string;
  /** The marker: a circle at x, or (x2 set) a bar from x to x2 across a year or month. */
  x: number;
  x2?: number;
  y: number;
  /** The date is inferred: draw the marker with a stroke only. */
  hollow: boolean;
  /** The item's whole label, in one line or wrapped into several (never shortened); drawn one line per `lineHeight`. */
  lines: string[];
  labelX: number;
  /** Vertical centre of the first line (draw with dominant-baseline: central). */
  labelY: number;
  anchor: 'start' | 'end';
  tier: number;
  markBox: Box;
  labelBox: Box;
}

export interface TimelineLaneLayout {
  id: string;
  /** The lane's name, shortened with "…" if wider than the chart. */
  label: string;
  /** Top of the lane. */
  y: number;
  /** Baseline of the lane's name. */
  labelY: number;
  height: number;
  tiers: number;
}

export interface TimelineTick {
  /** Year boundary (1 January). */
  x: number;
  /** The 4-digit year. */
  text: string;
  /** Where to centre the year's text: the middle of the year's band; null where it is not drawn (the domain's last
   *  boundary, or thinned out on narrow charts). */
  labelX: number | null;
}

export interface TimelineLayout {
  x: ScaleTime<number, number>;
  width: number;
  height: number;
  /** Baseline of the year labels; grid lines run from axisBottom to height. */
  axisY: number;
  axisBottom: number;
  lanes: TimelineLaneLayout[];
  marks: TimelineMark[];
  ticks: TimelineTick[];
  markRadius: number;
  barHeight: number;
  fontSize: number;
  /** Distance between the baselines of a wrapped label's lines, px. */
  lineHeight: number;
  laneFontSize: number;
}

export const DEFAULT_DOMAIN: readonly [Date, Date] = [utc(2018, 0, 1), utc(2024, 0, 1)];

const MARK_RADIUS = 5;
const BAR_HEIGHT = 6;
/** Between a marker and its label. */
const LABEL_GAP = 4;
/** Between two neighbours (marker or label) in one tier. */
const MIN_SPACE = 6;
/** The scale's inset, so circles at the domain's ends stay inside the chart. */
const INSET = MARK_RADIUS + 1;
const LANE_FONT = 12;
const LANE_HEADER = 18;
const LANE_GAP = 8;
const AXIS_FONT = 11;
const AXIS_HEIGHT = 22;
const ELLIPSIS = '…';

function utc(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d;
}

/**
 * Parses a dataset date. Dates are calendar dates, so they are built in UTC (no time zone or DST shifts).
 *
 * The marker goes at the START of the period the date names, not its middle: a day marker then sits on its day, and
 * "2019" (Qingdao's reform start) is not placed at a made-up 1 July. `end` is the start of the next period, so a
 * year- or month-precision date can be drawn honestly as a bar across the whole period it may fall in.
 */
export function parseDate(value: string, precision: Precision): Period {
  const m = ISO_DATE.exec(value);
  const parts = m ? [m[1], m[2], m[3]].filter((p) => p !== undefined).length : 0;
  if (!m || parts !== { year: 1, month: 2, day: 3 }[precision])
    throw new Error(`"${value}" is not a ${precision}-precision date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  const start = utc(year, month, day);
  if (start.getUTCMonth() !== month || start.getUTCDate() !== day) throw new Error(`"${value}" is not a real date`);
  const end =
    precision === 'year'
      ? utc(year + 1, 0, 1)
      : precision === 'month'
        ? utc(year, month + 1, 1)
        : utc(year, month, day + 1);
  return { start, end };
}

/**
 * Estimated width of a label: textWidth, but counting general punctuation (… “ ” – and the like) as a full em,
 * since CJK fonts draw it full-width; this keeps shortened labels ("…") inside the chart in both languages.
 */
export function labelWidth(text: string, fontSize: number): number {
  const wide = text.match(/[\u2010-\u205E]/gu)?.length ?? 0;
  return textWidth(text, fontSize) + wide * 0.42 * fontSize;
}

/** The text shortened with "…" to fit maxWidth (by the labelWidth estimate); '' if not even "…" fits. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (labelWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && labelWidth(chars.join('').trimEnd() + ELLIPSIS, fontSize) > maxWidth) chars.pop();
  return chars.length ? chars.join('').trimEnd() + ELLIPSIS : '';
}

interface Candidate {
  anchor: 'start' | 'end';
  lines: string[];
  labelX: number;
  width: number;
  /** The marker and label together, in row coordinates (y centred on 0). */
  footprint: Box;
}

/**
 * Lays out a timeline: one lane per entry of `lanes` (in that order; items of unknown lanes are left out), marks in
 * date order within a lane. Collisions are resolved by first-fit tier packing: each mark with its label is put in
 * the lowest row (tier) of its lane where it clears everything already there, trying the label to the right of the
 * marker first, then to the left (which is how labels flip at the right edge). A label that fits on neither side on
 * one line is wrapped onto several lines on the roomier side, never shortened. So labels never overlap each other or
 * a marker, never leave [0, width], and none loses a word; a tier is as tall as its tallest wrapped label. Deterministic: ties keep input order.
 */
export function timelineLayout(
  items: readonly TimelineItem[],
  lanes: readonly TimelineLane[],
  options: TimelineOptions,
): TimelineLayout {
  const width = Math.max(0, options.width);
  const fontSize = options.fontSize ?? 11;
  const measureLabel = (text: string) =>
    options.measure ? options.measure(text, fontSize) : labelWidth(text, fontSize);
  const lineHeight = Math.ceil(fontSize * 1.3);
  const rowHeight = Math.max(options.laneHeight ?? 24, lineHeight + 2, 2 * MARK_RADIUS + 2);

  const parsed = items.map((item, index) => ({ item, index, ...parseDate(item.date.value, item.date.precision) }));
  const domain = options.domain ?? autoDomain(parsed);
  const x = scaleUtc()
    .domain(domain)
    .range([INSET, Math.max(INSET, width - INSET)])
    .clamp(true);

  const laneLayouts: TimelineLaneLayout[] = [];
  const marks: TimelineMark[] = [];
  let top = AXIS_HEIGHT;
  for (const lane of lanes) {
    const own = parsed
      .filter((p) => p.item.laneId === lane.id)
      .sort((a, b) => +a.start - +b.start || +a.end - +b.end || a.index - b.index);
    const tiers: Box[][] = [];
    const placed: { p: (typeof own)[number]; c: Candidate; tier: number; markBox: Box; x2?: number }[] = [];
    for (const p of own) {
      const x0 = x(p.start);
      const x1 = x(p.end);
      const x2 = p.item.date.precision !== 'day' && x1 - x0 >= 2 * MARK_RADIUS ? x1 : undefined;
      const markBox: Box =
        x2 === undefined
          ? { x0: x0 - MARK_RADIUS, y0: -MARK_RADIUS, x1: x0 + MARK_RADIUS, y1: MARK_RADIUS }
          : { x0, y0: -MARK_RADIUS, x1: x2, y1: MARK_RADIUS };
      const candidates = labelCandidates(p.item.label, markBox, width, measureLabel);
      for (let tier = 0; ; tier++) {
        const row = (tiers[tier] ??= []);
        const c = candidates.find((cand) => !row.some((b) => overlaps(b, cand.footprint)));
        if (!c) continue;
        row.push(c.footprint);
        placed.push({ p, c, tier, markBox, x2 });
        break;
      }
    }
    // A tier is as tall as its tallest label: one row, plus a line for each extra line of a wrapped label.
    const tierHeights = tiers.map((_, t) =>
      Math.max(
        rowHeight,
        ...placed.filter((q) => q.tier === t).map((q) => rowHeight + (q.c.lines.length - 1) * lineHeight),
      ),
    );
    const tierTops: number[] = [];
    let rowTop = top + LANE_HEADER;
    for (const h of tierHeights) {
      tierTops.push(rowTop);
      rowTop += h;
    }
    for (const { p, c, tier, markBox, x2 } of placed) {
      const y = tierTops[tier]! + rowHeight / 2;
      const labelX0 = c.anchor === 'start' ? c.labelX : c.labelX - c.width;
      marks.push({
        id: p.item.id,
        laneId: lane.id,
        x: x(p.start),
        ...(x2 === undefined ? {} : { x2 }),
        y,
        hollow: p.item.date.inferred !== undefined,
        lines: c.lines,
        labelX: c.labelX,
        labelY: y,
        anchor: c.anchor,
        tier,
        markBox: { x0: markBox.x0, x1: markBox.x1, y0: y + markBox.y0, y1: y + markBox.y1 },
        labelBox: {
          x0: labelX0,
          x1: labelX0 + c.width,
          y0: y - lineHeight / 2,
          y1: y + lineHeight / 2 + (c.lines.length - 1) * lineHeight,
        },
      });
    }
    const rowsHeight = tierHeights.length ? tierHeights.reduce((a, b) => a + b, 0) : rowHeight;
    const height = LANE_HEADER + rowsHeight + LANE_GAP;
    laneLayouts.push({
      id: lane.id,
      label: fitText(lane.label, width, LANE_FONT * 1.05),
      y: top,
      labelY: top + LANE_FONT + 2,
      height,
      tiers: tiers.length,
    });
    top += height;
  }

  return {
    x,
    width,
    height: top,
    axisY: AXIS_FONT + 3,
    axisBottom: AXIS_HEIGHT - 2,
    lanes: laneLayouts,
    marks,
    ticks: yearTicks(x, domain),
    markRadius: MARK_RADIUS,
    barHeight: BAR_HEIGHT,
    fontSize,
    lineHeight,
    laneFontSize: LANE_FONT,
  };
}

/** The default domain, widened to whole years where an item starts before or ends after it. */
function autoDomain(periods: Period[]): [Date, Date] {
  let [lo, hi] = DEFAULT_DOMAIN;
  for (const { start, end } of periods) {
    if (start < lo) lo = utcYear.floor(start);
    if (end > hi) hi = utcYear.ceil(end);
  }
  return [lo, hi];
}

/**
 * Right of the marker if it fits on one line, then left; if neither, the label is wrapped (kinsoku rules, never
 * shortened) to the roomier side, so no label loses words; a single word wider than that side is the only overflow,
 * and is then drawn from the chart's edge.
 */
function labelCandidates(label: string, mark: Box, width: number, measure: (text: string) => number): Candidate[] {
  const make = (anchor: 'start' | 'end', lines: string[]): Candidate => {
    const w = Math.max(0, ...lines.map(measure));
    let labelX = anchor === 'start' ? mark.x1 + LABEL_GAP : mark.x0 - LABEL_GAP;
    if (anchor === 'start') labelX = Math.min(labelX, Math.max(0, width - w));
    else labelX = Math.max(labelX, Math.min(width, w));
    const lx0 = anchor === 'start' ? labelX : labelX - w;
    const footprint: Box = {
      x0: Math.min(mark.x0, lx0) - MIN_SPACE / 2,
      x1: Math.max(mark.x1, lx0 + w) + MIN_SPACE / 2,
      y0: 0,
      y1: 1,
    };
    return { anchor, lines, labelX, width: w, footprint };
  };
  const roomRight = width - (mark.x1 + LABEL_GAP);
  const roomLeft = mark.x0 - LABEL_GAP;
  const full = measure(label);
  const fitting: Candidate[] = [];
  if (full <= roomRight) fitting.push(make('start', [label]));
  if (full <= roomLeft) fitting.push(make('end', [label]));
  if (fitting.length) return fitting;
  return roomRight >= roomLeft
    ? [make('start', wrapText(label, roomRight, measure))]
    : [make('end', wrapText(label, roomLeft, measure))];
}

/** Year boundaries; each year's text is centred in its band, thinned to every 2nd/5th/10th year when bands are narrow. */
function yearTicks(x: ScaleTime<number, number>, domain: [Date, Date]): TimelineTick[] {
  const years = x.ticks(utcYear.every(1)!);
  const textW = textWidth('0000', AXIS_FONT) + 6;
  const band = years.length > 1 ? x(years[1]!) - x(years[0]!) : Infinity;
  const step = [1, 2, 5, 10, 20, 50].find((s) => band * s >= textW) ?? 100;
  return years.map((d) => {
    const next = utcYear.offset(d, 1);
    const year = d.getUTCFullYear();
    const drawn = next <= domain[1] && year % step === 0;
    return { x: x(d), text: String(year).padStart(4, '0'), labelX: drawn ? (x(d) + x(next)) / 2 : null };
  });
}
