// Layout of the reform-profile matrix: measures × zones (grouped by place), each cell stated, inherited or absent.
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { ZoneView } from '../core/data/atlas';

export type CellState = 'stated' | 'inherited' | 'absent';

export interface MatrixCell {
  zoneId: string;
  measureId: string;
  state: CellState;
  x: number;
  y: number;
}

export interface MatrixGroup {
  placeId: string;
  x0: number;
  x1: number;
}

export interface MatrixLayout {
  x: ScaleBand<string>;
  y: ScaleBand<string>;
  cells: MatrixCell[];
  groups: MatrixGroup[];
  width: number;
  height: number;
  /** Zones per measure that have it (stated or inherited), for highlighting. */
  zonesByMeasure: Map<string, string[]>;
}

export function cellState(zone: ZoneView, measureId: string): CellState {
  const fact = zone.measures.find((m) => m.id === measureId);
  return fact ? fact.provenance : 'absent';
}

/**
 * Columns are zones in data order with a gap between places; rows are measures in taxonomy order.
 * `left` is the room for row labels, `top` for the place headers.
 */
export function matrixLayout(
  zones: ZoneView[],
  measureIds: string[],
  opts: { width: number; rowHeight?: number; left: number; top: number },
): MatrixLayout {
  const rowHeight = opts.rowHeight ?? 22;
  // A spacer column between places keeps the groups apart without a second scale.
  const columns: string[] = [];
  zones.forEach((z, i) => {
    if (i > 0 && zones[i - 1]!.place.id !== z.place.id) columns.push(`gap:${i}`);
    columns.push(z.zone.id);
  });
  const x = scaleBand<string>()
    .domain(columns)
    .range([opts.left, Math.max(opts.left + columns.length * 8, opts.width)])
    .padding(0.1);
  const y = scaleBand<string>()
    .domain(measureIds)
    .range([opts.top, opts.top + measureIds.length * rowHeight])
    .padding(0.1);
  const cells: MatrixCell[] = [];
  const zonesByMeasure = new Map<string, string[]>();
  for (const measureId of measureIds) {
    const having: string[] = [];
    for (const z of zones) {
      const state = cellState(z, measureId);
      if (state !== 'absent') having.push(z.zone.id);
      cells.push({
        zoneId: z.zone.id,
        measureId,
        state,
        x: x(z.zone.id)! + x.bandwidth() / 2,
        y: y(measureId)! + y.bandwidth() / 2,
      });
    }
    zonesByMeasure.set(measureId, having);
  }
  const groups: MatrixGroup[] = [];
  for (const z of zones) {
    const x0 = x(z.zone.id)!;
    const last = groups.at(-1);
    if (last && last.placeId === z.place.id) last.x1 = x0 + x.bandwidth();
    else groups.push({ placeId: z.place.id, x0, x1: x0 + x.bandwidth() });
  }
  return { x, y, cells, groups, width: x.range()[1], height: opts.top + measureIds.length * rowHeight, zonesByMeasure };
}
