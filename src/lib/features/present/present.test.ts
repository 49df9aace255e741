// Presenter logic: key mapping, digit jumps, canvas line breaking, notes-channel messages, camera fit, the tour's order.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DigitBuffer, stepAction, type KeyLike } from './keys';
import { breakUnits, wrapText } from '../../core/text';
import { parseNotesMessage } from './channel';
import { fitTransform } from '../../map/geo/frame';
import { buildAtlas, keyEvent } from '../../core/data/atlas';
import { defaultTour, sectionStep, stepOfZone, stepTitle } from './tour';
import { translate } from '../../core/i18n/messages';
import { slideContent } from './slide-content';
import { appIn, atlas, file, overview, tour } from './present-kit.test-helpers';
import { SLIDE, slideMapWidth } from './export-slide';
import { packRows } from './pages';

describe('stepAction', () => {
  it.each<[KeyLike, string | null]>([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'ArrowDown' }, 'next'],
    [{ key: 'PageDown' }, 'next'],
    [{ key: ' ' }, 'next'],
    [{ key: ' ', shiftKey: true }, 'prev'],
    [{ key: 'ArrowLeft' }, 'prev'],
    [{ key: 'PageUp' }, 'prev'],
    [{ key: 'Backspace' }, 'prev'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'Escape' }, 'leave'],
    [{ key: 'Enter' }, 'jump'],
    [{ key: '7' }, 'digit'],
    [{ key: 'b' }, 'blank'],
    [{ key: '.' }, 'blank'],
    [{ key: 'w' }, 'blank'],
    [{ key: ',' }, 'blank'],
    [{ key: 'F5' }, 'start'],
    [{ key: 'F5', shiftKey: true }, 'start'],
    [{ key: 'F5', ctrlKey: true }, null],
    [{ key: 'ArrowRight', altKey: true }, null],
    [{ key: 'r', ctrlKey: true }, null],
    [{ key: 'Tab' }, null],
    [{ key: 'x' }, null],
    [{ key: 'ArrowRight', shiftKey: true }, 'nextSection'],
    [{ key: 'PageDown', shiftKey: true }, 'nextSection'],
    [{ key: 'ArrowLeft', shiftKey: true }, 'prevSection'],
    [{ key: 'PageUp', shiftKey: true }, 'prevSection'],
    [{ key: 'N', shiftKey: true }, 'next'],
    [{ key: 'Backspace', shiftKey: true }, 'prev'],
  ])('%j → %s', (event, expected) => {
    expect(stepAction(event)?.type ?? null).toBe(expected);
  });

  it.each([
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    [',', 'white'],
  ])('%s blanks the screen %s', (key, colour) => {
    expect(stepAction({ key })).toEqual({ type: 'blank', colour });
  });
});

describe('DigitBuffer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  it.each<[number[], boolean, number[]]>([
    [[1, 2], false, [12]],
    [[7], false, [7]],
    [[0], false, []],
    [[2, 1], true, [21]],
  ])('digits %j (Enter: %s) → jumps %j', (digits, enter, jumps) => {
    const seen: number[] = [];
    const buffer = new DigitBuffer((n) => seen.push(n), 500);
    for (const d of digits) buffer.push(d);
    if (enter) buffer.flush();
    vi.advanceTimersByTime(600);
    expect(seen).toEqual(jumps);
  });
  it('a pause separates two numbers', () => {
    const seen: number[] = [];
    const buffer = new DigitBuffer((n) => seen.push(n), 500);
    buffer.push(3);
    vi.advanceTimersByTime(600);
    buffer.push(4);
    vi.advanceTimersByTime(600);
    expect(seen).toEqual([3, 4]);
  });
});

