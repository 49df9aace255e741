// Timeline layout: date parsing per precision, a monotonic scale, hollow inferred dates, labels that never collide or
// leave the chart (real events and crowded synthetic ones), and year ticks.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data.ts';
import { overlaps, textWidth } from '../../src/lib/core/text';
import {
  fitText,
  labelWidth,
  parseDate,
  timelineLayout,
  type Precision,
  type TimelineItem,
  type TimelineLane,
  type TimelineLayout,
} from '../../src/lib/charts/timeline';

const { data, errors } = loadSourceData();
if (!data) throw new Error(`dataset invalid: ${JSON.stringify(errors)}`);
const dataset = data;

const WIDTHS = [280, 400, 800];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function datasetCase(lang: 'zh' | 'en'): { items: TimelineItem[]; lanes: TimelineLane[] } {
  return {
    lanes: dataset.places.map((p) => ({ id: p.id, label: p.name[lang] })),
    items: dataset.places.flatMap((p) =>
      [...p.events, ...p.zones.flatMap((z) => z.events)].map((e) => ({
        id: e.id,
        laneId: p.id,
        date: e.date,
        label: e.label[lang],
      })),
    ),
  };
}

const item = (id: string, value: string, precision: Precision, label = id, laneId = 'a', inferred = false) => ({
  id,
  laneId,
  date: { value, precision, ...(inferred ? { inferred: { zh: '推定', en: 'inferred' } } : {}) },
  label,
});

const LONG = 'A rather long label about a reform meeting that was held on this day';
const crowdedCases: [string, TimelineItem[]][] = [
  [
    '10 events on the same day',
    Array.from({ length: 10 }, (_, i) => item(`same-${i}`, '2020-06-15', 'day', `${LONG} (${i})`)),
  ],
  [
    '10 on the first day',
    Array.from({ length: 10 }, (_, i) => item(`first-${i}`, '2018-01-01', 'day', `首日事件${i}`)),
  ],
  ['10 on the last day', Array.from({ length: 10 }, (_, i) => item(`last-${i}`, '2023-12-31', 'day', `Last ${i}`))],
  [
    '10 on consecutive days, inferred and not',
    Array.from({ length: 10 }, (_, i) =>
      item(`run-${i}`, `2021-03-${String(i + 1).padStart(2, '0')}`, 'day', `Event ${i}`, 'a', i % 2 === 0),
    ),
  ],
  [
    'years, months and days mixed',
    [
      item('y1', '2019', 'year', '青岛启动全市开发区体制机制改革'),
      item('y2', '2020', 'year', 'Return of tax growth to the zones begins'),
      item('m1', '2020-05', 'month', 'A month'),
      item('d1', '2020-05-05', 'day', 'A day in that month'),
      item('y3', '2022', 'year', LONG),
      item('d2', '2023-01-08', 'day', LONG),
    ],
  ],
];

function expectClean(layout: TimelineLayout, items: TimelineItem[], width: number) {
  expect(layout.marks.map((m) => m.id).sort()).toEqual(items.map((i) => i.id).sort());
  for (const m of layout.marks) {
    for (const box of [m.labelBox, m.markBox]) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(width);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(layout.height);
    }
    // The box really is the widest line's estimated width and every line's height, anchored where the text is drawn.
    expect(m.labelBox.x1 - m.labelBox.x0).toBeCloseTo(Math.max(...m.lines.map((l) => labelWidth(l, layout.fontSize))));
    expect(m.labelBox.y1 - m.labelBox.y0).toBeCloseTo(m.lines.length * layout.lineHeight);
    expect(m.anchor === 'start' ? m.labelBox.x0 : m.labelBox.x1).toBeCloseTo(m.labelX);
    // No label loses a word: its lines put back together are the whole label, and none ends in "…".
    const original = items.find((i) => i.id === m.id)!.label;
    expect(m.lines.join('').replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));
    expect(m.lines.some((l) => l.endsWith('…'))).toBe(false);
  }
  const boxes = layout.marks.flatMap((m) => [
    { id: m.id, kind: 'label', box: m.labelBox },
    { id: m.id, kind: 'mark', box: m.markBox },
  ]);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.id === b.id || (a.kind === 'mark' && b.kind === 'mark')) continue;
      expect(overlaps(a.box, b.box), `${a.kind} ${a.id} overlaps ${b.kind} ${b.id}`).toBe(false);
    }
  // Markers of one lane never overlap either.
  for (let i = 0; i < layout.marks.length; i++)
    for (let j = i + 1; j < layout.marks.length; j++)
      expect(overlaps(layout.marks[i]!.markBox, layout.marks[j]!.markBox)).toBe(false);
}

