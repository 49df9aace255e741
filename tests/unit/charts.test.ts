// Chart maths on the real dataset: the matrix at 320–480 px in zh and en (named columns, nothing overlapping), the industry focus.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { matrixLayout, matrixOrder, cellState, MIN_STEP } from '../../src/lib/charts/matrix';
import { industryFocus } from '../../src/lib/charts/industries';
import { overlaps, type Box } from '../../src/lib/core/text';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const measureIds = atlas.data.taxonomy.measures.map((m) => m.id);
const zone = (id: string) => atlas.byId.get(id)!;

const names = (lang: 'zh' | 'en') => ({
  measureLabel: (id: string) => atlas.measures.get(id)!.label[lang],
  placeLabel: (id: string) => atlas.data.places.find((p) => p.id === id)!.name[lang],
  zoneLabel: (id: string) => atlas.byId.get(id)!.zone.short[lang],
});
const modelOrder = atlas.data.taxonomy.models.map((m) => m.id);
const layoutAt = (width: number, lang: 'zh' | 'en', groupBy: 'place' | 'model' = 'place') =>
  matrixLayout(atlas.zones, measureIds, { width, groupBy, modelOrder, ...names(lang) });
// 288: the panel of a 320 px embed or phone; 343: the phone sheet at 375 px; 386: the desktop side panel.
const WIDTHS = [288, 320, 343, 360, 386, 400, 440, 480];
const CASES = WIDTHS.flatMap((w) => (['zh', 'en'] as const).map((lang) => [w, lang] as const));

describe('matrixLayout', () => {
  it.each(CASES)('at %ipx (%s): one cell per zone and measure; every column named; nothing overlaps', (width, lang) => {
    for (const groupBy of ['place', 'model'] as const) {
      const layout = layoutAt(width, lang, groupBy);
      expect(layout.cells).toHaveLength(atlas.zones.length * measureIds.length);
      // Every zone has a column with its own name, and the names never touch.
      expect(layout.columns.map((c) => c.label).sort()).toEqual(atlas.zones.map((z) => z.zone.short[lang]).sort());
      for (let i = 1; i < layout.columns.length; i++) {
        expect(layout.columns[i]!.labelBox.x0).toBeGreaterThanOrEqual(layout.columns[i - 1]!.labelBox.x1);
        expect(layout.columns[i]!.x - layout.columns[i - 1]!.x).toBeGreaterThanOrEqual(MIN_STEP - 1e-9);
      }
      // Nothing leaves the chart, and the built-in zones fit without scrolling from 320 px up.
      expect(layout.width).toBe(width);
      const texts: Box[] = [
        ...layout.columns.map((c) => c.labelBox),
        ...layout.rows.map((r) => r.labelBox),
        ...layout.groups.flatMap((g) => (g.labelBox ? [g.labelBox] : [])),
      ];
      for (const b of texts) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(width);
        expect(b.y0).toBeGreaterThanOrEqual(0);
      }
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i]!, texts[j]!)).toBe(false);
      // Row names are whole (wrapped, never shortened), within their row, and clear of the first column.
      for (const row of layout.rows) {
        expect(row.lines.join('').replace(/\s/g, '')).toBe(names(lang).measureLabel(row.measureId).replace(/\s/g, ''));
        expect(row.lines.some((l) => l.endsWith('…'))).toBe(false);
        // Wrapped lines are balanced: no line left holding a single character.
        if (row.lines.length > 1) for (const l of row.lines) expect([...l].length).toBeGreaterThan(1);
        expect(row.labelBox.y0).toBeGreaterThanOrEqual(row.y);
        expect(row.labelBox.y1).toBeLessThanOrEqual(row.y + row.height);
        expect(row.labelBox.x1).toBeLessThan(layout.columns[0]!.x - layout.dotRadius);
        expect(row.height).toBeGreaterThanOrEqual(24); // tap target
      }
      // Zone names sit above the rows; the dots stay inside their pitch.
      for (const c of layout.columns) expect(c.labelBox.y1).toBeLessThan(layout.top);
      expect(2 * layout.dotRadius).toBeLessThan(layout.step);
    }
  });

  it.each(CASES)('at %ipx (%s): every place is named over its own columns', (width, lang) => {
    const { groups } = layoutAt(width, lang);
    expect(groups.map((g) => g.id)).toEqual(['yantai', 'zibo', 'xishan', 'linfen', 'qingdao']);
    for (const g of groups) {
      expect(g.lines.join('').replace(/\s/g, '')).toBe(names(lang).placeLabel(g.id).replace(/\s/g, ''));
      // Over its own columns: overhanging them by at most one pitch on either side.
      const step = layoutAt(width, lang).step;
      expect(g.labelBox!.x0).toBeGreaterThanOrEqual(g.x0 - step - 0.01);
      expect(g.labelBox!.x1).toBeLessThanOrEqual(g.x1 + step + 0.01);
    }
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.x0).toBeGreaterThan(groups[i - 1]!.x1);
  });

  it('scrolls rather than crowds: 40 columns are at least MIN_STEP apart', () => {
    const many = Array.from({ length: 40 }, (_, i) => atlas.zones[i % atlas.zones.length]!).map((z, i) => ({
      ...z,
      zone: { ...z.zone, id: `${z.zone.id}-${i}` },
    }));
    const layout = matrixLayout(many, measureIds, {
      width: 360,
      groupBy: 'place',
      modelOrder,
      ...names('en'),
      zoneLabel: (id) => id,
    });
    expect(layout.width).toBeGreaterThan(360);
    expect(layout.step).toBeGreaterThanOrEqual(MIN_STEP);
  });

  it('orders rows by how many zones have the measure, the count on each', () => {
    const { rows } = layoutAt(400, 'en');
    const counts = rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const r of rows)
      expect(r.count).toBe(atlas.zones.filter((z) => cellState(z, r.measureId) !== 'absent').length);
    // Opening-up: Yantai's and two Qingdao zones' own (Zibo's opening-up task is city context, no zone's measure).
    expect(rows.at(-1)!.measureId).toBe('opening-ftz');
  });

  it('keeps the row order when filters narrow the columns, counting only the shown zones', () => {
    const shown = atlas.zones.filter((z) => z.place.id === 'qingdao');
    const whole = layoutAt(400, 'en').rows.map((r) => r.measureId);
    const narrowed = matrixLayout(shown, measureIds, {
      width: 400,
      groupBy: 'place',
      modelOrder,
      rankBy: atlas.zones,
      ...names('en'),
    });
    expect(narrowed.rows.map((r) => r.measureId)).toEqual(whole);
    // Nothing moves: the rows keep their places and heights, the first row its top.
    const full = layoutAt(400, 'en');
    expect(narrowed.rows.map((r) => [r.y, r.height, r.lines])).toEqual(full.rows.map((r) => [r.y, r.height, r.lines]));
    expect(narrowed.rows.find((r) => r.measureId === 'coordination')!.count).toBe(5);
    expect(narrowed.rows.find((r) => r.measureId === 'host-cooperation')!.count).toBe(
      shown.filter((z) => cellState(z, 'host-cooperation') !== 'absent').length,
    );
  });

  it('groups columns by model in legend order when asked', () => {
    const { columns, groups } = layoutAt(400, 'en', 'model');
    const ranks = columns.map((c) => modelOrder.indexOf(atlas.byId.get(c.zoneId)!.model.id));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(groups.every((g) => g.color === atlas.models.get(g.id)!.color)).toBe(true);
    const order = matrixOrder(atlas.zones, measureIds, 'model', modelOrder);
    expect(order.zones.map((z) => z.zone.id)).toEqual(columns.map((c) => c.zoneId));
  });

  it.each([
    ['qingdao-blue-valley', 'fiscal-land', 'inherited'],
    ['yantai-etdz', 'social-functions', 'stated'],
    ['qixia-edz', 'streamlining', 'absent'],
    ['linfen-edz', 'performance-exit', 'inherited'],
    // Zibo's business-environment task is city context: no Zibo zone has the measure.
    ['zibo-edz', 'devolved-powers', 'absent'],
  ] as const)('%s / %s is %s', (id, measure, state) => {
    expect(cellState(zone(id), measure)).toBe(state);
  });

  it('lists the zones that have each measure, for highlighting', () => {
    const { zonesByMeasure } = layoutAt(400, 'zh');
    expect(zonesByMeasure.get('coordination')).toEqual(
      atlas.zones.filter((z) => z.place.id === 'qingdao').map((z) => z.zone.id),
    );
  });
});

