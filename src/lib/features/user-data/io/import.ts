// Loads a user's zones file (CSV, JSON or an Excel/WPS workbook, as bytes) into a validated dataset: all or nothing, every
// problem with its place; labels, names and Amap/Baidu coordinates taken as people write them.
import { UserDataset, type Taxonomy } from '../../../core/data/schema';
import { buildDataset } from './build';
import { checkFile, inChina, type Locator, type UserFile } from './check';
import { CRS, parseCrs, toWgs84, type Crs } from './coords';
import { parseCsv } from './csv';
import { decodeBytes, detectFormat } from './decode';
import type { ReadInfo } from './read-info';
import { sniffDialect } from './dialect';
import { failed, issue, Report, type ImportResult } from './errors';
import { jsonPath, readJson } from './json-read';
import { hasPosition, resolvePlaces, type Gazetteer, type PlacedByName } from './places';
import type { Topology } from 'topojson-specification';
import type { NationalTopology } from '../../../core/data/national';
import { readTable } from './table-read';
import { vocabulary, type Vocabulary } from './values';

export interface ImportOptions {
  /** The built-in taxonomy: every model, measure and sector must be one of its ids or labels. */
  taxonomy: Taxonomy;
  /** Tells JSON from CSV where the content does not. */
  fileName?: string;
  /** Names ↔ adcodes and the basemap: without it, province and city must be adcodes. */
  gazetteer?: Gazetteer;
  /** The coordinate system of rows that name none (the Data dialog's choice); WGS84 by default. */
  crs?: Crs;
  /**
   * Fetches the national layer (map/geo/national.ts), asked for only when a zone has no coordinates or lies where the
   * basemap draws no city; with `basemap`, the topology the gazetteer's regions came from.
   */
  national?: { basemap: Topology; load: () => Promise<NationalTopology> };
}

/** The file's coordinates in WGS84: each zone's crs (or the file's, or the default) names the system it was written in. */
function convertCoordinates(file: UserFile, fallback: Crs, at: Locator, report: Report, info: ReadInfo): void {
  file.zones.forEach((zone, i) => {
    const name = zone.crs ?? file.crs;
    if (name) info.crsGiven = true;
    const crs = name ? parseCrs(name) : fallback;
    if (!crs) {
      report.error('bad-crs', at.zone(i, ['crs']), { known: CRS.join(', ') }, name);
      return;
    }
    zone.crs = undefined;
    if (crs === 'wgs84' || !inChina(zone.lng, zone.lat)) return; // out-of-range points are reported by the check
    [zone.lng, zone.lat] = toWgs84(crs, zone.lng, zone.lat);
    info.converted[crs] = (info.converted[crs] ?? 0) + 1;
  });
  file.crs = undefined;
}

/** Labels and ids alike become ids; what names nothing stays as written, for the check to report with the valid labels. */
function normaliseValues(file: UserFile, v: Vocabulary): void {
  for (const zone of file.zones) {
    if (zone.model?.id) zone.model.id = v.model.id(zone.model.id) ?? zone.model.id;
    zone.level = zone.level ? (v.level.id(zone.level) ?? zone.level) : '';
    for (const m of zone.measures) m.id = v.measure.id(m.id) ?? m.id;
    if (zone.status) zone.status = v.status.id(zone.status) ?? zone.status;
    if (zone.scope) zone.scope = v.scope.id(zone.scope) ?? zone.scope;
    for (const f of [...(zone.model ? [zone.model] : []), ...zone.measures]) {
      if (f.status) f.status = v.status.id(f.status) ?? f.status;
      if (f.scope) f.scope = v.scope.id(f.scope) ?? f.scope;
    }
    for (const ind of zone.industries) ind.sector = v.sector.id(ind.sector) ?? ind.sector;
  }
}

