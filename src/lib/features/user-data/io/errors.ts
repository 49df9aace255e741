// Import problems as data: a stable code, where it is (CSV row and column, or JSON path) and its parameters; never a translated string.
import type { UserDataset } from '../../../core/data/schema';
import type { ReadInfo } from './read-info';
import { showValue } from './text';

export type ImportErrorCode =
  // the file as a whole
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'workbook-unreadable'
  | 'not-json'
  | 'json-format'
  | 'no-zones'
  | 'bad-data-url'
  | 'cross-origin'
  | 'network'
  | 'fetch-failed'
  // CSV structure
  | 'csv-unclosed-quote'
  | 'csv-stray-quote'
  | 'csv-delimiter'
  | 'missing-columns'
  | 'duplicate-column'
  | 'column-count'
  // JSON structure
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-field'
  // values
  | 'required'
  | 'bad-id'
  | 'duplicate-id'
  | 'excel-error'
  | 'data-not-found'
  | 'place-far'
  | 'duplicate-source'
  | 'bad-number'
  | 'out-of-china'
  | 'swapped-coordinates'
  | 'bad-location'
  | 'bad-crs'
  | 'unknown-place'
  | 'ambiguous-place'
  | 'place-needed'
  | 'no-position'
  | 'national-unavailable'
  | 'place-mismatch'
  | 'bad-precision'
  | 'bad-adcode'
  | 'city-not-in-province'
  | 'district-not-in-city'
  | 'bad-level'
  | 'bad-status'
  | 'bad-scope'
  | 'bad-strength'
  | 'unknown-parent'
  | 'unknown-model'
  | 'unknown-measure'
  | 'unknown-sector'
  | 'unknown-source'
  | 'missing-source'
  | 'bad-url'
  | 'too-long'
  | 'too-short'
  | 'control-char'
  | 'schema'
  | 'more-errors';

export type ImportWarningCode = 'html-text' | 'unknown-columns' | 'duplicate-zone' | 'duplicate-point' | 'at-sea';
export type ImportCode = ImportErrorCode | ImportWarningCode;

/** Where a problem is: a spreadsheet row (the header is row 1) and column for CSV, a path such as zones[2].lat for JSON. */
export interface Position {
  row?: number;
  column?: string;
  path?: string;
  /** The workbook's sheet the row is on (a workbook's problems name it). */
  sheet?: string;
}

export interface ImportIssue extends Position {
  code: ImportCode;
  /** The offending value, shortened, with invisible characters made visible. */
  value?: string;
  params: Record<string, string | number>;
}

/** All or nothing: a dataset and its warnings, or the errors — never a partial dataset. */
export type ImportResult =
  { ok: true; dataset: UserDataset; warnings: ImportIssue[]; info: ReadInfo } | { ok: false; errors: ImportIssue[] };

/** How many errors (and warnings) are listed; the rest are counted in one 'more-errors' entry. */
export const MAX_ISSUES = 200;

/** One problem; `value` is quoted back shortened, with invisible characters made visible. */
export function issue(
  code: ImportCode,
  at: Position = {},
  params: ImportIssue['params'] = {},
  value?: string,
): ImportIssue {
  return { code, ...at, ...(value === undefined ? {} : { value: showValue(value) }), params };
}

/** Errors in row order (file-level ones first), capped at MAX_ISSUES. */
function capped(list: ImportIssue[]): ImportIssue[] {
  const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (sorted.length <= MAX_ISSUES) return sorted;
  return [...sorted.slice(0, MAX_ISSUES), issue('more-errors', {}, { count: sorted.length - MAX_ISSUES })];
}

export function failed(errors: ImportIssue[]): ImportResult {
  return { ok: false, errors: capped(errors) };
}

/** Collects the problems of one import. */
export class Report {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** The workbook sheet the rows were read from: every row's problem names it. */
  sheet: string | undefined;
  /** The issues with their sheet, where a row has one. */
  #located(list: ImportIssue[]): ImportIssue[] {
    const sheet = this.sheet;
    return sheet === undefined ? list : list.map((e) => (e.row === undefined ? e : { ...e, sheet }));
  }

  error(code: ImportErrorCode, at: Position, params: ImportIssue['params'] = {}, value?: string): void {
    this.errors.push(issue(code, at, params, value));
  }

  warn(code: ImportWarningCode, at: Position, params: ImportIssue['params'] = {}, value?: string): void {
    this.warnings.push(issue(code, at, params, value));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(): ImportResult {
    // A cell holding an Excel error value gets that one message, not also the "required" or "not a number" it leads to.
    const excel = new Set(this.errors.filter((e) => e.code === 'excel-error').map((e) => `${e.row}|${e.column}`));
    const errors = this.errors.filter((e) => e.code === 'excel-error' || !excel.has(`${e.row}|${e.column}`));
    return failed(this.#located(errors));
  }

  succeed(dataset: UserDataset, info: ReadInfo): ImportResult {
    return { ok: true, dataset, warnings: capped(this.#located(this.warnings)), info };
  }
}
