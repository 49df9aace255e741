// The deck read back as PowerPoint would read it: one slide per step, each step's text editable, every quote in its notes.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { appIn, atlas, tour } from './present-kit.test-helpers';
import { deckOutline } from './deck-outline';
import { hex, runsOf, textHeight, writeDeck, type DeckMap } from './deck';
import type { DeckSlide } from './deck-outline';
import { stepFacts } from './step-facts';

// A 2 × 1 px PNG: the map picture's place on each slide.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC';
const COLOURS = {
  surface: '#ffffff',
  ink: '#000000',
  inkSoft: '#3b4148',
  rule: '#c9cdd2',
  sea: '#adc9db',
  zoneStroke: '#1f2328',
};

/** The text a slide part shows: every run, XML entities decoded, paragraphs on their own lines. */
function shown(xml: string): string {
  return xml
    .split('</a:p>')
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const write = (slides: DeckSlide[], maps: DeckMap[], lang: 'zh' | 'en') =>
  writeDeck(slides, maps, { lang, title: 'Atlas', colours: COLOURS, continued: (t) => `${t} (cont.)` });

async function readDeck(lang: 'zh' | 'en') {
  const app = appIn(lang);
  const slides = deckOutline(app, tour);
  const maps: DeckMap[] = tour.map(() => ({ data: PNG, width: 2, height: 1 }));
  const zip = await JSZip.loadAsync(await write(slides, maps, lang));
  const part = (name: string) => zip.file(name)!.async('string');
  return { app, slides, zip, part };
}

describe('the deck (.pptx)', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`${lang}: one slide per step, its title, caption and figures as text, every quote and article in its notes`, async () => {
      const { app, slides, zip, part } = await readDeck(lang);
      const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      const pictures = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
      // A slide per step, and one more for each compare table that goes on ("(cont.)"), each with its map.
      expect(slideFiles.length).toBeGreaterThanOrEqual(tour.length);
      expect(pictures.length).toBeGreaterThanOrEqual(tour.length);
      let k = 1;
      for (const [i, step] of tour.entries()) {
        const xml = await part(`ppt/slides/slide${k}.xml`);
        const text = shown(xml);
        expect(text).toContain(step.caption[lang]);
        for (const f of step.figures) expect(text).toContain(f.label[lang]);
        // The title is the slide's title placeholder (PowerPoint's outline lists it).
        expect(xml).toMatch(/<p:ph\s[^>]*type="title"/);
        // Every run says its language, in an East Asian face where Chinese is set.
        expect(xml).toContain(`lang="${lang === 'zh' ? 'zh-CN' : 'en-GB'}"`);
        if (lang === 'zh') expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
        const notes = shown(await part(`ppt/notesSlides/notesSlide${k}.xml`));
        for (const fact of stepFacts(app, step)) {
          expect(notes).toContain(fact.text);
          for (const e of fact.evidence) {
            expect(notes).toContain(`「${e.quote}」`);
            const source = atlas.sources.get(e.source)!;
            expect(notes).toContain(source.title ?? source.description[lang]);
          }
        }
        if (step.notes) expect(notes).toContain(step.notes[lang]);
        k++;
        while (
          k <= slideFiles.length &&
          shown(await part(`ppt/slides/slide${k}.xml`)).includes(`${slides[i]!.content.title} (cont.)`)
        )
          k++;
      }
      expect(k - 1).toBe(slideFiles.length);
    });

  it('the first slide showing a model says what the model is; later ones do not repeat it', async () => {
    const { slides } = await readDeck('en');
    const seen = new Set<string>();
    for (const [i, step] of tour.entries()) {
      const id = step.zone?.model.id;
      const first = !!id && id !== 'not-stated' && !seen.has(id);
      if (id) seen.add(id);
      const model = id ? atlas.models.get(id) : undefined;
      expect(slides[i]!.definition).toBe(first ? `${model!.label.en}: ${model!.definition.en}` : '');
    }
    expect(slides.some((s) => s.definition)).toBe(true);
  });

  it('a compare step carries a native table: each zone across, the model and every measure that differs down', async () => {
    const { app, slides, part } = await readDeck('en');
    const i = tour.findIndex((s) => s.compare.length > 0);
    expect(i).toBeGreaterThan(-1);
    const xml = await part(`ppt/slides/slide${i + 1}.xml`);
    expect(xml).toContain('<a:tbl>');
    const table = slides[i]!.table!;
    for (const z of tour[i]!.compare) expect(shown(xml)).toContain(z.zone.short.en);
    for (const row of table.rows) expect(shown(xml)).toContain(row[0]);
    expect(table.rows[0]![0]).toBe(app.t('zone.model'));
    expect(table.rows.length).toBeGreaterThan(1);
  });

  it('notes are tagged with the deck’s language, a paragraph per line', async () => {
    const { part } = await readDeck('zh');
    const xml = await part('ppt/notesSlides/notesSlide2.xml');
    expect(xml).not.toContain('lang="en-US" dirty="0"/><a:t>');
    expect(xml.match(/<a:rPr lang="zh-CN"/g)!.length).toBeGreaterThan(1);
  });

  it('a table too long for its slide goes on over further slides, every row on one of them', async () => {
    const { slides } = await readDeck('en');
    const compare = slides.find((s) => s.table)!;
    const rows = Array.from({ length: 60 }, (_, i) => [
      `Row ${i + 1}`,
      ...compare.table!.header.slice(1).map(() => '◌ Proposed'),
    ]);
    const long: DeckSlide = { ...compare, table: { ...compare.table!, rows } };
    const zip = await JSZip.loadAsync(await write([long], [{ data: PNG, width: 2, height: 1 }], 'en'));
    const names = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(names.length).toBeGreaterThan(1);
    const texts = await Promise.all(names.map(async (n) => shown(await zip.file(n)!.async('string'))));
    for (const [i] of rows.entries()) expect(texts.filter((t) => t.includes(`Row ${i + 1}\n`)).length).toBe(1);
    expect(texts[0]).toContain(long.content.caption);
    for (const t of texts.slice(1)) expect(t).toContain(`${long.content.title} (cont.)`);
    // The key and what the rows leave out close the table, on its last slide.
    expect(texts.at(-1)).toContain(compare.table!.note);
  });

  it('in an English deck the Chinese (quotes, articles’ names) is its own run, tagged zh-CN in the East Asian face', async () => {
    const { part } = await readDeck('en');
    const i = tour.findIndex((s) => s.kind === 'place');
    const notes = await part(`ppt/notesSlides/notesSlide${i + 1}.xml`);
    const quote =
      tour[i]!.evidence[0]?.quote ??
      stepFacts(appIn('en'), tour[i]!).find((f) => f.evidence.length)!.evidence[0]!.quote;
    expect(notes).toMatch(
      new RegExp(
        `<a:rPr lang="zh-CN"[^>]*>(<a:latin[^>]*/>)?<a:ea typeface="Microsoft YaHei"/></a:rPr><a:t>[^<]*${quote.slice(0, 4)}`,
      ),
    );
    expect(notes).toContain('lang="en-GB"');
    // The slide's source line: the English words in English, a Chinese publisher's name in Chinese.
    const slide = await part(`ppt/slides/slide${i + 1}.xml`);
    expect(slide).toMatch(/lang="zh-CN"[^>]*>(?:(?!<\/a:rPr>).)*<a:ea typeface="Microsoft YaHei"/);
    expect(runsOf('Source: 临汾新闻网\nMap', 'en')).toEqual([
      { text: 'Source: ' },
      { text: '临汾新闻网', options: { lang: 'zh-CN', fontFace: 'Microsoft YaHei', breakLine: true } },
      { text: 'Map' },
    ]);
    expect(runsOf('临汾新闻网', 'zh')).toBe('临汾新闻网');
    // Digits and ASCII marks inside a Chinese phrase stay in its run.
    expect(runsOf('  「5月23日下午, 全市」 — Linfen', 'en')).toEqual([
      { text: '  ' },
      { text: '「5月23日下午, 全市」', options: { lang: 'zh-CN', fontFace: 'Microsoft YaHei' } },
      { text: ' — Linfen' },
    ]);
  });

  it('a map keeps its proportions: cropped to its frame, never stretched', async () => {
    const { part } = await readDeck('en');
    const xml = await part('ppt/slides/slide1.xml');
    // The 2:1 test picture in a frame narrower than 15 in: its sides are cropped by the same amount.
    const crop = /<a:srcRect l="(\d+)" r="(\d+)" t="0" b="0"\/>/.exec(xml);
    expect(crop).not.toBeNull();
    expect(Number(crop![1])).toBeGreaterThan(0);
    expect(crop![1]).toBe(crop![2]);
  });

  it('estimates text heights erring tall, and reads CSS colours as hex', () => {
    // 20 CJK characters at 10 pt fill 200 pt: one line at 3.2 in (92 % of 230 pt), two at 2 in.
    const one = textHeight('开'.repeat(20), 10, 3.2, 1.2);
    expect(textHeight('开'.repeat(20), 10, 2, 1.2)).toBeCloseTo(2 * one - 0.05, 5);
    expect(textHeight('a\nb', 10, 3.2, 1.2)).toBeCloseTo(2 * one - 0.05, 5);
    expect(hex('#abc')).toBe('AABBCC');
    expect(hex('#1f2328')).toBe('1F2328');
    expect(hex('rgb(31, 35, 40)')).toBe('1F2328');
    expect(hex('color(srgb 1 0 0)')).toBe('808080');
  });
});
