// Layout of the reform-profile matrix (pure, no DOM): measures × zones, rows by count, columns named and grouped.
import type { ZoneView } from '../core/data/atlas';
import { breakUnits, estimateText, overlaps, wrapText, type Box, type TextMeasure } from '../core/text';
import { cellClaim, type CellState, type MarkClaim } from './claim-mark';

export type MatrixGrouping = 'place' | 'model';

/** A cell: one zone × one measure, centred at (x, y) px, with its claim (state, status, strength). */
export interface MatrixCell {
  zoneId: string;
  measureId: string;
  claim: MarkClaim;
  x: number;
  y: number;
}

/** A zone's column: centre x, its short name drawn vertically above the cells, its model colour under the name. */
export interface MatrixColumn {
  zoneId: string;
  groupId: string;
  x: number;
  label: string;
  color: string;
  /** The drawn name's box (vertical text, bottom at `labelBottom`). */
  labelBox: Box;
}

/** A measure's row: top y and height, the name in one or two lines, and how many zones have it. */
export interface MatrixRow {
  measureId: string;
  y: number;
  height: number;
  lines: string[];
  /** Zones that state or inherit the measure; rows are sorted by this. */
  count: number;
  stated: number;
  labelBox: Box;
}

/** A group of columns (a place or a model): its span, and its name where one can be drawn without a collision. */
export interface MatrixGroup {
  id: string;
  x0: number;
  x1: number;
  /** The name's lines, centred on labelX with the first baseline at labelY; empty when grouping by model (the
   *  rule is drawn in the model's colour and a key names it) or when no collision-free place exists. */
  lines: string[];
  labelX: number;
  labelY: number;
  labelBox: Box | null;
  color: string | null;
}

export interface MatrixLayout {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  cells: MatrixCell[];
  groups: MatrixGroup[];
  /** Column pitch, px. */
  step: number;
  /** Right edge of the row names; the first column starts after it. */
  left: number;
  /** x of the right-aligned counts. */
  countX: number;
  /** y of the group rules, of the bottom of the vertical zone names, and of the first row's top. */
  ruleY: number;
  labelBottom: number;
  top: number;
  width: number;
  height: number;
  dotRadius: number;
  fontSize: number;
  columnFontSize: number;
  lineHeight: number;
  /** Zones per measure that have it (stated or inherited), for highlighting. */
  zonesByMeasure: Map<string, string[]>;
}

export interface MatrixOptions {
  /** Room for the chart, px; when columns need more than this, the layout is wider and the chart scrolls. */
  width: number;
  groupBy: MatrixGrouping;
  /** Model ids in legend order (for grouping by model). */
  modelOrder: readonly string[];
  /** Row names by measure id, group names by place id, column names by zone id (in the reader's language). */
  measureLabel: (id: string) => string;
  placeLabel: (id: string) => string;
  zoneLabel: (id: string) => string;
  /** Text measure; default the estimate (server, tests), measureText in the browser. */
  measure?: TextMeasure;
  /** The zones whose counts order the rows (default: `zones`). Pass the whole dataset so that filtering the
   *  columns does not reorder the rows under the reader's pointer or keyboard focus. */
  rankBy?: readonly ZoneView[];
}

/** The smallest column pitch: the vertical names (COLUMN_FONT px) then never touch. */
export const MIN_STEP = 11;
/** The most zones whose layout frames a narrowed matrix (see matrixLayout's `rankBy`). */
const FRAME_MAX = 60;
/** The widest column pitch, px. */
const MAX_STEP = 30;
/** Row names, px: 12, or 11 in charts narrower than NARROW px (a 320 px embed or phone). */
const FONT = 12;
const NARROW = 340;
const COLUMN_FONT = 10.5;
const GROUP_FONT = 11;
const LINE = 14;
/** The gap between groups, in column pitches. */
const GAP = 0.4;
const COUNT_W = 15;
/** Between a row's name and the first column; the name ends 6 px before the column. */
const LABEL_PAD = 8;
const GROUP_GAP = 6;

export function cellState(zone: ZoneView, measureId: string): CellState {
  const fact = zone.measures.find((m) => m.id === measureId);
  return fact ? fact.provenance : 'absent';
}