/** Text → zone entries: JSON, or CSV in its sniffed dialect. */
function readText(text: string, fileName: string | undefined, report: Report, v: Vocabulary, info: ReadInfo) {
  if (detectFormat(text, fileName) === 'json') {
    info.format = 'json';
    return readJson(text, report);
  }
  const dialect = sniffDialect(text);
  if ('unknownSep' in dialect) {
    report.error('csv-delimiter', { row: 1 }, { found: dialect.unknownSep });
    return null;
  }
  info.delimiter = dialect.delimiter;
  const parsed = parseCsv(dialect.text, dialect.delimiter);
  if (!parsed.ok) {
    const code = parsed.problem === 'unclosed-quote' ? 'csv-unclosed-quote' : 'csv-stray-quote';
    report.error(code, { row: parsed.row + dialect.skippedRows });
    return null;
  }
  return readTable(parsed.rows, report, { vocabulary: v, skippedRows: dialect.skippedRows });
}

/**
 * The dataset in a file's bytes, or every problem found. A workbook loads the spreadsheet reader first (a separate chunk).
 * Steps: decode → read (JSON, CSV or sheet) → labels to ids → coordinates to WGS84 → places → checks → dataset.
 */
export async function importUserData(
  bytes: ArrayBuffer | Uint8Array,
  { taxonomy, fileName, gazetteer, crs = 'wgs84', national }: ImportOptions,
): Promise<ImportResult> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed([decoded.error]);
  const report = new Report();
  const v = vocabulary(taxonomy);
  const info: ReadInfo = { format: 'csv', converted: {} };
  let parsed: ReturnType<typeof readTable>;
  if (decoded.kind === 'workbook') {
    info.format = decoded.workbook;
    const { readWorkbook } = await import('./workbook');
    const sheet = readWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    if (!sheet.ok) return failed([issue(sheet.problem === 'empty' ? 'no-zones' : 'workbook-unreadable')]);
    info.sheet = sheet.sheet;
    parsed = readTable(sheet.rows, report, { vocabulary: v, skippedRows: sheet.skippedRows, strictWidth: false });
    report.sheet = sheet.sheet;
  } else {
    info.encoding = decoded.encoding;
    parsed = readText(decoded.text, fileName, report, v, info);
  }
  if (!parsed) return report.fail();
  const { file, locate } = parsed;
  if (file.zones.length === 0 && report.ok) report.error('no-zones', {});
  normaliseValues(file, v);
  convertCoordinates(file, crs, locate, report, info);
  const unplaced = new Set<number>();
  const placed = new Map<number, PlacedByName>();
  let places = gazetteer;
  // Zones without coordinates, or where the basemap draws no city, are placed with the national layer.
  if (
    places &&
    national &&
    file.zones.some(
      (z, i) =>
        file.unpositioned?.has(i) ||
        (hasPosition(z) && inChina(z.lng, z.lat) && !places!.hasPrefectureAt([z.lng, z.lat])),
    )
  ) {
    try {
      places = places.withNational(national.basemap, await national.load());
    } catch {
      // Said per zone where it matters (national-unavailable); points inside the basemap's cities still load.
    }
  }
  const regions = places ? resolvePlaces(file, places, locate, report, unplaced, placed) : new Map();
  checkFile(file, taxonomy, locate, report, unplaced);
  if (!report.ok) return report.fail();
  // The same schema as the built-in data; the checks above should leave nothing for it to find.
  info.defaultedClaims = file.zones.reduce(
    (n, z) =>
      n +
      [...(z.model?.id ? [z.model] : []), ...z.measures].filter((f) => !(f.status ?? z.status) || !(f.scope ?? z.scope))
        .length,
    0,
  );
  const result = UserDataset.safeParse(buildDataset(file, taxonomy, regions, placed));
  if (!result.success) {
    for (const i of result.error.issues) report.error('schema', { path: jsonPath(i.path) }, { message: i.message });
    return report.fail();
  }
  return report.succeed(result.data, info);
}
