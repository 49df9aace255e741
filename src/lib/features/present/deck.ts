// The downloadable deck (.pptx, issue 34): one 16:9 slide per tour step, the map as a picture and everything else as
// editable text, tables and shapes; speaker notes with every quote. Written with PptxGenJS, loaded only when asked.
import type { Lang } from '../../core/i18n/lang';
import { CJK } from '../../core/text';
import type { DeckSlide, DeckTable } from './deck-outline';
import type { SlideColours } from './export-slide';

/** A step's map as captured for the deck: a PNG data URL and its size in px. */
export interface DeckMap {
  data: string;
  width: number;
  height: number;
}

/** What the deck is made in: its language, title (the file's properties) and the theme's colours. */
export interface DeckOptions {
  lang: Lang;
  title: string;
  colours: SlideColours;
  /** A continued slide's title ("Title (cont.)"), in the deck's language. */
  continued: (title: string) => string;
}

/** LAYOUT_WIDE: 13.333 × 7.5 in, PowerPoint's and WPS's default 16:9 page. */
const PAGE = { w: 13.333, h: 7.5 } as const;
/**
 * The map's width on the page, in inches: at full height it takes its own shape, within these bounds; a compare
 * step's map is narrower (its table needs the width), cropped at the sides.
 */
const MAP_W = { min: 5.6, max: 7.8, compare: 4.6 } as const;
const PAD = 0.4;
/** A line's natural height, em, by the deck's faces: YaHei 1.32 and Noto Sans CJK 1.45 (zh), Arial 1.15 (en). */
const LINE: Record<Lang, number> = { zh: 1.4, en: 1.17 };
/** Type sizes, pt. */
const PT = { kicker: 11, title: 26, caption: 15, measure: 11, table: 9, note: 8, footer: 8 } as const;
/**
 * Fonts: the East Asian face is the one WPS and PowerPoint on Chinese Windows ship (微软雅黑); LibreOffice substitutes
 * its own CJK face. PptxGenJS writes `fontFace` to the Latin, East Asian and complex-script slots alike.
 */
const FONT: Record<Lang, string> = { zh: 'Microsoft YaHei', en: 'Arial' };
/** The run language each deck's text is tagged with (DrawingML `a:rPr/@lang`): spell-check and line breaking. */
const RUN_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
/**
 * A run of Chinese: CJK ideographs and CJK and full-width marks, with the digits, spaces and ASCII marks between them
 * (「5月23日下午,」 is one run) and digits just before (2018年).
 */
const CJK_RUN =
  /((?:\d+\s?)?[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF]+(?:[\d\s.,:;%()\-–—]*[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF]+)*)/;

type Runs = { text: string; options?: { lang?: string; fontFace?: string; breakLine?: boolean } }[];

/**
 * Text as PptxGenJS takes it. In an English deck, the Chinese in it (an article's title or publisher, a name from a
 * user's file) is its own run, tagged zh-CN in the East Asian face, so spell-check leaves it alone and the face is
 * right; lines ("\n") end in a break. A Chinese deck's text, or text with no Chinese, is one string.
 */
export function runsOf(body: string, lang: Lang): string | Runs {
  if (lang === 'zh' || !CJK_RUN.test(body)) return body;
  const lines = body.split('\n');
  return lines.flatMap((line, i) => {
    const parts: Runs = line
      .split(CJK_RUN)
      .filter(Boolean)
      .map((part) =>
        CJK_RUN.test(part) ? { text: part, options: { lang: RUN_LANG.zh, fontFace: FONT.zh } } : { text: part },
      );
    if (i < lines.length - 1) {
      const last = parts.at(-1) ?? { text: '' };
      if (!parts.length) parts.push(last);
      last.options = { ...last.options, breakLine: true };
    }
    return parts;
  });
}

/**
 * Writes the deck: `slides[i]` with `maps[i]` (null: no picture, e.g. a step whose map could not be captured). A
 * compare table too long for its slide goes on over further slides (the title marked as continued), so every row
 * is in the deck. Returns the .pptx bytes. Throws what PptxGenJS throws (an image it cannot read).
 */
