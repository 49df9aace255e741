// The MapLibre style builders: colours by model, selection filter, labels per language, queue and change tracking.
import { describe, expect, it } from 'vitest';
import {
  modelColorExpression,
  selectedFilter,
  labelField,
  zonesGeoJSON,
  highlightOpacity,
} from '../../src/lib/map/style';
import { ReadyQueue, Changed } from '../../src/lib/map/queue';
import { loadSourceData } from '../../scripts/lib/source-data';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { atlasFile } from '../../scripts/lib/search-index';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));

describe('style builders', () => {
  it('colours each model with its palette colour, grey otherwise', () => {
    const expr = modelColorExpression([
      { id: 'statutory-body', color: '#0072B2' },
      { id: 'committee-plus', color: '#CC79A7' },
    ]);
    expect(expr).toEqual([
      'match',
      ['get', 'model'],
      'statutory-body',
      '#0072B2',
      'committee-plus',
      '#CC79A7',
      '#5C5C5C',
    ]);
  });

  it.each([
    ['qingdao-blue-valley', ['==', ['get', 'id'], 'qingdao-blue-valley']],
    [null, ['==', ['get', 'id'], '']],
  ])('selectedFilter(%s)', (id, expected) => {
    expect(selectedFilter(id)).toEqual(expected);
  });

  it.each([
    ['zh', ['get', 'zh']],
    ['en', ['get', 'en']],
  ] as const)('labelField(%s)', (lang, expected) => {
    expect(labelField(lang)).toEqual(expected);
  });

  it('turns every zone into a point with its model and both labels', () => {
    const fc = zonesGeoJSON(atlas.zones);
    expect(fc.features).toHaveLength(atlas.zones.length);
    const blue = fc.features.find((f) => f.properties.id === 'qingdao-blue-valley')!;
    expect(blue.properties).toMatchObject({
      zh: '青岛蓝谷',
      en: 'Blue Valley',
      model: 'statutory-body',
      color: '#0072B2',
    });
    expect(blue.geometry.coordinates).toEqual(atlas.byId.get('qingdao-blue-valley')!.zone.location.lngLat);
  });
});

describe('ReadyQueue', () => {
  it('holds calls until ready, then runs them in order, then runs at once', () => {
    const q = new ReadyQueue<string[]>();
    const log: string[] = [];
    q.run((t) => t.push('a'));
    q.run((t) => t.push('b'));
    expect(log).toEqual([]);
    expect(q.pendingCount).toBe(2);
    q.ready(log);
    expect(log).toEqual(['a', 'b']);
    q.run((t) => t.push('c'));
    expect(log).toEqual(['a', 'b', 'c']);
  });
});

describe('Changed', () => {
  it('reports only real changes', () => {
    const c = new Changed<string | null>();
    expect([c.check(null), c.check(null), c.check('a'), c.check('a'), c.check(null)]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('highlightOpacity', () => {
  it.each([
    [null, 1],
    [
      ['a', 'b'],
      ['case', ['in', ['get', 'id'], ['literal', ['a', 'b']]], 1, 0.22],
    ],
    [[], ['case', ['in', ['get', 'id'], ['literal', []]], 1, 0.22]],
  ])('%j', (ids, expected) => {
    expect(highlightOpacity(ids as string[] | null)).toEqual(expected);
  });
});
