// Bytes → what they are: the size limit, a workbook (.xlsx/.xls) or text in UTF-8 (BOM or not), UTF-16 (BOM) or GB18030.
import { issue, type ImportIssue } from './errors';
import type { Encoding } from './read-info';

export const MAX_BYTES = 5 * 1024 * 1024;

export type Decoded =
  | { ok: true; kind: 'text'; text: string; encoding: Encoding }
  | { ok: true; kind: 'workbook'; workbook: 'xlsx' | 'xls' }
  | { ok: false; error: ImportIssue };

/** Megabytes to one decimal, rounded up, so a file just over the limit never reads as "5 MB of 5 MB". */
const mb = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10;

/** The 'too-large' error for a file of this many bytes, or null; callers check a File's size before reading it. */
export function sizeError(bytes: number): ImportIssue | null {
  return bytes > MAX_BYTES ? issue('too-large', {}, { size: mb(bytes), limit: mb(MAX_BYTES) }) : null;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Strict decoding (an invalid sequence fails rather than becoming U+FFFD); the decoder drops a leading BOM. */
function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** ZIP (an .xlsx is a zipped Office Open XML package) and the OLE2 compound file of a legacy .xls. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** NUL never occurs in a text file in these encodings; in a binary file it almost always does. */
const hasNul = (text: string) => text.includes('\u0000');

/**
 * What the bytes are. Text is decoded strictly as UTF-8 first (what "CSV UTF-8" and most tools write), then — the WHATWG
 * Encoding Standard's gb18030 decoder, which also reads GBK — as GB18030, what Chinese Excel and WPS write for plain "CSV".
 * UTF-16 needs its BOM (Excel's "Unicode text" has one). Any valid UTF-8 is taken as UTF-8: GBK text is almost never
 * valid UTF-8, so the order is safe.
 */
export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fail = (error: ImportIssue): Decoded => ({ ok: false, error });
  const tooLarge = sizeError(bytes.byteLength);
  if (tooLarge) return fail(tooLarge);
  if (startsWith(bytes, ZIP)) return { ok: true, kind: 'workbook', workbook: 'xlsx' };
  if (startsWith(bytes, OLE2)) return { ok: true, kind: 'workbook', workbook: 'xls' };
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'UTF-16LE' : startsWith(bytes, [0xfe, 0xff]) ? 'UTF-16BE' : null;
  const candidates: Encoding[] = utf16 ? [utf16] : ['UTF-8', 'GB18030'];
  for (const encoding of candidates) {
    const text = decodes(bytes, encoding.toLowerCase());
    if (text === null || hasNul(text)) continue;
    if (text.trim() === '') return fail(issue('empty'));
    return { ok: true, kind: 'text', text, encoding };
  }
  return fail(issue('not-text'));
}

/** JSON when the text starts with { or [ (or, failing that, the name ends in .json); otherwise CSV. */
export function detectFormat(text: string, fileName = ''): 'json' | 'csv' {
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'json';
  return /\.json$/i.test(fileName) ? 'json' : 'csv';
}
