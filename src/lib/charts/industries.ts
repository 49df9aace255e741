// The industry-focus computation: a zone's industries grouped by sector, with how many other zones share each sector.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ZoneView } from '../core/data/atlas';

export interface SectorRow {
  sector: string;
  /** The zone's own industries in this sector (labels and evidence). */
  industries: ZoneView['zone']['industries'];
  /** Other zones that name the sector. */
  others: string[];
}

export function industryFocus(zone: ZoneView, all: ZoneView[]): SectorRow[] {
  const sectors = [...new Set(zone.zone.industries.map((i) => i.sector))];
  return sectors.map((sector) => ({
    sector,
    industries: zone.zone.industries.filter((i) => i.sector === sector),
    others: all
      .filter((z) => z.zone.id !== zone.zone.id && z.zone.industries.some((i) => i.sector === sector))
      .map((z) => z.zone.id),
  }));
}

/** Bar scale: 0 … the most zones that share any sector (at least 1), over the given width. */
export function sharedScale(rows: SectorRow[], width: number): ScaleLinear<number, number> {
  const max = Math.max(1, ...rows.map((r) => r.others.length));
  return scaleLinear().domain([0, max]).range([0, width]);
}