describe('line breaking', () => {
  const mono = (s: string) => [...s].length * 10;
  it.each<[string, string[]]>([
    ['青岛蓝谷，法定机构。', ['青', '岛', '蓝', '谷，', '法', '定', '机', '构。']],
    ['Blue Valley: a body', ['Blue ', 'Valley: ', 'a ', 'body']],
    ['2019年起', ['2019', '年', '起']],
  ])('units of %s', (text, units) => {
    expect(breakUnits(text)).toEqual(units);
  });
  it.each<[string, number, number, string[]]>([
    ['Blue Valley is a statutory body', 120, Infinity, ['Blue Valley', 'is a', 'statutory', 'body']],
    ['青岛蓝谷实行法定机构体制。', 60, Infinity, ['青岛蓝谷实行', '法定机构体', '制。']],
    ['青岛蓝谷实行法定机构体制。', 50, 2, ['青岛蓝谷实', '行法定机…']],
    ['', 100, Infinity, []],
  ])('%s in %i px, %s lines', (text, width, max, lines) => {
    const out = wrapText(text, width, mono, max);
    expect(out).toEqual(lines);
    for (const l of out) expect(mono(l)).toBeLessThanOrEqual(width);
  });
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五，六七八九十。', 50, mono);
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
  });
  // Kinsoku at every width, for names as users write them: brackets, curly quotes, Latin runs, both together.
  it.each([
    '昆山经济技术开发区（“昆山开发区”）',
    '苏州工业园区（SIP）管委会',
    '“三化三制”改革：专业化、市场化、国际化。',
    'Suzhou Industrial Park (“SIP”), 苏州（江苏）',
    '《关于深化开发区改革的意见》——2020年',
  ])('%s: no line starts with a closing mark or ends with an opening one, at any width', (text) => {
    for (let width = 10; width <= mono(text); width += 10) {
      const lines = wrapText(text, width, mono);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      for (const l of lines) {
        expect(l).not.toMatch(/^[，。、；：？！）》」』”’】,.;:?!)\]…%]/u);
        expect(l).not.toMatch(/[（《「『“‘【([]$/u);
      }
    }
  });
});

