// Chart maths: the measures matrix layout and the industry-focus counts, on the real dataset.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { matrixLayout, cellState } from '../../src/lib/charts/matrix';
import { industryFocus, sharedScale } from '../../src/lib/charts/industries';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const measureIds = atlas.data.taxonomy.measures.map((m) => m.id);
const zone = (id: string) => atlas.byId.get(id)!;

describe('matrixLayout', () => {
  it.each([240, 360, 480])('at %ipx: one cell per zone and measure, columns in order and apart', (width) => {
    const layout = matrixLayout(atlas.zones, measureIds, { width, left: 100, top: 20 });
    expect(layout.cells).toHaveLength(atlas.zones.length * measureIds.length);
    const xs = atlas.zones.map((z) => layout.x(z.zone.id)!);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(layout.width).toBeGreaterThanOrEqual(Math.min(width, 100 + 19 * 8));
  });

  it('puts a gap between places: five groups, none overlapping', () => {
    const { groups } = matrixLayout(atlas.zones, measureIds, { width: 400, left: 100, top: 20 });
    expect(groups.map((g) => g.placeId)).toEqual(['yantai', 'zibo', 'xishan', 'linfen', 'qingdao']);
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.x0).toBeGreaterThan(groups[i - 1]!.x1);
  });

  it.each([
    ['qingdao-blue-valley', 'fiscal-land', 'inherited'],
    ['yantai-etdz', 'social-functions', 'stated'],
    ['qixia-edz', 'streamlining', 'absent'],
    ['linfen-edz', 'performance-exit', 'stated'],
  ] as const)('%s / %s is %s', (id, measure, state) => {
    expect(cellState(zone(id), measure)).toBe(state);
  });

  it('lists the zones that have each measure, for highlighting', () => {
    const { zonesByMeasure } = matrixLayout(atlas.zones, measureIds, { width: 400, left: 100, top: 20 });
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
    const rows = industryFocus(zone(id), atlas.zones);
    expect(Object.fromEntries(rows.map((r) => [r.sector, r.others.length]))).toEqual(expected);
  });

  it('scales bars to the largest count', () => {
    const rows = industryFocus(zone('qingdao-hi-tech-zone'), atlas.zones);
    const x = sharedScale(rows, 120);
    expect(x(3)).toBe(120);
    expect(x(0)).toBe(0);
  });
});