describe('parseDate', () => {
  it.each([
    ['2019', 'year', '2019-01-01', '2020-01-01'],
    ['2022', 'year', '2022-01-01', '2023-01-01'],
    ['2020-02', 'month', '2020-02-01', '2020-03-01'],
    ['2020-12', 'month', '2020-12-01', '2021-01-01'],
    ['2018-05-23', 'day', '2018-05-23', '2018-05-24'],
    ['2020-02-29', 'day', '2020-02-29', '2020-03-01'],
    ['2023-12-31', 'day', '2023-12-31', '2024-01-01'],
  ] as const)('%s (%s) starts %s and ends before %s', (value, precision, start, end) => {
    expect(parseDate(value, precision)).toEqual({ start: d(start), end: d(end) });
  });

  it.each([
    ['2019', 'day'],
    ['2019-05', 'year'],
    ['2019-05-01', 'month'],
    ['2019-13', 'month'],
    ['2019-02-29', 'day'],
    ['19-05-01', 'day'],
    ['2019/05/01', 'day'],
  ] as const)('rejects %s as %s', (value, precision) => {
    expect(() => parseDate(value, precision)).toThrow();
  });
});

describe('the time scale', () => {
  it.each(WIDTHS)('is monotonic in time at %i px', (width) => {
    const dates = ['2018-01-01', '2018-05-23', '2019-09-06', '2020-04-16', '2020-04-20', '2020-12-14', '2023-01-08'];
    const { x } = timelineLayout([], [], { width });
    const xs = dates.map((v) => x(d(v)));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(x(d('2018-01-01'))).toBeGreaterThanOrEqual(0);
    expect(x(d('2024-01-01'))).toBeLessThanOrEqual(width);
  });

  it('places marks in date order within a lane, whatever the input order', () => {
    const items = [
      item('c', '2022', 'year'),
      item('a', '2018-03-01', 'day'),
      item('b', '2020-07', 'month'),
      item('d', '2023-06-30', 'day'),
    ];
    const { marks } = timelineLayout(items, [{ id: 'a', label: 'A' }], { width: 800 });
    expect(marks.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x).toBeGreaterThan(marks[i - 1]!.x);
  });

  it('widens the default domain to whole years for items outside 2018–2023', () => {
    const { x } = timelineLayout([item('old', '2016-08-01', 'day'), item('new', '2025', 'year')], [], { width: 400 });
    expect(x.domain()).toEqual([d('2016-01-01'), d('2026-01-01')]);
  });

  it('clamps items outside a given domain into the chart', () => {
    const layout = timelineLayout([item('old', '2010', 'year')], [{ id: 'a', label: 'A' }], {
      width: 400,
      domain: [d('2018-01-01'), d('2024-01-01')],
    });
    expect(layout.marks[0]!.markBox.x0).toBeGreaterThanOrEqual(0);
  });
});

describe('marks', () => {
  it.each([
    ['a printed date is filled', false, false],
    ['an inferred date is hollow', true, true],
  ])('%s', (_name, inferred, hollow) => {
    const { marks } = timelineLayout([item('e', '2019-09-06', 'day', 'E', 'a', inferred)], [{ id: 'a', label: 'A' }], {
      width: 400,
    });
    expect(marks[0]!.hollow).toBe(hollow);
  });

  it('marks the dataset’s inferred meeting dates hollow and the rest filled', () => {
    const { items, lanes } = datasetCase('en');
    const { marks } = timelineLayout(items, lanes, { width: 400 });
    for (const m of marks) expect(m.hollow).toBe(items.find((i) => i.id === m.id)!.date.inferred !== undefined);
    expect(marks.some((m) => m.hollow)).toBe(true);
  });

  it.each([
    ['year', '2019', true],
    ['month (wide enough)', '2019-03', true],
    ['day', '2019-03-05', false],
  ] as const)('a %s is a bar from the start to the end of its period: %s', (_name, value, bar) => {
    const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
    const { marks, x } = timelineLayout([item('e', value, precision)], [{ id: 'a', label: 'A' }], { width: 800 });
    const { start, end } = parseDate(value, precision);
    expect(marks[0]!.x).toBeCloseTo(x(start));
    expect(marks[0]!.x2).toBe(bar ? x(end) : undefined);
  });

  it('draws Qingdao’s 2019 reform start as a bar across 2019', () => {
    const { items, lanes } = datasetCase('en');
    const layout = timelineLayout(items, lanes, { width: 400 });
    const mark = layout.marks.find((m) => m.id === 'qingdao-reform-begins')!;
    expect(mark.x).toBeCloseTo(layout.x(d('2019-01-01')));
    expect(mark.x2).toBeCloseTo(layout.x(d('2020-01-01')));
  });
});

