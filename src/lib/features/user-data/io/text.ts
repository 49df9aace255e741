// Loaded text is untrusted: no invisible control or bidi characters, length caps, http(s)-only links, HTML-looking text flagged.
import type { Source, UserSource } from '../../../core/data/schema';

/** Longest accepted text per field (UTF-16 code units); quotes follow the dataset's own 2–60 rule. */
export const LIMITS = {
  id: 100,
  name: 200,
  short: 100,
  alias: 200,
  cityName: 100,
  label: 200,
  title: 500,
  publisher: 200,
  url: 2000,
  quoteMin: 2,
  quoteMax: 60,
} as const;

/** C0/C1 controls (newline and tab included: every field is one line), bidi marks, overrides and isolates, line and paragraph separators, BOM. */
function isForbidden(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first forbidden character, as "U+202E", or null. */
export function forbiddenChar(text: string): string | null {
  for (let i = 0; i < text.length; i++) if (isForbidden(text.charCodeAt(i))) return hex(text.charCodeAt(i));
  return null;
}

/** A value quoted back in a message: forbidden characters shown as U+FFFD, at most 60 characters. */
export function showValue(text: string): string {
  let out = '';
  for (const ch of text) out += isForbidden(ch.charCodeAt(0)) ? '\uFFFD' : ch;
  return out.length > 60 ? `${out.slice(0, 59)}…` : out;
}

/** Something a browser would parse as a tag, e.g. "<img onerror=…>"; it is kept as text, but the user is told. */
export function looksLikeHtml(text: string): boolean {
  return text.includes('<') && /<\/?[a-z!?]/i.test(text);
}

/** The link if it is an absolute http(s) URL, else null (javascript:, data:, relative paths, …). */
export function safeHttpUrl(value: string): string | null {
  if (value.length > LIMITS.url) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/** A source's link for an href: only user sources have one, and it is re-checked here. */
export function sourceUrl(source: Source): string | null {
  const url = (source as Partial<UserSource>).url;
  return typeof url === 'string' ? safeHttpUrl(url) : null;
}
