// The compare view's rows (pure): measures and sectors aligned across 2–4 zones, each cell with its fact.
import type { ZoneView } from '../core/data/atlas';
import type { ResolvedFact } from '../core/data/resolve';
import type { MessageKey } from '../core/i18n/messages';
import { cellState, matrixOrder, type CellState } from './matrix';

/** The mark for each cell state in the compare tables: ● stated, ○ inherited, · not mentioned (the matrix's legend). */
export const STATE_SYMBOL: Record<CellState, string> = { stated: '●', inherited: '○', absent: '·' };

/** The catalogue key that names each cell state (the matrix legend's words). */
export const STATE_LABEL: Record<CellState, MessageKey> = {
  stated: 'matrix.legendStated',
  inherited: 'matrix.legendInherited',
  absent: 'matrix.legendAbsent',
};

/** One measure across the compared zones: each zone's state and fact (undefined where absent). */
export interface CompareMeasure {
  measureId: string;
  cells: { state: CellState; fact: ResolvedFact | undefined }[];
  /** The zones do not all agree (one states it and another does not, or one inherits it): worth a look. */
  differs: boolean;
}

/** One sector across the compared zones: each zone's industries in it (empty where it names none). */
export interface CompareSector {
  sector: string;
  cells: ZoneView['zone']['industries'][];
}

/**
 * Measures in the matrix's order (by how many of `rankBy` zones have them, see matrixOrder), so a reader finds a row
 * where the matrix has it; then every sector any compared zone names, in taxonomy order.
 */
export function compareRows(
  zones: readonly ZoneView[],
  measureIds: readonly string[],
  sectorIds: readonly string[],
  rankBy: readonly ZoneView[],
): { measures: CompareMeasure[]; sectors: CompareSector[] } {
  const { measures } = matrixOrder(zones, measureIds, 'place', [], rankBy);
  return {
    measures: measures.map(({ id }) => {
      const cells = zones.map((z) => ({ state: cellState(z, id), fact: z.measures.find((m) => m.id === id) }));
      return { measureId: id, cells, differs: new Set(cells.map((c) => c.state)).size > 1 };
    }),
    sectors: sectorIds
      .filter((sector) => zones.some((z) => z.zone.industries.some((i) => i.sector === sector)))
      .map((sector) => ({ sector, cells: zones.map((z) => z.zone.industries.filter((i) => i.sector === sector)) })),
  };
}
