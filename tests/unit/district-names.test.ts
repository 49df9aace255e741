// English district names built from the statistics bureau's list: pinyin, apostrophes, suffixes, known readings.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { districtEnglish, districtNames } from '../../scripts/lib/district-names';

describe('districtEnglish', () => {
  it.each([
    ['黄岛区', 'Huangdao District'],
    ['胶州市', 'Jiaozhou City'],
    ['洪洞县', 'Hongtong County'],
    ['尧都区', 'Yaodou District'],
    ['西安区', "Xi'an District"],
    ['芝罘区', 'Zhifu District'],
  ])('%s → %s', (zh, en) => {
    expect(districtEnglish(zh)).toBe(en);
  });
});

describe('districtNames', () => {
  it('names every district the built-in zones use, in both languages', () => {
    const data = loadSourceData().data!;
    const names = districtNames(data, new URL('../../data/divisions.json', import.meta.url).pathname);
    const used = new Set(data.places.flatMap((p) => p.zones).flatMap((z) => (z.district ? [z.district] : [])));
    expect(Object.keys(names).sort()).toEqual([...used].sort());
    expect(names['370303']).toEqual({ zh: '张店区', en: 'Zhangdian District' });
  });
});