export async function writeDeck(
  slides: readonly DeckSlide[],
  maps: readonly (DeckMap | null)[],
  options: DeckOptions,
): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.title;
  pptx.author = options.title;
  pptx.theme = { headFontFace: FONT[options.lang], bodyFontFace: FONT[options.lang] };
  const c = colourHex(options.colours);
  const text: TextBase = { fontFace: FONT[options.lang], lang: RUN_LANG[options.lang], margin: 0, valign: 'top' };
  const first = maps.find((m): m is DeckMap => !!m);
  const wide = first ? clamp((PAGE.h * first.width) / first.height, MAP_W.min, MAP_W.max) : MAP_W.min;
  // One master per map width, each with a real title placeholder: PowerPoint's outline, WPS's navigation and screen
  // readers list the titles.
  for (const [name, mapW] of [
    ['MAP', wide],
    ['COMPARE', MAP_W.compare],
  ] as const) {
    const x = mapW + PAD;
    pptx.defineSlideMaster({
      title: name,
      background: { color: c.surface },
      objects: [
        {
          placeholder: {
            options: {
              name: 'title',
              type: 'title',
              x,
              y: 0.8,
              w: PAGE.w - x - PAD,
              h: 1.2,
              ...text,
              align: 'left',
              fontSize: PT.title,
              bold: true,
              color: c.ink,
            },
            text: '',
          },
        },
      ],
    });
  }

  slides.forEach((s, i) => {
    const mapW = s.table ? MAP_W.compare : wide;
    const x = mapW + PAD;
    const w = PAGE.w - x - PAD;
    const { content } = s;
    let rows = s.table?.rows ?? [];
    let part = 0;
    do {
      const slide = pptx.addSlide({ masterName: s.table ? 'COMPARE' : 'MAP' });
      const map = maps[i];
      if (map) {
        // PptxGenJS's `sizing` box is the frame; `w`/`h` are the picture's own proportions, which it keeps.
        const natural = (PAGE.h * map.width) / map.height;
        slide.addImage({
          data: map.data,
          x: 0,
          y: 0,
          w: natural,
          h: PAGE.h,
          // A map wider than its frame loses a little of each side (a narrower one, of top and bottom): never stretched.
          sizing: { type: 'cover', w: mapW, h: PAGE.h },
          altText: content.title,
        });
      }
      const kickerH = textHeight(content.kicker, PT.kicker, w, 1, LINE[options.lang]);
      slide.addText(content.kicker, {
        ...text,
        x,
        y: PAD,
        w,
        h: kickerH,
        fontSize: PT.kicker,
        bold: true,
        color: c.inkSoft,
      });
      const title = part ? options.continued(content.title) : content.title;
      let y = PAD + kickerH + 0.12;
      const titleH = textHeight(title, PT.title, w, 1, LINE[options.lang]);
      slide.addText(runsOf(title, options.lang), { placeholder: 'title', y, h: titleH });
      y += titleH + 0.15;
      const footer = content.footer.join('\n');
      const footH = textHeight(footer, PT.footer, w, 1.1, LINE[options.lang]);
      let bottom = PAGE.h - PAD - footH;
      slide.addText(runsOf(footer, options.lang), {
        ...text,
        x,
        y: bottom,
        w,
        h: footH,
        fontSize: PT.footer,
        color: c.inkSoft,
        lineSpacingMultiple: 1.1,
      });
      bottom -= 0.2;
      /** Places a paragraph if it fits above `bottom` (or always, `whole`: the caption is never left out). */
      const block = (body: string, pt: number, color: string, bold = false, spacing = 1.2, whole = false) => {
        const h = textHeight(body, pt, w, spacing, LINE[options.lang]);
        if (!whole && y + h > bottom) return false;
        slide.addText(runsOf(body, options.lang), {
          ...text,
          x,
          y,
          w,
          h,
          fontSize: pt,
          color,
          bold,
          lineSpacingMultiple: spacing,
        });
        y += h + 0.15;
        return true;
      };
      if (part === 0) {
        block(content.caption, PT.caption, c.ink, false, 1.25, true);
        if (s.definition) block(s.definition, PT.measure, c.inkSoft);
        if (content.figures.length && y + 1.0 <= bottom) {
          figures(slide, content.figures, { x, y, w }, text, c);
          y += 1.1;
        }
      }
      // The legend where room is left (the caption and figures come first; it is the same on every slide).
      const legendH = 0.3 + Math.ceil(content.legend.length / 2) * 0.26;
      if (!s.table && content.legend.length && y + legendH <= bottom) {
        legend(slide, content, { x, y: bottom - legendH, w }, text, c, options.lang);
        bottom -= legendH + 0.2;
      }
      // A zone's measures as room allows (each whole or not at all): every one is in the notes too.
      if (part === 0) for (const m of content.measures) if (!block(m, PT.measure, c.inkSoft, true)) break;
      if (s.table) {
        const noteH = textHeight(s.table.note, PT.note, w, 1.1, LINE[options.lang]);
        const fit = fitRows(s.table, rows, w, bottom - noteH - 0.1 - y, options.lang);
        table(slide, s.table, rows.slice(0, fit), { x, y, w }, text, c, options.lang);
        rows = rows.slice(fit);
        if (!rows.length)
          slide.addText(s.table.note, {
            ...text,
            x,
            y: bottom - noteH,
            w,
            h: noteH,
            fontSize: PT.note,
            color: c.inkSoft,
            lineSpacingMultiple: 1.1,
          });
      }
      if (s.notes.length) slide.addNotes(s.notes.join('\n'));
      part++;
    } while (rows.length);
  });

  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return tagNotes(bytes, options.lang);
}

