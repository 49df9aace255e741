// The CSV dialect of a text file: Excel's "sep=" first line, else the delimiter sniffed from the header row.
import { columnOfHeader } from './columns';

/** Delimiters a zones file may use: comma, semicolon (Excel in locales with a decimal comma), tab, full-width comma. */
export const DELIMITERS = [',', ';', '\t', '，'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Dialect {
  delimiter: Delimiter;
  /** The text without a `sep=` line. */
  text: string;
  /** Lines removed before the header (1 after a `sep=` line), so messages still give the spreadsheet's row numbers. */
  skippedRows: number;
}

/** Excel writes `sep=;` (any one character) as the first line of a CSV it exports with a non-default separator. */
const SEP_LINE = /^sep=(.)\r?\n/i;

/** The first line, with quotes removed and any delimiter inside quotes blanked (a quoted header cell may contain one). */
function headerLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/"([^"]*)"/g, (_, inner: string) =>
    inner.replace(/[,;\t，]/g, ' '),
  );
}

/**
 * The dialect of a CSV text. With a `sep=` line, that character. Otherwise each delimiter splits the header row, and the
 * one whose cells name the most known columns (then: makes the most cells) wins; a comma when nothing splits it.
 */
export function sniffDialect(text: string): Dialect | { unknownSep: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const sep = SEP_LINE.exec(body);
  if (sep) {
    const delimiter = sep[1] === '，' ? '，' : (DELIMITERS as readonly string[]).includes(sep[1]!) ? sep[1] : null;
    if (!delimiter) return { unknownSep: sep[1]! };
    return { delimiter: delimiter as Delimiter, text: body.slice(sep[0].length), skippedRows: 1 };
  }
  const header = headerLine(body);
  let best: { delimiter: Delimiter; known: number; cells: number } = { delimiter: ',', known: -1, cells: 0 };
  for (const delimiter of DELIMITERS) {
    const cells = header.split(delimiter);
    const known = cells.filter((c) => columnOfHeader(c) !== null).length;
    if (known > best.known || (known === best.known && cells.length > best.cells))
      best = { delimiter, known, cells: cells.length };
  }
  return { delimiter: best.delimiter, text: body, skippedRows: 0 };
}