/**
 * Column and row order. Columns: data order grouped by place, or by model in `modelOrder` (then place order).
 * Rows: by how many of the `rankBy` zones have the measure (stated or inherited), then how many state it, then
 * taxonomy order, so the most common measures read first and ties stay stable; `count` and `stated` are among `zones`.
 */
export function matrixOrder(
  zones: readonly ZoneView[],
  measureIds: readonly string[],
  groupBy: MatrixGrouping,
  modelOrder: readonly string[],
  rankBy: readonly ZoneView[] = zones,
): { zones: ZoneView[]; measures: { id: string; count: number; stated: number }[] } {
  const rank = (id: string) => {
    const i = modelOrder.indexOf(id);
    return i < 0 ? modelOrder.length : i;
  };
  const ordered =
    groupBy === 'model'
      ? zones
          .map((z, i) => ({ z, i }))
          .sort((a, b) => rank(a.z.model.id) - rank(b.z.model.id) || a.i - b.i)
          .map(({ z }) => z)
      : [...zones];
  const tally = (among: readonly ZoneView[], id: string) => {
    const states = among.map((z) => cellState(z, id));
    return { count: states.filter((s) => s !== 'absent').length, stated: states.filter((s) => s === 'stated').length };
  };
  const measures = measureIds
    .map((id, i) => ({ id, i, rank: tally(rankBy, id), ...tally(zones, id) }))
    .sort((a, b) => b.rank.count - a.rank.count || b.rank.stated - a.rank.stated || a.i - b.i)
    .map(({ id, count, stated }) => ({ id, count, stated }));
  return { zones: ordered, measures };
}

/**
 * Lays out the matrix for a chart `width` px wide. Row names take at most 34 % of it (wrapped onto two lines rather
 * than shortened); zone names are drawn vertically above their columns (CJK upright, Latin turned 90°, the
 * news-graphics convention for many narrow columns), so each column is named; group names are centred over their
 * columns and pushed apart, wrapped, or staggered on two lines until none overlaps (see placeGroupLabels). Columns
 * are at least MIN_STEP px apart; below that the layout is wider than `width` and the chart scrolls.
 */
