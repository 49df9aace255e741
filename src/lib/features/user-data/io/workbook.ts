// Excel and WPS workbooks (.xlsx, .xls): the sheet named 开发区/zones, or the first visible one, as rows of cell text. Loaded only when a
// workbook arrives: @e965/xlsx (Apache-2.0), the SheetJS build kept patched on npm.
import { read, utils, type WorkBook } from '@e965/xlsx';

/** Sheet names preferred over the first visible sheet, compared in lower case. */
const PREFERRED = ['开发区', 'zones', '开发区列表', 'zone'];

export type SheetRead =
  { ok: true; rows: string[][]; sheet: string; skippedRows: number } | { ok: false; problem: 'unreadable' | 'empty' };

/** A cell as text: numbers in full precision (never the sheet's display rounding), dates as YYYY-MM-DD. */
function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The rows of the zones sheet, from its first used row (`skippedRows` rows above it are empty), every cell as text.
 * An encrypted or damaged file is 'unreadable'.
 */
export function readWorkbook(bytes: Uint8Array): SheetRead {
  let book: WorkBook;
  try {
    book = read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  // Hidden sheets (often the lists a drop-down draws from) are never the zones sheet (issue 35).
  const names = book.SheetNames.filter((_, i) => !book.Workbook?.Sheets?.[i]?.Hidden);
  const sheet = names.find((n) => PREFERRED.includes(n.trim().toLowerCase())) ?? names[0];
  const ws = sheet ? book.Sheets[sheet] : undefined;
  if (!sheet || !ws || !ws['!ref']) return { ok: false, problem: 'empty' };
  const start = utils.decode_range(ws['!ref']).s.r;
  const rows = utils
    .sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true })
    .map((r) => r.map(text));
  // Error cells (#N/A, #REF! …) come back empty from sheet_to_json: they are put back as the sheet shows them, so the
  // reader is told which error is where rather than "required but empty".
  const range = utils.decode_range(ws['!ref']);
  for (const [address, cell] of Object.entries(ws)) {
    if (address.startsWith('!') || (cell as { t?: string }).t !== 'e') continue;
    const { r, c } = utils.decode_cell(address);
    const row = rows[r - range.s.r];
    if (row) row[c - range.s.c] = utils.format_cell(cell);
  }
  return { ok: true, rows, sheet, skippedRows: start };
}
