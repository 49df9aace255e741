// Text measuring and CJK line-breaking rules, in one place: estimated widths, label boxes, and line breaking for canvas text.
/**
 * Kinsoku (禁则, the line-breaking rules of Chinese and Japanese typesetting; W3C "Requirements for Chinese Text
 * Layout" §3.1.7): these never start a line — closing brackets and quotes, sentence and pause marks, and the like.
 */
const NO_START = /^[，。、；：？！）》」』”’】〕〉,.;:?!)\]}…—%·]$/u;
/** …and these never end one: opening brackets and quotes. */
const NO_END = /^[（《「『“‘【〔〈([{]$/u;
/** One CJK character: ideographs, CJK and full-width punctuation (the width and line-breaking rules' set). */
export const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Splits text into the smallest pieces a line may break between: each CJK character, each Latin word with its
 * following space; a closing mark (NO_START) stays with what it closes, an opening mark (NO_END) with what it opens,
 * whatever script either is in ("（“某区”）" never breaks inside its marks).
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  /** Opening marks waiting for the unit they open. */
  let open = '';
  const flushWord = () => {
    if (word) units.push(word);
    word = '';
  };
  for (const ch of text) {
    if (NO_START.test(ch) && !open) {
      if (word) word += ch;
      else if (units.length) units[units.length - 1] += ch;
      else word = ch;
    } else if (NO_END.test(ch)) {
      flushWord();
      open += ch;
    } else if (CJK.test(ch)) {
      flushWord();
      units.push(open + ch);
      open = '';
    } else if (ch === ' ') {
      word += ch;
      flushWord();
    } else {
      word = (word || open) + ch;
      open = '';
    }
  }
  flushWord();
  if (open) units.push(open);
  return units;
}

/** Greedy line breaking to maxWidth; at most maxLines lines, the last one ending in "…" when text is cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const candidate = line + unit;
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** An axis-aligned box in px: x0 < x1, y0 < y1 (screen coordinates, y down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Estimated width in px of `text` set at `fontSize` px in the system CJK stack: CJK ideographs, kana and full-width
 * forms are about 1 em, other characters about 0.58 em (measured on PingFang SC / Noto Sans CJK SC / Microsoft YaHei).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  // Ideographs outside the Basic Multilingual Plane (extensions B–H, U+20000–U+3FFFF) are 1 em too.
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

/** Measures text in px: `(text, fontSize px, fontWeight)`; the layouts take one so the browser can measure exactly. */
export type TextMeasure = (text: string, fontSize: number, weight?: number) => number;

/** textWidth as a TextMeasure: the estimate used on the server and in tests; bold text is about 6 % wider. */
export const estimateText: TextMeasure = (text, fontSize, weight = 400) =>
  textWidth(text, fontSize) * (weight >= 600 ? 1.06 : 1);

let canvasContext: CanvasRenderingContext2D | null | undefined;

/**
 * The page's own fonts measured on a 2D canvas (CanvasRenderingContext2D.measureText) with the body's font family,
 * so chart layouts match what is drawn, whatever font the system substitutes; the estimate where there is no DOM.
 */
export const measureText: TextMeasure = (text, fontSize, weight = 400) => {
  if (canvasContext === undefined)
    canvasContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvasContext) return estimateText(text, fontSize, weight);
  // Read each time, not once: a view's first measure may come before its stylesheet sets the font.
  canvasContext.font = `${weight} ${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return canvasContext.measureText(text).width;
};

/** The longest map label, in em of its font (textWidth's units): 16 ideographs (208 px at 13 px), or about 27 Latin letters. */
export const MAX_LABEL_EM = 16;

/**
 * `text` cut to at most `maxEm` (textWidth's em) with a trailing "…", at a grapheme boundary (Intl.Segmenter, so no
 * surrogate pair or combining mark is split; Latin text at a word's end nearby), trailing spaces and punctuation dropped
 * before the ellipsis; unchanged
 * when it fits. For map labels: a name of any length stays one short line, and the whole name is in the tooltip.
 */
export function clipLabel(text: string, maxEm: number = MAX_LABEL_EM): string {
  // The map model is rebuilt on every hover: each of thousands of names is measured once.
  const key = `${maxEm}\u0000${text}`;
  const cached = clipped.get(key);
  if (cached !== undefined) return cached;
  if (clipped.size > 20_000) clipped.clear();
  const out = clipUncached(text, maxEm);
  clipped.set(key, out);
  return out;
}

const clipped = new Map<string, string>();

function clipUncached(text: string, maxEm: number): string {
  if (textWidth(text, 1) <= maxEm) return text;
  const graphemes =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment)
      : Array.from(text);
  let out = '';
  for (const g of graphemes) {
    if (textWidth(out + g, 1) > maxEm - 1) break;
    out += g;
  }
  // Latin text is cut at a word's end where one is near (Kunshan Hi-tech… rather than Kunshan Hi-tech Industria…).
  const space = out.lastIndexOf(' ');
  if (!CJK.test([...out].at(-1) ?? '') && space >= out.length * 0.6) out = out.slice(0, space);
  return `${out.replace(/[\s\p{P}]+$/u, '')}…`;
}