type Slide = ReturnType<InstanceType<typeof import('pptxgenjs').default>['addSlide']>;
type TextBase = { fontFace: string; lang: string; margin: number; valign: 'top' };
type Hex = Record<keyof SlideColours, string>;

/** The model legend: its title, then each model in use as a swatch and its name, in two columns. */
function legend(
  slide: Slide,
  content: DeckSlide['content'],
  box: { x: number; y: number; w: number },
  text: TextBase,
  c: Hex,
  lang: Lang,
) {
  slide.addText(content.legendTitle, { ...text, ...box, h: 0.25, fontSize: 10, bold: true, color: c.ink });
  const col = box.w / 2;
  content.legend.forEach((item, i) => {
    const cx = box.x + (i % 2) * col;
    const cy = box.y + 0.3 + Math.floor(i / 2) * 0.26;
    slide.addShape('ellipse', {
      x: cx,
      y: cy + 0.03,
      w: 0.15,
      h: 0.15,
      fill: { color: hex(item.color) },
      line: { color: c.zoneStroke, width: 0.75 },
    });
    slide.addText(runsOf(item.label, lang), {
      ...text,
      x: cx + 0.22,
      y: cy,
      w: col - 0.3,
      h: 0.22,
      fontSize: 9.5,
      color: c.ink,
      fit: 'shrink',
    });
  });
}

/** Up to three key figures side by side: a rule, the value large with its unit, the label under it. */
function figures(
  slide: Slide,
  list: DeckSlide['content']['figures'],
  box: { x: number; y: number; w: number },
  text: TextBase,
  c: Hex,
) {
  const gap = 0.2;
  const fw = (box.w - gap * (list.length - 1)) / list.length;
  list.forEach((f, k) => {
    const fx = box.x + k * (fw + gap);
    slide.addShape('rect', { x: fx, y: box.y, w: fw, h: 0.03, fill: { color: c.ink }, line: { type: 'none' } });
    slide.addText(
      [
        { text: f.value, options: { fontSize: 24, bold: true, color: c.ink } },
        { text: ` ${f.unit}`, options: { fontSize: 11, bold: true, color: c.inkSoft, breakLine: true } },
        { text: f.label, options: { fontSize: 9.5, color: c.inkSoft } },
      ],
      { ...text, x: fx, y: box.y + 0.08, w: fw, h: 0.9 },
    );
  });
}

/** The compare table's columns, inches: the row names take a third, the zones share the rest. */
function columns(t: DeckTable, w: number): number[] {
  const first = 0.32 * w;
  return [first, ...t.header.slice(1).map(() => (w - first) / (t.header.length - 1))];
}

/**
 * A table row's height, inches: its tallest cell's lines at the table's size, `lineEm` each (cells are set tight:
 * 1.1 em for Arial, 1.3 for a CJK face), plus the margins.
 */
function rowHeight(cells: readonly string[], widths: readonly number[], lineEm: number): number {
  return (
    (Math.max(...cells.map((cell, i) => lineCount(cell, PT.table, widths[i]! - 0.08))) * PT.table * lineEm) / 72 + 0.08
  );
}

/** How many of `rows` fit in `room` inches under the header (at least one, so a table always moves on). */
export function fitRows(t: DeckTable, rows: readonly string[][], w: number, room: number, lang: Lang): number {
  const widths = columns(t, w);
  const lineEm = lang === 'zh' ? 1.3 : 1.1;
  let used = rowHeight(t.header, widths, lineEm);
  let n = 0;
  for (const row of rows) {
    used += rowHeight(row, widths, lineEm);
    if (used > room) break;
    n++;
  }
  return Math.max(1, n);
}

