// The importer's part of the English catalogue: exactly the keys of catalogue-zh.ts (the type-check enforces it),
// English terms per docs/glossary.md.
import type { importZh } from './catalogue-zh';

export const importEn: Record<keyof typeof importZh, string> = {
  'import.too-large': 'The file is too large ({size} MB); the limit is {limit} MB.',
  'import.empty': 'The file is empty.',
  'import.not-text':
    'The file cannot be read: it is neither text in UTF-8, UTF-16 or GB18030 (GBK) nor an Excel workbook. Load a CSV, JSON, .xlsx or .xls file.',
  'import.workbook-unreadable':
    'This workbook cannot be opened: it may be damaged or password-protected. Open it in Excel or WPS, save it as .xlsx and load it again.',
  'import.not-json': 'Not valid JSON: {value}',
  'import.json-format': 'The JSON file must be a zones file of this app ("format": "{expected}").',
  'import.no-zones': 'The file contains no zones.',
  'import.bad-data-url': 'The data address “{value}” is not valid.',
  'import.cross-origin': 'Only data files on this site can be loaded; “{value}” is elsewhere.',
  'import.network': 'The data file “{value}” could not be downloaded: network error.',
  'import.fetch-failed': 'The data file “{value}” could not be downloaded (HTTP {status}).',
  'import.csv-unclosed-quote': 'Unclosed quote: a quoted cell that starts in this row never ends.',
  'import.csv-stray-quote': 'Text after a closing quote. Write a quote inside a cell as two quotes ("").',
  'import.csv-delimiter':
    'The first line “sep={found}” names a separator that is not supported. Separate columns with commas, semicolons, tabs or full-width commas (，).',
  'import.missing-columns': 'Missing required columns: {columns}.',
  'import.duplicate-column': 'This column name appears more than once.',
  'import.column-count': 'This row has {found} cells but the header has {expected} columns.',
  'import.missing-field': 'A required field is missing.',
  'import.wrong-type': 'Wrong type: expected {expected}.',
  'import.unknown-field': 'Unknown field(s): {value}.',
  'import.required': 'Required, but empty.',
  'import.bad-id': 'Invalid id “{value}”: use lowercase letters, digits and hyphens, e.g. qingdao-blue-valley.',
  'import.duplicate-zone':
    'The zone “{value}” appears twice: {first} has the same name. Check it was not entered twice.',
  'import.duplicate-point':
    '“{value}” has a name like the zone at {first} and almost the same point (under 300 m apart): possibly entered twice.',
  'import.at-sea':
    'The point ({value}) is on no land the basemap draws, about {km} km from the nearest coast: check its longitude and latitude.',
  'import.data-not-found': 'No data file at “{value}”: the site answered with a web page, not a file. Check the path.',
  'import.place-far':
    'The city “{value}” does not match the point: the point is in no city, about {km} km from {value}. Check its longitude and latitude.',
  'import.duplicate-id': 'Duplicate id “{value}”: already used at {first}.',
  'import.duplicate-source': 'Duplicate source id “{value}”: already used at {first}.',
  'import.bad-number': '“{value}” is not a number.',
  'import.out-of-china': 'Coordinate {value} is outside China (it must be between {min} and {max}).',
  'import.swapped-coordinates':
    'Longitude and latitude look swapped (lng {lng}, lat {lat}): in China lng is about 73–136 and lat about 3–54.',
  'import.bad-location':
    '“{value}” is not a coordinate pair: write the longitude, then the latitude, with a comma between, such as 120.38,36.07.',
  'import.bad-crs': 'Unknown coordinate system “{value}”: use wgs84 (GPS), gcj02 (Amap, Tencent) or bd09 (Baidu).',
  'import.unknown-place':
    'No {kind} “{value}” found: give its name (e.g. 青岛, 青岛市, Qingdao) or 6-digit adcode, or leave it empty to find it from the coordinates.',
  'import.ambiguous-place':
    'More than one {kind} is called “{value}” ({candidates}): also give its province or city, or use the 6-digit adcode.',
  'import.no-position':
    'No position: give the coordinates (lng and lat, or a location cell), or the province, city or district of mainland China the zone lies in.',
  'import.national-unavailable':
    'This zone has no coordinates and is placed with the national map of divisions, which could not be loaded. Load this file once while online (the one-file offline copy cannot), or give its coordinates.',
  'import.place-needed':
    'The city cannot be found from the coordinates (they are in {province}, where the map has no city borders, or the national map of cities could not be loaded). Give the city’s name in the “city” column, e.g. Harbin.',
  'import.place-mismatch':
    'The {kind} “{value}” does not match the coordinates, which lie in {found}. Check the coordinates (and their system) or the {kind}.',
  'import.bad-precision': 'Location precision “{value}” must be a positive number of kilometres.',
  'import.bad-adcode':
    '“{value}” is not a valid administrative code: 6 digits; a province ends in 0000 (e.g. 370000), a city looks like 370200.',
  'import.city-not-in-province': 'City code {value} is not in province {province}.',
  'import.district-not-in-city': 'District code {value} is not in city {city}.',
  'import.bad-level': 'Invalid level “{value}”. Known levels: {known}; or leave it empty.',
  'import.bad-status': 'Invalid status “{value}”. Known statuses: {known}; or leave it empty (shown as in place).',
  'import.bad-scope': 'Invalid scope “{value}”. Known scopes: {known}; or leave it empty (shown as the zone’s own).',
  'import.bad-strength': 'Invalid strength “{value}”: write explicit or implied, or leave it empty.',
  'import.unknown-parent': 'Parent “{value}” is not the id of a zone of the same city in this file.',
  'import.unknown-model': 'Unknown management model “{value}”. Known models: {known}.',
  'import.unknown-measure': 'Unknown reform measure “{value}”. Known measures: {known}.',
  'import.unknown-sector': 'Unknown industry sector “{value}”. Known sectors: {known}.',
  'import.unknown-source': 'Refers to source “{value}”, which is not in “sources”.',
  'import.missing-source': 'Missing source: give the source’s title or link.',
  'import.bad-url': 'Invalid link “{value}”: only http:// and https:// addresses are accepted.',
  'import.too-long': 'Too long: {length} characters, at most {max}.',
  'import.too-short': 'Too short: at least {min} characters.',
  'import.control-char':
    'Contains an invisible control character ({char}) that makes text display differently from what it is. Remove it and load again.',
  'import.schema': 'The data does not fit the schema: {message}',
  'import.more-errors': '{count, plural, one {# more problem is} other {# more problems are}} not listed.',
  'import.html-text': 'This text looks like HTML; it is shown as plain text only.',
  'import.unknown-columns': 'Ignored unknown columns: {columns}.',
  'import.type.string': 'text',
  'import.type.number': 'a number',
  'import.type.object': 'an object',
  'import.type.array': 'a list (array)',
  'import.type.boolean': 'true or false',
  'import.where.sheetRowColumn': 'Sheet “{sheet}”, row {row}, column “{column}”',
  'import.where.sheetRow': 'Sheet “{sheet}”, row {row}',
  'import.excel-error':
    'This cell holds Excel’s error value “{value}” (a formula with no result), not data: fix it in the spreadsheet and save again.',
  'import.where.rowColumn': 'Row {row}, column “{column}”',
  'import.where.row': 'Row {row}',
  'import.where.separator': ': ',
  'import.first.row': 'row {row}',
  'import.kind.province': 'province',
  'import.kind.city': 'city',
  'import.kind.district': 'district',
  'import.or': ' or ',
  'import.suggest': 'Did you mean “{suggest}”?',
  'import.read.csv': 'Read as {encoding}, separated by {delimiter}.',
  'import.read.json': 'Read JSON as {encoding}.',
  'import.read.sheet': 'Read the sheet “{sheet}” of the Excel workbook.',
  'import.read.converted': '{count, plural, one {# point was} other {# points were}} converted from {crs} to WGS84.',
  'import.read.defaultClaims':
    'The file gives no status or scope for {count, plural, one {# model or measure} other {# models and measures}} (the “status” and “scope” columns): they are shown as in place and the zone’s own. If they are plans or a city-wide reform, add the two columns.',
  'import.read.wgs84':
    'Coordinates were read as WGS84 (GPS); if they were copied from Amap or Baidu, add a “crs” column or choose the system in Data, and load again.',
  'import.delimiter.comma': 'commas',
  'import.delimiter.semicolon': 'semicolons',
  'import.delimiter.tab': 'tabs',
  'import.delimiter.fullwidth': 'full-width commas (，)',
  'import.crs.gcj02': 'GCJ-02 (Amap, Tencent)',
  'import.crs.bd09': 'BD-09 (Baidu)',
};
