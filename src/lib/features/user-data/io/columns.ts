// The CSV columns of a zones file (docs/user-data.md) and how a zone entry is written as one row.
import type { ZoneEntry } from './zones-file';

/** Columns every CSV file must have (cells may be empty where the docs say so). */
export const REQUIRED_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'lng',
  'lat',
  'province',
  'city',
  'level',
  'model',
  'measures',
  'industries',
  'source_title',
  'source_url',
  'quote',
] as const;

/** All columns, in the order downloads and the template use. */
export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'short_zh',
  'short_en',
  'aliases',
  'lng',
  'lat',
  'precision_km',
  'province',
  'city',
  'city_name_zh',
  'city_name_en',
  'district',
  'level',
  'model',
  'measures',
  'industries',
  'source_title',
  'source_publisher',
  'source_url',
  'quote',
] as const;

export type Column = (typeof CSV_COLUMNS)[number];

/** Separates the ids in measures and industries, and the names in aliases (a full-width ； is accepted too). */
export const LIST_SEPARATOR = ';';

/** The items of a list cell: trimmed, without empties or repeats. */
export function splitList(cell: string): string[] {
  return [...new Set(cell.split(/[;；]/).map((s) => s.trim()))].filter(Boolean);
}

const PREFIX: Record<string, string> = {
  name: 'name',
  short: 'short',
  cityName: 'city_name',
  precisionKm: 'precision_km',
};

/** Where a zone entry's field (a path inside it) is in the CSV. */
export function columnOf(path: readonly PropertyKey[]): Column {
  const [head, sub] = path;
  if (head === 'evidence') return path[2] === 'source' ? 'source_title' : 'quote';
  const base = PREFIX[String(head)];
  return (base ? (sub === 'en' ? `${base}_en` : sub === 'zh' ? `${base}_zh` : base) : String(head)) as Column;
}

export interface RowSource {
  title: string;
  publisher: string;
  url: string;
}

/** One CSV row (in CSV_COLUMNS order): the zone's first naming quote as the row's quote, industries as their sector ids. */
export function entryToRow(zone: ZoneEntry, source: RowSource): string[] {
  const cells: Record<Column, string> = {
    id: zone.id,
    name_zh: zone.name.zh ?? '',
    name_en: zone.name.en ?? '',
    short_zh: zone.short?.zh ?? '',
    short_en: zone.short?.en ?? '',
    aliases: zone.aliases.join(LIST_SEPARATOR),
    lng: String(zone.lng),
    lat: String(zone.lat),
    precision_km: zone.precisionKm === undefined ? '' : String(zone.precisionKm),
    province: zone.province,
    city: zone.city,
    city_name_zh: zone.cityName?.zh ?? '',
    city_name_en: zone.cityName?.en ?? '',
    district: zone.district ?? '',
    level: zone.level,
    model: zone.model?.id ?? '',
    measures: zone.measures.map((m) => m.id).join(LIST_SEPARATOR),
    industries: [...new Set(zone.industries.map((i) => i.sector))].join(LIST_SEPARATOR),
    source_title: source.title,
    source_publisher: source.publisher,
    source_url: source.url,
    quote: zone.evidence[0]?.quote ?? '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}