describe('parseNotesMessage', () => {
  it.each<[unknown, unknown]>([
    [
      { type: 'step', step: 3 },
      { type: 'step', step: 3 },
    ],
    [
      { type: 'go', step: 21 },
      { type: 'go', step: 21 },
    ],
    [{ type: 'hello' }, { type: 'hello' }],
    [
      { type: 'move', by: 1 },
      { type: 'move', by: 1 },
    ],
    [{ type: 'move', by: 2 }, null],
    [{ type: 'move', by: '1' }, null],
    [{ type: 'go', step: 22 }, null],
    [{ type: 'go', step: 0 }, null],
    [{ type: 'go', step: 2.5 }, null],
    [{ type: 'go', step: '3' }, null],
    [{ type: 'eval', code: 'alert(1)' }, null],
    ['<img src=x onerror=alert(1)>', null],
    [[{ type: 'hello' }], null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(parseNotesMessage(data, 21)).toEqual(expected);
  });
});

describe('fitTransform', () => {
  const pad = { top: 10, right: 10, bottom: 10, left: 10 };
  it.each<[[[number, number], [number, number]], number, number]>([
    [
      [
        [0, 0],
        [100, 50],
      ],
      220,
      2,
    ],
    [
      [
        [50, 50],
        [60, 60],
      ],
      220,
      8,
    ],
  ])('fits %j in a 220×220 box', (box, size, k) => {
    const t = fitTransform(box, size, size, pad, 8);
    expect(t.k).toBeCloseTo(k);
    const [[x0, y0], [x1, y1]] = box;
    // The box's centre lands in the middle and its corners inside the padding.
    expect(((x0 + x1) / 2) * t.k + t.x).toBeCloseTo(size / 2);
    expect(((y0 + y1) / 2) * t.k + t.y).toBeCloseTo(size / 2);
    expect(x0 * t.k + t.x).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(x1 * t.k + t.x).toBeLessThanOrEqual(size - 10 + 1e-9);
  });
});

describe('the slide PNG’s map', () => {
  it('takes the full height at its own shape, so no band of sea is left above or below it', () => {
    // The presenter's map at 1920×1080 (the screen less the caption column and the bar): 1232 × 1020 px.
    expect(slideMapWidth({ w: 1232, h: 1020 })).toBe(Math.round((1080 * 1232) / 1020));
    expect(slideMapWidth({ w: 800, h: 1000 })).toBe(SLIDE.mapMin);
    expect(slideMapWidth({ w: 3000, h: 1000 })).toBe(SLIDE.mapMax);
    expect(slideMapWidth(null)).toBe(SLIDE.mapWidth);
  });
});

describe('the tour', () => {
  it('Shift+next skips the rest of a place’s zone steps; Shift+previous goes back to the start of its place', () => {
    const starts = tour.flatMap((s, i) => (s.kind === 'zone' ? [] : [i + 1]));
    // Every section start is a place, the overview or a comparison, and zone steps follow places.
    expect(starts[0]).toBe(1);
    const zoneStep = tour.findIndex((s) => s.kind === 'zone') + 1;
    const place = [...starts].reverse().find((n) => n < zoneStep)!;
    const nextPlace = starts.find((n) => n > zoneStep)!;
    expect(tour[place - 1]!.kind).toBe('place');
    expect(sectionStep(tour, zoneStep, 1)).toBe(nextPlace);
    expect(sectionStep(tour, zoneStep, -1)).toBe(place);
    expect(sectionStep(tour, place, -1)).toBe([...starts].reverse().find((n) => n < place));
    expect(sectionStep(tour, tour.length, 1)).toBe(tour.length);
    expect(sectionStep(tour, 1, -1)).toBe(1);
    // Forward from a place lands on the next section, never on one of its own zones.
    for (const s of starts) {
      const to = sectionStep(tour, s, 1);
      expect(to === tour.length || tour[to - 1]!.kind !== 'zone').toBe(true);
    }
  });

  it('a caption that only repeats the step’s title (a tour built from a file’s zone names) is said once', () => {
    for (const lang of ['zh', 'en'] as const) {
      const app = appIn(lang);
      const zone = tour.find((s) => s.kind === 'zone')!;
      const title = stepTitle(zone, lang, app.t);
      const named = { ...zone, caption: { zh: title, en: title } };
      expect(slideContent(app, named, tour.length).title).toBe(title);
      expect(slideContent(app, named, tour.length).caption).toBe('');
      expect(slideContent(app, zone, tour.length).caption).toBe(zone.caption[lang]);
    }
  });

  it('a zone step’s slide says what its caption shows: its measures by status, by name, then the inherited ones named', () => {
    for (const lang of ['zh', 'en'] as const) {
      const app = appIn(lang);
      // Yantai: every measure a plan the meeting called for, so one paragraph, said to be proposed.
      const yantai = tour.find((s) => s.zone?.zone.id === 'yantai-etdz')!;
      const stated = yantai.zone!.measures.filter((m) => m.provenance === 'stated');
      const [statedLine, ...rest] = slideContent(app, yantai, tour.length).measures;
      expect(rest).toEqual([]);
      const proposed = translate(lang, 'claim.status.proposed');
      expect(statedLine).toContain(translate(lang, 'present.statedGroup', { status: proposed, count: stated.length }));
      for (const m of stated) expect(statedLine).toContain(atlas.measures.get(m.id)!.label[lang]);
      // Blue Valley states none of its own: the city's reform, counted and named (never a bare count).
      const blue = tour.find((s) => s.zone?.zone.id === 'qingdao-blue-valley')!;
      const inherited = blue.zone!.measures.filter((m) => m.provenance !== 'stated');
      const [line, ...none] = slideContent(app, blue, tour.length).measures;
      expect(none).toEqual([]);
      expect(line).toContain(translate(lang, 'present.inheritedCount', { count: inherited.length }));
      for (const m of inherited) expect(line).toContain(atlas.measures.get(m.id)!.label[lang]);
      expect(slideContent(app, tour[0]!, tour.length).measures).toEqual([]);
    }
  });

  it('starts with the overview, then each place in the order its reform began, then what is new in its zones', () => {
    expect(tour[0]!.kind).toBe('overview');
    const places = tour.filter((s) => s.kind === 'place').map((s) => s.place!);
    const dates = places.map((p) => keyEvent(p)!.date.value);
    expect(dates).toEqual([...dates].sort());
    expect(places.map((p) => p.id).sort()).toEqual(atlas.data.places.map((p) => p.id).sort());
    let current: string | null = null;
    for (const step of tour.slice(1, -1)) {
      if (step.kind === 'place') current = step.place!.id;
      else for (const z of step.zone ? [step.zone] : step.compare) expect(z.place.id).toBe(current);
    }
    // Every zone is on some step (its own, a comparison, or its place's, which frames it)…
    for (const z of atlas.zones) expect(stepOfZone(tour, z.zone.id), z.zone.id).not.toBeNull();
    // …and a zone gets a step of its own only for something of its own: a model, a measure, a figure or an event
    // (issue 34: no steps that only repeat the city's inherited list).
    for (const step of tour.filter((s) => s.kind === 'zone')) {
      const own = step.zone!;
      const has =
        own.model.provenance === 'stated' && own.model.evidence.length > 0
          ? true
          : own.measures.some((m) => m.provenance === 'stated') || own.zone.figures.length + own.zone.events.length > 0;
      expect(has, own.zone.id).toBe(true);
    }
  });

  it('closes by comparing one zone per place whose article names a model, each a different model, saying how far each got', () => {
    const last = tour.at(-1)!;
    expect(last.kind).toBe('compare');
    expect(last.zone).toBeNull();
    const places = last.compare.map((z) => z.place.id);
    expect(new Set(places).size).toBe(places.length);
    const models = last.compare.map((z) => z.model.id);
    expect(new Set(models).size).toBe(models.length);
    expect(models).not.toContain('not-stated');
    // A plan beside a reform in place is no like-for-like comparison unless the step says which is which.
    expect(new Set(last.compare.map((z) => z.model.status))).toEqual(new Set(['proposed', 'in-progress', 'in-place']));
    expect(last.caption.en).toMatch(/\bplans?\b/);
    expect(last.caption.en).toMatch(/in place/);
    // Qingdao stands for its city with a zone that runs the city's model, not its exception (Blue Valley).
    const qingdao = last.compare.find((z) => z.place.id === 'qingdao')!;
    expect(qingdao.model.id).toBe(qingdao.place.model!.id);
    expect(stepTitle(last, 'en', (key, params) => translate('en', key, params))).toBe('Four models, not at one stage');
  });

  it('titles a compare step without its own title by its count, in each language', () => {
    const step = { ...tour.at(-1)!, title: null };
    expect(stepTitle(step, 'en', (key, params) => translate('en', key, params))).toBe('Comparing 4 zones');
    expect(stepTitle(step, 'zh', (key, params) => translate('zh', key, params))).toBe('并排对比4个开发区');
  });

  it('gives every step speaker notes in both languages, and something to show besides its caption', () => {
    for (const [i, step] of tour.entries()) {
      expect(step.notes?.zh.trim(), `step ${i + 1}`).toBeTruthy();
      expect(step.notes?.en.trim(), `step ${i + 1}`).toBeTruthy();
      expect(step.notes!.zh, `step ${i + 1}`).toMatch(/[\u4e00-\u9fff]/);
      expect(step.notes!.en, `step ${i + 1}`).not.toMatch(/[\u4e00-\u9fff]/);
      // The overview has its agenda; a place its figures or zone count; a zone its measures; a comparison its table.
      const shows =
        step.kind === 'overview' ||
        step.kind === 'place' ||
        (step.kind === 'compare' && step.compare.length >= 2) ||
        step.figures.length > 0 ||
        (step.zone?.measures.length ?? 0) > 0;
      expect(shows, `step ${i + 1}`).toBe(true);
    }
  });

  it('does not repeat a city’s figures on its zones’ steps', () => {
    for (const step of tour.filter((s) => s.kind === 'zone')) {
      const cityFigures = new Set(step.zone!.place.figures.map((f) => f.id));
      expect(step.figures.filter((f) => cityFigures.has(f.id))).toEqual([]);
    }
  });

  it('fills the counts into captions and gives every captioned fact a quote', () => {
    expect(tour[0]!.caption.en).toMatch(/^5 places, 15 zones/);
    for (const step of tour.slice(1)) expect(step.evidence.length).toBeGreaterThan(0);
    for (const step of tour) expect(step.figures.length).toBeLessThanOrEqual(3);
  });

  it('without a tour in the data, builds the same shape from the places’ key dates', () => {
    const bare = buildAtlas({ ...file, dataset: { ...file.dataset, tour: undefined } });
    const steps = defaultTour(bare, overview);
    expect(steps).toHaveLength(1 + bare.data.places.length + bare.zones.length);
    expect(steps.filter((s) => s.place).map((s) => s.place)).toEqual(['linfen', 'qingdao', 'yantai', 'zibo', 'xishan']);
  });

  it('finds the step of a zone', () => {
    expect(stepOfZone(tour, 'qingdao-blue-valley')).toBe(
      tour.findIndex((s) => s.zone?.zone.id === 'qingdao-blue-valley') + 1,
    );
    expect(stepOfZone(tour, 'atlantis')).toBeNull();
  });
});

describe('packRows', () => {
  it.each<[number[], number, [number, number][]]>([
    [[], 100, []],
    [[30, 30, 30], 100, [[0, 3]]],
    [
      [30, 30, 30, 30],
      100,
      [
        [0, 3],
        [3, 4],
      ],
    ],
    [
      [60, 60, 60],
      100,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ],
    // A row taller than the room still gets a page of its own.
    [
      [150, 20],
      100,
      [
        [0, 1],
        [1, 2],
      ],
    ],
  ])('%j in %i px → %j', (heights, room, pages) => {
    expect(packRows(heights, room)).toEqual(pages);
  });
});