describe('labels never overlap and never leave the chart', () => {
  const cases = [
    ...(['en', 'zh'] as const).flatMap((lang) =>
      WIDTHS.map((width) => [`dataset (${lang}) at ${width} px`, width, datasetCase(lang)] as const),
    ),
    ...crowdedCases.flatMap(([name, items]) =>
      [...WIDTHS, 160].map(
        (width) => [`${name} at ${width} px`, width, { items, lanes: [{ id: 'a', label: 'A' }] }] as const,
      ),
    ),
  ];

  it.each(cases)('%s', (_name, width, { items, lanes }) => {
    const layout = timelineLayout(items, lanes, { width });
    expectClean(layout, items, width);
  });

  it('stacks 10 same-day events in 10 tiers and grows the lane to hold them', () => {
    const [, items] = crowdedCases[0]!;
    const short = timelineLayout(items.slice(0, 1), [{ id: 'a', label: 'A' }], { width: 400 });
    const tall = timelineLayout(items, [{ id: 'a', label: 'A' }], { width: 400 });
    expect(new Set(tall.marks.map((m) => m.tier)).size).toBe(10);
    expect(tall.lanes[0]!.tiers).toBe(10);
    expect(tall.lanes[0]!.height - short.lanes[0]!.height).toBeGreaterThanOrEqual(9 * 20);
    expect(tall.height).toBeGreaterThan(short.height);
  });

  it.each([
    ['right edge: the label flips to the left', '2023-12-31', 'end'],
    ['left edge: the label stays on the right', '2018-01-01', 'start'],
  ] as const)('%s', (_name, value, anchor) => {
    const { marks } = timelineLayout([item('e', value, 'day', 'Some event')], [{ id: 'a', label: 'A' }], {
      width: 400,
    });
    expect(marks[0]!.anchor).toBe(anchor);
    expect(marks[0]!.lines).toEqual(['Some event']);
  });

  it('shares a tier where labels do not collide', () => {
    const items = [item('a', '2018-03-01', 'day', 'Early'), item('b', '2022-03-01', 'day', 'Late')];
    const { marks, lanes } = timelineLayout(items, [{ id: 'a', label: 'A' }], { width: 800 });
    expect(marks.map((m) => m.tier)).toEqual([0, 0]);
    expect(lanes[0]!.tiers).toBe(1);
  });

  it('wraps a label that fits on neither side onto lines on the roomier side, keeping every word', () => {
    const { marks } = timelineLayout([item('e', '2020-06-15', 'day', LONG)], [{ id: 'a', label: 'A' }], {
      width: 320,
    });
    const m = marks[0]!;
    expect(m.lines.length).toBeGreaterThan(1);
    expect(m.lines.join(' ')).toBe(LONG);
    expect(m.labelBox.x0).toBeGreaterThanOrEqual(0);
    expect(m.labelBox.x1).toBeLessThanOrEqual(320);
  });

  it('shortens a lane name only when it is wider than the chart', () => {
    expect(fitText('Short', 100, 11)).toBe('Short');
    const cut = fitText(LONG, 100, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(labelWidth(cut, 11)).toBeLessThanOrEqual(100);
    expect(fitText(LONG, 2, 11)).toBe('');
    // "…" and curly quotes count as a full em (CJK fonts draw them full-width).
    expect(labelWidth('…', 10)).toBeCloseTo(10);
    expect(labelWidth('“改革”', 10)).toBeCloseTo(40);
  });

  it('stacks lanes in order without overlap', () => {
    const { items, lanes } = datasetCase('en');
    const layout = timelineLayout(items, lanes, { width: 280 });
    expect(layout.lanes.map((l) => l.id)).toEqual(lanes.map((l) => l.id));
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBeCloseTo(prev.y + prev.height);
    }
    for (const m of layout.marks) {
      const lane = layout.lanes.find((l) => l.id === m.laneId)!;
      expect(m.y).toBeGreaterThan(lane.labelY);
      expect(m.labelBox.y1).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('is deterministic', () => {
    const { items, lanes } = datasetCase('zh');
    const a = timelineLayout(items, lanes, { width: 400 });
    const b = timelineLayout([...items], [...lanes], { width: 400 });
    expect(b.marks).toEqual(a.marks);
    expect(b.lanes).toEqual(a.lanes);
    expect(b.ticks).toEqual(a.ticks);
  });
});

describe('year ticks', () => {
  it.each(WIDTHS)('cover 2018–2023 at %i px, labelled inside the chart', (width) => {
    const { ticks } = timelineLayout([], [], { width });
    expect(ticks.map((t) => t.text)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks.filter((t) => t.labelX !== null).map((t) => t.text)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    for (const t of ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(width);
      if (t.labelX === null) continue;
      const half = textWidth(t.text, 11) / 2;
      expect(t.labelX - half).toBeGreaterThanOrEqual(0);
      expect(t.labelX + half).toBeLessThanOrEqual(width);
    }
  });

  it('thins year labels when the bands are too narrow for them', () => {
    const { ticks } = timelineLayout([], [], { width: 100 });
    const labelled = ticks.filter((t) => t.labelX !== null);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(6);
  });
});
