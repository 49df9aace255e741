// Bytes → text for a user's zones file: the size limit, UTF-8 (BOM stripped), a clear refusal of other encodings, JSON-or-CSV.
import { issue, type ImportIssue } from './errors';

export const MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; error: ImportIssue };

/** Megabytes to one decimal, rounded up, so a file just over the limit never reads as "5 MB of 5 MB". */
const mb = (bytes: number) => Math.ceil((bytes / 1024 / 1024) * 10) / 10;

/** The 'too-large' error for a file of this many bytes, or null; callers check a File's size before reading it. */
export function sizeError(bytes: number): ImportIssue | null {
  return bytes > MAX_BYTES ? issue('too-large', {}, { size: mb(bytes), limit: mb(MAX_BYTES) }) : null;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Only UTF-8 is accepted. A GBK/GB18030 file (what Chinese Excel saves as "CSV") is recognised and refused with advice to
 * save as UTF-8, rather than guessed at: a wrong guess would load garbled names without any error.
 */
export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fail = (error: ImportIssue): Decoded => ({ ok: false, error });
  const tooLarge = sizeError(bytes.byteLength);
  if (tooLarge) return fail(tooLarge);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail(issue('xlsx'));
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return fail(issue('encoding', {}, { encoding: 'UTF-16' }));
  const text = decodes(bytes, 'utf-8'); // the decoder drops a leading BOM
  if (text === null)
    return fail(
      decodes(bytes, 'gb18030') === null ? issue('not-text') : issue('encoding', {}, { encoding: 'GBK/GB18030' }),
    );
  if (text.trim() === '') return fail(issue('empty'));
  return { ok: true, text };
}

/** JSON when the text starts with { or [ (or, failing that, the name ends in .json); otherwise CSV. */
export function detectFormat(text: string, fileName = ''): 'json' | 'csv' {
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'json';
  return /\.json$/i.test(fileName) ? 'json' : 'csv';
}
