// Reads a table (CSV rows or a sheet's rows) into zone entries: headers by name or alias, one zone per row, sources shared
// by identical title/link/publisher, list cells split on the separators people use, "lng,lat" cells.
import type { Locator, UserFile } from './check';
import { columnOfHeader, REQUIRED_COLUMNS, splitList, type Column } from './columns';
import { parsePair } from './coords';
import { restoreFormula } from './csv';
import type { Report } from './errors';
import { splitClaims, splitTerms, type Vocabulary } from './values';
import type { SourceEntry, ZoneEntry } from './zones-file';

/** How many rows from the top may hold a title before the header. */
const HEADER_SEARCH_ROWS = 10;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const sourceColumn = (path: readonly PropertyKey[]): Column =>
  path[0] === 'url' ? 'source_url' : path[0] === 'publisher' ? 'source_publisher' : 'source_title';

/** A slug from an English name ("Qingdao Blue Valley" → qingdao-blue-valley), or '' when it has no Latin letters or digits. */
const slug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

export interface TableOptions {
  vocabulary: Vocabulary;
  /** Rows before the header that were removed (a `sep=` line), so row numbers stay the spreadsheet's. */
  skippedRows?: number;
  /** CSV: a row with more or fewer cells than the header is an error. A sheet's rows end at their last filled cell. */
  strictWidth?: boolean;
}

/**
 * Zone entries from a table whose first row is the header. Cells are kept as written except: list cells become ids where
 * they name a taxonomy label; an empty id becomes a slug of the English name (or zone-<row>); "lng,lat" in a location
 * cell, or in the lng cell with lat empty, becomes the two coordinates.
 */
