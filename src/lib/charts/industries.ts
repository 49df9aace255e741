// Industry focus (pure): a zone's sectors beside the other zones that name the same sectors, coloured by model.
import type { ZoneView } from '../core/data/atlas';

/** A zone that names a sector: its id, model colour and its own industries in that sector. */
export interface SectorZone {
  zoneId: string;
  color: string;
  industries: ZoneView['zone']['industries'];
}

export interface SectorRow {
  sector: string;
  /** The subject zone's own industries in this sector (labels and evidence); empty in the place fallback. */
  industries: ZoneView['zone']['industries'];
  /** Other zones that name the sector, the subject's own place first, then data order. */
  others: SectorZone[];
}

export interface IndustryFocus {
  /** Rows for the zone's own sectors, in the order the article names them. */
  rows: SectorRow[];
  /** When the article names no industries for the zone: the sectors it names for other zones of the same place (the
   *  city's own industries, as far as the article gives them), each with the zones that name it; else null. */
  place: { placeId: string; rows: SectorRow[] } | null;
}

function sectorZone(z: ZoneView, sector: string): SectorZone {
  return { zoneId: z.zone.id, color: z.color, industries: z.zone.industries.filter((i) => i.sector === sector) };
}

/** Other zones naming `sector`, excluding `exclude`: zones of `placeId` first, then the rest in data order. */
function namers(all: readonly ZoneView[], sector: string, exclude: string, placeId: string): SectorZone[] {
  const having = all.filter((z) => z.zone.id !== exclude && z.zone.industries.some((i) => i.sector === sector));
  return [...having.filter((z) => z.place.id === placeId), ...having.filter((z) => z.place.id !== placeId)].map((z) =>
    sectorZone(z, sector),
  );
}

/**
 * The industry comparison for `zone` among `all` zones: each of its sectors with the other zones that name it; when
 * it has none, the sectors of the other zones of its place (see IndustryFocus.place).
 */
export function industryFocus(zone: ZoneView, all: readonly ZoneView[]): IndustryFocus {
  const own = [...new Set(zone.zone.industries.map((i) => i.sector))];
  const rows = own.map((sector) => ({
    sector,
    industries: zone.zone.industries.filter((i) => i.sector === sector),
    others: namers(all, sector, zone.zone.id, zone.place.id),
  }));
  if (rows.length) return { rows, place: null };
  const neighbours = all.filter((z) => z.place.id === zone.place.id && z.zone.id !== zone.zone.id);
  const sectors = [...new Set(neighbours.flatMap((z) => z.zone.industries.map((i) => i.sector)))];
  if (!sectors.length) return { rows, place: null };
  return {
    rows,
    place: {
      placeId: zone.place.id,
      rows: sectors.map((sector) => ({
        sector,
        industries: [],
        others: namers(neighbours, sector, zone.zone.id, zone.place.id),
      })),
    },
  };
}
