// The compare view's rows (pure): measures and sectors aligned across 2–4 zones, each cell with its fact.
import type { ZoneView } from '../core/data/atlas';
import type { ResolvedFact } from '../core/data/resolve';
import { matrixOrder } from './matrix';
import { cellClaim, type MarkClaim } from './claim-mark';

/** One measure across the compared zones: each zone's claim and fact (undefined where absent). */
export interface CompareMeasure {
  measureId: string;
  cells: { claim: MarkClaim; fact: ResolvedFact | undefined }[];
  /**
   * The zones do not all agree: one states it and another does not, one inherits it, or they say it with another
   * status or strength (a plan beside a result is a difference worth a look).
   */
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
      const cells = zones.map((z) => ({ claim: cellClaim(z, id), fact: z.measures.find((m) => m.id === id) }));
      const kinds = new Set(cells.map(({ claim: c }) => `${c.state} ${c.status ?? ''} ${c.implied ? 'implied' : ''}`));
      return { measureId: id, cells, differs: kinds.size > 1 };
    }),
    sectors: sectorIds
      .filter((sector) => zones.some((z) => z.zone.industries.some((i) => i.sector === sector)))
      .map((sector) => ({ sector, cells: zones.map((z) => z.zone.industries.filter((i) => i.sector === sector)) })),
  };
}