/** Excel's and WPS's error values, as a sheet shows them and a CSV saved from it writes them. */
export const EXCEL_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function readTable(
  rows: string[][],
  report: Report,
  { vocabulary, skippedRows = 0, strictWidth = true }: TableOptions,
): { file: UserFile; locate: Locator } | null {
  // A title or notes above the header (common in sheets made for people) are skipped: the header is the first of the
  // first rows that names two known columns.
  const start = Math.max(
    0,
    rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.filter((c) => columnOfHeader(String(c ?? ''))).length >= 2),
  );
  const [header = [], ...body] = rows.slice(start);
  const rowOf = (k: number) => k + 1 + skippedRows + start; // k: 0 is the header
  const index = new Map<Column, number>();
  const headerText = new Map<Column, string>();
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return; // spreadsheets often add untitled empty columns
    const column = columnOfHeader(name);
    if (!column) unknown.push(name);
    else if (index.has(column)) report.error('duplicate-column', { row: rowOf(0), column: name });
    else {
      index.set(column, i);
      headerText.set(column, name);
    }
  });
  // Longitude without latitude (or the reverse) is a missing column, whatever places the file also names; with
  // neither, a place column will do (placed by name).
  const halfPair = !index.has('location') && index.has('lng') !== index.has('lat');
  const missing = REQUIRED_COLUMNS.map((group) =>
    halfPair && group.includes('location')
      ? group.filter((c) => c === 'lng' || c === 'lat' || c === 'location')
      : group,
  ).filter((group) => !group.some((c) => index.has(c)));
  if (missing.length)
    report.error('missing-columns', { row: rowOf(0) }, { columns: missing.map((g) => g.join('|')).join(',') });
  if (unknown.length) report.warn('unknown-columns', { row: rowOf(0) }, { columns: unknown.join(', ') });
  if (!report.ok) return null;
  /** Where a column is, as the file's own header names it. */
  const shown = (c: Column) => headerText.get(c) ?? c;

  const zones: ZoneEntry[] = [];
  const unpositioned = new Set<number>();
  const zoneRows: number[] = [];
  const coordColumn: Column[] = [];
  const sources: SourceEntry[] = [];
  const sourceRows: number[][] = [];
  const sourceByKey = new Map<string, number>();
  const ids = new Set(body.map((cells) => cells[index.get('id') ?? -1]?.trim()).filter(Boolean));

  body.forEach((cells, k) => {
    const row = rowOf(k + 1);
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    if (strictWidth && cells.length !== header.length) {
      report.error('column-count', { row }, { expected: header.length, found: cells.length });
      return;
    }
    // An Excel error value (#N/A, #REF! …) in any column is named as such, in every format (issue 35).
    for (const [column, i] of index) {
      const value = String(cells[i] ?? '').trim();
      if (EXCEL_ERROR.test(value)) report.error('excel-error', { row, column: shown(column) }, {}, value);
    }
    const cell = (c: Column) => {
      const i = index.get(c);
      const value = i === undefined ? '' : restoreFormula(String(cells[i] ?? '').trim());
      return EXCEL_ERROR.test(value) ? '' : value;
    };
    const number = (c: Column, value = cell(c)) => {
      const v = value.normalize('NFKC').replace(/°$/, '');
      if (!v) report.error('required', { row, column: shown(c) });
      else if (!NUMBER.test(v)) report.error('bad-number', { row, column: shown(c) }, {}, value);
      return NUMBER.test(v) ? Number(v) : NaN;
    };

    // Coordinates: lng + lat, or "lng,lat" in a location cell (or pasted whole into the lng cell).
    let lng = NaN;
    let lat = NaN;
    let from: Column = 'lng';
    const location = cell('location');
    const lngPair = parsePair(cell('lng'));
    // No position at all (every coordinate cell empty, or no such column): the zone is placed by the place it names
    // (places.ts), which says so when it names none.
    if (!location && !cell('lng') && !cell('lat')) {
      from = index.has('location') && !index.has('lng') ? 'location' : 'lng';
      unpositioned.add(zones.length);
    } else if (location || (!index.has('lng') && index.has('location'))) {
      from = 'location';
      const pair = parsePair(location);
      if (pair) [lng, lat] = pair;
      else if (!location) report.error('required', { row, column: shown('location') });
      else report.error('bad-location', { row, column: shown('location') }, {}, location);
    } else if (lngPair && (!cell('lat') || parsePair(cell('lat')))) [lng, lat] = lngPair;
    else {
      lng = number('lng');
      lat = number('lat');
    }
    coordColumn.push(from);

    const source = { title: cell('source_title'), url: cell('source_url'), publisher: cell('source_publisher') };
    const key = JSON.stringify(source);
    let s = sourceByKey.get(key);
    if (s === undefined) {
      s = sources.length;
      sourceByKey.set(key, s);
      sources.push({
        id: `s${s + 1}`,
        title: source.title || null,
        publisher: source.publisher || null,
        url: source.url || undefined,
      });
      sourceRows.push([]);
    }
    sourceRows[s]!.push(row);

    let id = cell('id');
    if (!id) {
      id = slug(cell('name_en')) || `zone-${row}`;
      if (ids.has(id)) id = `${id}-${row}`;
      ids.add(id);
    }
    const model = cell('model');
    zones.push({
      id,
      name: { zh: cell('name_zh'), en: cell('name_en') },
      short: { zh: cell('short_zh'), en: cell('short_en') },
      aliases: splitList(cell('aliases')),
      lng,
      lat,
      crs: cell('crs') || undefined,
      precisionKm: cell('precision_km') ? number('precision_km') : undefined,
      province: cell('province'),
      city: cell('city'),
      cityName: { zh: cell('city_name_zh'), en: cell('city_name_en') },
      district: cell('district') || undefined,
      level: cell('level'),
      parent: cell('parent') || undefined,
      status: cell('status') || undefined,
      scope: cell('scope') || undefined,
      evidence: [{ source: sources[s]!.id, quote: cell('quote') }],
      model: model ? splitClaims(model, vocabulary.model, vocabulary)[0] : undefined,
      measures: splitClaims(cell('measures'), vocabulary.measure, vocabulary),
      industries: splitTerms(cell('industries'), vocabulary.sector).map((sector) => ({ sector })),
    });
    zoneRows.push(row);
  });

  return {
    file: { sources, zones, unpositioned },
    locate: {
      zone: (i, path) => {
        const column = columnOfPath(path);
        const at = (column === 'lng' || column === 'lat') && coordColumn[i] === 'location' ? 'location' : column;
        return { row: zoneRows[i]!, column: shown(at) };
      },
      source: (k, path) => sourceRows[k]!.map((row) => ({ row, column: shown(sourceColumn(path)) })),
    },
  };
}

const PREFIX: Record<string, string> = {
  name: 'name',
  short: 'short',
  cityName: 'city_name',
  precisionKm: 'precision_km',
};

/** Where a zone entry's field (a path inside it) is in the table. */
export function columnOfPath(path: readonly PropertyKey[]): Column {
  const [head, sub] = path;
  if (head === 'evidence') return path[2] === 'source' ? 'source_title' : 'quote';
  const base = PREFIX[String(head)];
  return (base ? (sub === 'en' ? `${base}_en` : sub === 'zh' ? `${base}_zh` : base) : String(head)) as Column;
}
