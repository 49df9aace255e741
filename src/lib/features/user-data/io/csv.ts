// RFC 4180 CSV: a parser (quotes, doubled quotes, CRLF/LF/CR, newlines inside quotes, a leading BOM) and a formula-safe writer.

export type CsvParse =
  { ok: true; rows: string[][] } | { ok: false; problem: 'unclosed-quote' | 'stray-quote'; row: number };

/**
 * Rows of cells, split on `delimiter` (one character: , ; tab or the full-width ，). A quote inside an unquoted cell (a"b)
 * is kept as text; text after a closing quote ("a"b) and a quote that never closes are errors, reported with the 1-based
 * row (record) where they occur. A final line break ends the last row.
 */
export function parseCsv(text: string, delimiter = ','): CsvParse {
  const isBreak = (c: string) => c === delimiter || c === '\n' || c === '\r';
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    // At the start of a cell.
    let cell = '';
    if (s[i] === '"') {
      for (let from = i + 1; ;) {
        const close = s.indexOf('"', from);
        if (close === -1) return { ok: false, problem: 'unclosed-quote', row: rows.length + 1 };
        cell += s.slice(from, close);
        if (s[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        cell += '"';
        from = close + 2;
      }
      if (i < s.length && !isBreak(s[i]!)) return { ok: false, problem: 'stray-quote', row: rows.length + 1 };
    } else {
      const start = i;
      while (i < s.length && !isBreak(s[i]!)) i++;
      cell = s.slice(start, i);
    }
    row.push(cell);
    if (s[i] === delimiter) {
      i++;
      if (i === s.length) row.push('');
    } else {
      rows.push(row);
      row = [];
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    }
  }
  if (row.length > 0) rows.push(row);
  return { ok: true, rows };
}

const FORMULA = /^[=+\-@\t\r]/;

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or tab, CR) would run as a formula in Excel or LibreOffice,
 * so it is written with a leading apostrophe, which spreadsheets show as text. restoreFormula undoes it on import.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** CSV text with CRLF line ends, formula-safe cells and a UTF-8 BOM, so Excel opens Chinese text correctly. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => quoted(neutraliseFormula(cell))).join(',')).join('\r\n')}\r\n`;
}