/** A compare step's table as a native table: the zones' names (with their model colour) across, aspects down. */
function table(
  slide: Slide,
  t: DeckTable,
  rows: readonly string[][],
  box: { x: number; y: number; w: number },
  text: TextBase,
  c: Hex,
  lang: Lang,
) {
  const cell = (s: string, extra: object = {}) => ({
    text: runsOf(s, lang),
    options: { fontSize: PT.table, color: c.ink, ...extra },
  });
  const header = t.header.map((h, i) =>
    i === 0
      ? cell(h, { bold: true, color: c.inkSoft })
      : {
          text: [
            { text: '● ', options: { color: hex(t.colours[i - 1]!), fontSize: PT.table + 2 } },
            ...[runsOf(h, lang)]
              .flat()
              .map((r) =>
                typeof r === 'string'
                  ? { text: r, options: { bold: true, color: c.ink, fontSize: PT.table } }
                  : { text: r.text, options: { ...r.options, bold: true, color: c.ink, fontSize: PT.table } },
              ),
          ],
          options: {},
        },
  );
  const body = rows.map((r) => r.map((s, i) => cell(s, i === 0 ? { bold: true } : {})));
  slide.addTable([header, ...body] as Parameters<Slide['addTable']>[0], {
    ...text,
    x: box.x,
    y: box.y,
    w: box.w,
    colW: columns(t, box.w),
    border: { type: 'solid', pt: 0.5, color: c.rule },
    margin: 0.04,
    fontSize: PT.table,
  });
}

/**
 * Inches a text box needs: lines × size × spacing × the face's natural line height (`lineEm`, LINE). A CJK character is 1 em wide, other characters about 0.55 em (Arial's and YaHei's Latin
 * average); each paragraph wraps on its own. An estimate, erring tall.
 */
export function textHeight(body: string, pt: number, widthIn: number, spacing: number, lineEm = LINE.zh): number {
  return (lineCount(body, pt, widthIn) * pt * spacing * lineEm) / 72 + 0.05;
}

/** Lines `body` takes at `pt` in a box `widthIn` inches wide (the widths as textHeight counts them). */
export function lineCount(body: string, pt: number, widthIn: number): number {
  // 92 % of the width: a renderer's substitute face runs wider, and a line breaks before a word that would not fit.
  const perLine = (0.92 * widthIn * 72) / pt;
  return body.split('\n').reduce((n, p) => {
    let ems = 0;
    for (const ch of p) ems += CJK.test(ch) ? 1 : 0.55;
    return n + Math.max(1, Math.ceil(ems / perLine));
  }, 0);
}

/**
 * Speaker notes as PptxGenJS writes them are one run tagged en-US with the lines run together; here each line becomes
 * a paragraph tagged with the deck's language (WPS and PowerPoint otherwise set Chinese notes in a Latin face).
 */
async function tagNotes(bytes: Uint8Array, lang: Lang): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  const run = (text: string, runLang: Lang) =>
    `<a:r><a:rPr lang="${RUN_LANG[runLang]}" dirty="0">` +
    (runLang === 'zh' ? `<a:latin typeface="${FONT.zh}"/><a:ea typeface="${FONT.zh}"/>` : '') +
    `</a:rPr><a:t>${text}</a:t></a:r>`;
  // A line as runs: all of it in the deck's language, except Chinese runs in an English deck (a quote, a title).
  const line = (text: string) =>
    lang === 'zh'
      ? run(text, 'zh')
      : text
          .split(CJK_RUN)
          .filter(Boolean)
          .map((part) => run(part, CJK_RUN.test(part) ? 'zh' : 'en'))
          .join('');
  for (const name of notes) {
    const xml = await zip.file(name)!.async('string');
    const fixed = xml.replace(
      /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/,
      (_, body: string) =>
        body
          .split(/\r?\n|&#10;|&#xA;/i)
          .map((text) => (text ? `<a:p>${line(text)}</a:p>` : `<a:p><a:endParaRPr lang="${RUN_LANG[lang]}"/></a:p>`))
          .join(''),
    );
    zip.file(name, fixed);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function clamp(v: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, v));
}

function colourHex(c: SlideColours): Hex {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, hex(v)])) as Hex;
}

/** A CSS colour (#rgb, #rrggbb, rgb()/rgba()) as PptxGenJS's six hex digits, no '#'; anything else grey. */
export function hex(css: string): string {
  const s = css.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (short)
    return short
      .slice(1)
      .map((d) => d + d)
      .join('')
      .toUpperCase();
  const long = /^#([0-9a-f]{6})/i.exec(s);
  if (long) return long[1]!.toUpperCase();
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb)
    return rgb
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  return '808080';
}