describe('industryFocus', () => {
  it.each([
    ['qingdao-hi-tech-zone', { digital: 1, biomedicine: 0, manufacturing: 3 }],
    ['qingdao-sco-demonstration-zone', { manufacturing: 3, 'trade-logistics': 1, services: 1 }],
    ['xishan-etdz', {}],
  ])('%s', (id, expected) => {
    const { rows } = industryFocus(zone(id), atlas.zones);
    expect(Object.fromEntries(rows.map((r) => [r.sector, r.others.length]))).toEqual(expected);
  });

  it('lists the sharing zones of its own place first, each with its model colour and industries', () => {
    const { rows } = industryFocus(zone('qingdao-hi-tech-zone'), atlas.zones);
    const manufacturing = rows.find((r) => r.sector === 'manufacturing')!;
    expect(manufacturing.others[0]!.zoneId).toBe('qingdao-sco-demonstration-zone');
    for (const o of manufacturing.others) {
      expect(o.color).toBe(zone(o.zoneId).color);
      expect(o.industries.length).toBeGreaterThan(0);
    }
  });

  it('falls back to the industries named for the other zones of its place', () => {
    const focus = industryFocus(zone('qingdao-blue-valley'), atlas.zones);
    expect(focus.rows).toEqual([]);
    expect(focus.place!.placeId).toBe('qingdao');
    const named = new Set(focus.place!.rows.flatMap((r) => r.others.map((o) => o.zoneId)));
    expect([...named].sort()).toEqual([
      'qingdao-hi-tech-zone',
      'qingdao-qianwan-bonded-port',
      'qingdao-sco-demonstration-zone',
    ]);
    // A place whose article names no industries at all gives no fallback.
    expect(industryFocus(zone('xishan-etdz'), atlas.zones).place).toBeNull();
  });
});