export function matrixLayout(
  zones: readonly ZoneView[],
  measureIds: readonly string[],
  opts: MatrixOptions,
): MatrixLayout {
  const { zones: ordered, measures } = matrixOrder(zones, measureIds, opts.groupBy, opts.modelOrder, opts.rankBy);
  const groupOf = (z: ZoneView) => (opts.groupBy === 'model' ? z.model.id : z.place.id);
  const textMeasure = opts.measure ?? estimateText;
  const fontSize = opts.width < NARROW ? FONT - 1 : FONT;
  const measure = (s: string) => textMeasure(s, fontSize);

  // Columns take a GAP-pitch space between groups.
  let slots = 0;
  ordered.forEach((z, i) => (slots += i > 0 && groupOf(ordered[i - 1]!) !== groupOf(z) ? 1 + GAP : 1));

  // The frame (row names, row heights, header height) is that of the `rankBy` zones when they are given, so that
  // narrowing the columns moves no row and no header under the reader's pointer.
  // Only for datasets small enough to draw whole (FRAME_MAX): a national catalogue's matrix shows a subset anyway,
  // and laying out thousands of columns to keep it still would cost more than it saves.
  const frame =
    opts.rankBy && opts.rankBy !== zones && opts.rankBy.length <= FRAME_MAX
      ? matrixLayout(opts.rankBy, measureIds, { ...opts, rankBy: undefined })
      : null;

  // Row names: one line where they fit in what the columns leave (at most 40 % of the width, at least 64 px),
  // else wrapped onto balanced lines there; a row is as tall as its tallest name.
  const widest = Math.max(0, ...measures.map((m) => measure(opts.measureLabel(m.id))));
  const spare = opts.width - COUNT_W - MIN_STEP * slots - LABEL_PAD;
  const room = Math.min(widest, Math.max(64, Math.min(opts.width * 0.4, spare)));
  const rowLines = frame
    ? frame.rows.map((r) => r.lines)
    : measures.map((m) => balancedWrap(opts.measureLabel(m.id), room, measure));
  const left = frame ? frame.left : Math.max(0, ...rowLines.flat().map(measure)) + LABEL_PAD;
  const rowHeight = frame
    ? (frame.rows[0]?.height ?? 24)
    : Math.max(24, Math.max(1, ...rowLines.map((l) => l.length)) * LINE + 4);

  // A few columns (a narrow filter) keep a readable pitch instead of spreading over the whole width.
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, slots ? (opts.width - left - COUNT_W) / slots : MIN_STEP));
  const xs: number[] = [];
  let cursor = left;
  ordered.forEach((z, i) => {
    if (i > 0 && groupOf(ordered[i - 1]!) !== groupOf(z)) cursor += GAP * step;
    xs.push(cursor + step / 2);
    cursor += step;
  });
  // (Rounding aside: the columns were sized to end exactly at opts.width.)
  const width = cursor + COUNT_W > opts.width + 0.5 ? cursor + COUNT_W : opts.width;
  const countX = width - 2;

  // Groups and their names.
  const groups: MatrixGroup[] = [];
  ordered.forEach((z, i) => {
    const id = groupOf(z);
    const last = groups.at(-1);
    if (last && last.id === id) last.x1 = xs[i]! + step / 2;
    else
      groups.push({
        id,
        x0: xs[i]! - step / 2,
        x1: xs[i]! + step / 2,
        lines: [],
        labelX: xs[i]!,
        labelY: 0,
        labelBox: null,
        color: opts.groupBy === 'model' ? z.color : null,
      });
  });
  const headerRows =
    opts.groupBy === 'place'
      ? placeGroupLabels(groups, opts.placeLabel, width, (t) => textMeasure(t, GROUP_FONT, 600), step)
      : 0;
  const ruleY = headerRows ? headerRows * LINE + 6 : 4;

  // Vertical zone names, bottom-aligned above the first row.
  const nameTop = ruleY + 6;
  const nameLength = (id: string) => textMeasure(opts.zoneLabel(id), COLUMN_FONT);
  const longest = Math.max(0, ...ordered.map((z) => nameLength(z.zone.id)));
  const labelBottom = Math.max(nameTop + longest, frame ? frame.labelBottom : 0);
  const columns: MatrixColumn[] = ordered.map((z, i) => ({
    zoneId: z.zone.id,
    groupId: groupOf(z),
    x: xs[i]!,
    label: opts.zoneLabel(z.zone.id),
    color: z.color,
    labelBox: {
      x0: xs[i]! - COLUMN_FONT / 2,
      x1: xs[i]! + COLUMN_FONT / 2,
      y0: labelBottom - nameLength(z.zone.id),
      y1: labelBottom,
    },
  }));
  const top = labelBottom + 14;

  const rows: MatrixRow[] = measures.map((m, i) => {
    const y = top + i * rowHeight;
    const lines = rowLines[i]!;
    const h = lines.length * LINE;
    const y0 = y + (rowHeight - h) / 2;
    return {
      measureId: m.id,
      y,
      height: rowHeight,
      lines,
      count: m.count,
      stated: m.stated,
      labelBox: {
        x0: left - LABEL_PAD - Math.max(...lines.map(measure)) + 2,
        x1: left - LABEL_PAD + 2,
        y0,
        y1: y0 + h,
      },
    };
  });
  const cells: MatrixCell[] = [];
  const zonesByMeasure = new Map<string, string[]>();
  for (const row of rows) {
    const having: string[] = [];
    ordered.forEach((z, i) => {
      const claim = cellClaim(z, row.measureId);
      if (claim.state !== 'absent') having.push(z.zone.id);
      cells.push({ zoneId: z.zone.id, measureId: row.measureId, claim, x: xs[i]!, y: row.y + rowHeight / 2 });
    });
    zonesByMeasure.set(row.measureId, having);
  }
  return {
    columns,
    rows,
    cells,
    groups,
    step,
    left,
    countX,
    ruleY,
    labelBottom,
    top,
    width,
    height: top + rows.length * rowHeight,
    dotRadius: Math.max(2.5, Math.min(5.5, step / 2 - 1.5)),
    fontSize,
    columnFontSize: COLUMN_FONT,
    lineHeight: LINE,
    zonesByMeasure,
  };
}

/**
 * Wraps `text` to `maxWidth` (wrapText, kinsoku rules), then narrows the width while the line count holds, so the
 * lines come out even: "财税、债务与 / 土地" rather than "财税、债务与土 / 地".
 */
function balancedWrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines = wrapText(text, maxWidth, measure);
  if (lines.length < 2) return lines;
  let lo = 0;
  let hi = maxWidth;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, measure).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, measure);
}

