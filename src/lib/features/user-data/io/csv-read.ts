// Reads a CSV zones file into zone entries: header checks, one zone per row, sources shared by identical title/link/publisher.
import type { Locator, UserFile } from './check';
import { columnOf, CSV_COLUMNS, REQUIRED_COLUMNS, splitList, type Column } from './columns';
import { parseCsv, restoreFormula } from './csv';
import type { Report } from './errors';
import type { SourceEntry, ZoneEntry } from './zones-file';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const sourceColumn = (path: readonly PropertyKey[]): Column =>
  path[0] === 'url' ? 'source_url' : path[0] === 'publisher' ? 'source_publisher' : 'source_title';

export function readCsv(text: string, report: Report): { file: UserFile; locate: Locator } | null {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    report.error(parsed.problem === 'unclosed-quote' ? 'csv-unclosed-quote' : 'csv-stray-quote', { row: parsed.row });
    return null;
  }
  const [header = [], ...body] = parsed.rows;
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.length === 1 && /[;\t]/.test(names[0]!)) {
    report.error('csv-delimiter', { row: 1 }, { found: names[0]!.includes('\t') ? 'Tab' : ';' });
    return null;
  }
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!name) return; // spreadsheets often add untitled empty columns
    if (index.has(name)) report.error('duplicate-column', { row: 1, column: name });
    else index.set(name, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) report.error('missing-columns', { row: 1 }, { columns: missing.join(', ') });
  const unknown = names.filter((n) => n && !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length) report.warn('unknown-columns', { row: 1 }, { columns: unknown.join(', ') });
  if (!report.ok) return null;

  const zones: ZoneEntry[] = [];
  const rows: number[] = [];
  const sources: SourceEntry[] = [];
  const sourceRows: number[][] = [];
  const sourceByKey = new Map<string, number>();

  body.forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      report.error('column-count', { row }, { expected: header.length, found: cells.length });
      return;
    }
    const cell = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : restoreFormula(cells[i]!.trim());
    };
    const number = (c: Column) => {
      const value = cell(c);
      if (!value) report.error('required', { row, column: c });
      else if (!NUMBER.test(value)) report.error('bad-number', { row, column: c }, {}, value);
      return NUMBER.test(value) ? Number(value) : NaN;
    };

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

    const model = cell('model');
    zones.push({
      id: cell('id'),
      name: { zh: cell('name_zh'), en: cell('name_en') },
      short: { zh: cell('short_zh'), en: cell('short_en') },
      aliases: splitList(cell('aliases')),
      lng: number('lng'),
      lat: number('lat'),
      precisionKm: cell('precision_km') ? number('precision_km') : undefined,
      province: cell('province'),
      city: cell('city'),
      cityName: { zh: cell('city_name_zh'), en: cell('city_name_en') },
      district: cell('district') || undefined,
      level: cell('level'),
      evidence: [{ source: sources[s]!.id, quote: cell('quote') }],
      model: model ? { id: model } : undefined,
      measures: splitList(cell('measures')).map((id) => ({ id })),
      industries: splitList(cell('industries')).map((sector) => ({ sector })),
    });
    rows.push(row);
  });

  return {
    file: { sources, zones },
    locate: {
      zone: (i, path) => ({ row: rows[i]!, column: columnOf(path) }),
      source: (k, path) => sourceRows[k]!.map((row) => ({ row, column: sourceColumn(path) })),
    },
  };
}