/**
 * Places the group names above the rules and returns how many text lines the header needs (0 when none is drawn).
 * Tried in turn until every name overhangs its own columns by at most `overhang` px (a column pitch) on either side
 * with no two overlapping: one line each, pushed
 * apart within [0, width]; names wrapped onto two lines; then names staggered on two rows. A name that fits none of
 * these is left out (its columns still carry their zone names and the rule's tooltip). Mutates `groups`.
 */
function placeGroupLabels(
  groups: MatrixGroup[],
  label: (id: string) => string,
  width: number,
  measure: (text: string) => number,
  overhang: number,
): number {
  const w = (s: string) => measure(s) + 1;
  const single = groups.map((g) => [label(g.id)]);
  const wrapped = groups.map((g) => {
    const text = label(g.id);
    const lines = balancedWrap(
      text,
      Math.max(g.x1 - g.x0 + 2 * overhang, ...breakUnits(text).map((u) => w(u.trim()))),
      w,
    );
    return lines.length <= 2 ? lines : [text];
  });
  const attempts: { lines: string[][]; rows: number }[] = [
    { lines: single, rows: 1 },
    { lines: wrapped, rows: 1 },
    { lines: single, rows: 2 },
    { lines: wrapped, rows: 2 },
  ];
  for (const [n, attempt] of attempts.entries()) {
    const last = n === attempts.length - 1;
    const boxes: (Box | null)[] = groups.map(() => null);
    let ok = true;
    // Each row of names is as tall as its tallest name; names sit on the bottom of their row, nearest the rule.
    let rowTop = 0;
    for (let row = 0; row < attempt.rows; row++) {
      const members = groups.map((g, i) => ({ g, i })).filter(({ i }) => i % attempt.rows === row);
      const rowLines = Math.max(0, ...members.map(({ i }) => attempt.lines[i]!.length));
      const widths = members.map(({ i }) => Math.max(...attempt.lines[i]!.map(w)));
      const xs = dodge(
        members.map(({ g }) => (g.x0 + g.x1) / 2),
        widths,
        width,
      );
      members.forEach(({ g, i }, k) => {
        const x0 = xs ? xs[k]! : (g.x0 + g.x1) / 2 - widths[k]! / 2;
        const y0 = (rowTop + rowLines - attempt.lines[i]!.length) * LINE;
        boxes[i] = { x0, x1: x0 + widths[k]!, y0, y1: y0 + attempt.lines[i]!.length * LINE };
        // A name may overhang its own columns by at most one pitch on each side, or it reads as its neighbour's.
        if (!xs || x0 < g.x0 - overhang || x0 + widths[k]! > g.x1 + overhang) ok = false;
      });
      rowTop += rowLines;
    }
    if (!ok && !last) continue;
    const kept = boxes.map(
      (b, i) => b && (ok || !boxes.some((o, j) => j < i && o && overlaps(o, b))) && b.x0 >= 0 && b.x1 <= width,
    );
    groups.forEach((g, i) => {
      const box = boxes[i]!;
      g.lines = kept[i] ? attempt.lines[i]! : [];
      g.labelBox = kept[i] ? box : null;
      g.labelX = (box.x0 + box.x1) / 2;
      g.labelY = box.y0 + GROUP_FONT;
    });
    return rowTop;
  }
  return 0;
}

/**
 * One-dimensional label dodging: boxes of `widths` wanted centred on `centres` (ascending), pushed apart to
 * GROUP_GAP and kept within [0, width]. Returns each box's left edge, or null when they cannot all fit.
 */
function dodge(centres: number[], widths: number[], width: number): number[] | null {
  const total = widths.reduce((a, b) => a + b, 0) + GROUP_GAP * Math.max(0, widths.length - 1);
  if (total > width) return null;
  const x = centres.map((c, i) => c - widths[i]! / 2);
  for (let i = 0; i < x.length; i++) x[i] = Math.max(x[i]!, i ? x[i - 1]! + widths[i - 1]! + GROUP_GAP : 0);
  for (let i = x.length - 1; i >= 0; i--)
    x[i] = Math.min(x[i]!, i < x.length - 1 ? x[i + 1]! - GROUP_GAP - widths[i]! : width - widths[i]!);
  return x;
}
